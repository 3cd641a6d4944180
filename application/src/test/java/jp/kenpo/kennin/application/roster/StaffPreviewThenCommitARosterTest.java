package jp.kenpo.kennin.application.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.kenpo.kennin.application.BackOfficeSetup;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.RowProblem;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.application.roster.UploadRosterUseCase.Mode;
import jp.kenpo.kennin.application.roster.UploadRosterUseCase.RosterFile;
import jp.kenpo.kennin.application.roster.UploadRosterUseCase.UploadRosterCommand;
import jp.kenpo.kennin.application.roster.UploadRosterUseCase.UploadRosterResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

class StaffPreviewThenCommitARosterTest {
    private final BackOfficeSetup office = new BackOfficeSetup();
    private final Insurer omron = office.system.insurer("omron", "オムロン健康保険組合", 2025);
    private final Insurer other = office.system.insurer("other", "他の健康保険組合", 2025);
    private final SignedInStaff admin = office.administrator(omron);
    private final ClientAddress client = new ClientAddress("192.0.2.7");

    private static RosterFile.Members members(RosterRow... rows) {
        return new RosterFile.Members(List.of(rows));
    }

    private static RosterRow row(int line, String number, String email) {
        return new RosterRow(line, "12", number, "山田 太郎", "ヤマダ タロウ", "1980/04/01", email, "");
    }

    private UploadRosterResult upload(SignedInStaff actor, RosterFile file, Mode mode) {
        return office.uploadRoster.uploadRoster(new UploadRosterCommand(actor, "被保険者.csv", file, mode, client));
    }

    @Test
    void thePreviewCountsWithoutStoringAndTheCommitStoresAndIsAudited() {
        office.system.member(omron, "12", "1", "山田 太郎", "ヤマダ タロウ", LocalDate.of(1980, 4, 1), "one@example.jp");
        office.system.member(omron, "12", "2", "山田 太郎", "ヤマダ タロウ", LocalDate.of(1980, 4, 1), "two@example.jp");
        RosterFile file = members(row(2, "1", "one@example.jp"), row(3, "2", "changed@example.jp"), row(4, "3", "three@example.jp"));

        assertThat(upload(admin, file, Mode.PREVIEW)).isEqualTo(new UploadRosterResult.Previewed(new RosterCounts(1, 1, 1)));
        assertThat(office.system.members.findByCard(omron.code(), MemberSymbol.parse("12"), MemberNumber.parse("3"))).isEmpty();
        assertThat(office.system.audit.withAction(AuditAction.ROSTER_IMPORTED)).isEmpty();

        assertThat(upload(admin, file, Mode.COMMIT)).isEqualTo(new UploadRosterResult.Imported(new RosterCounts(1, 1, 1)));
        assertThat(office.system.members.findByCard(omron.code(), MemberSymbol.parse("12"), MemberNumber.parse("3"))).isPresent();
        assertThat(office.system.members.findByCard(other.code(), MemberSymbol.parse("12"), MemberNumber.parse("3"))).isEmpty();
        assertThat(office.system.audit.withAction(AuditAction.ROSTER_IMPORTED)).singleElement().satisfies(e -> {
            assertThat(e.insurerCode()).isEqualTo("omron");
            assertThat(e.staffId()).contains(admin.id().value());
            assertThat(e.clientAddress()).isEqualTo("192.0.2.7");
            assertThat(e.detail()).isEqualTo("file=被保険者.csv created=1 updated=1 unchanged=1");
        });
    }

    @Test
    void everyBadRowIsListedWithItsLineAndNothingIsStored() {
        RosterFile file = members(row(2, "1", "one@example.jp"), row(3, "x", "not-an-address"), row(4, "1", "dup@example.jp"));

        UploadRosterResult result = upload(admin, file, Mode.COMMIT);

        assertThat(result).isInstanceOfSatisfying(UploadRosterResult.Rejected.class, r -> assertThat(r.problems())
                .extracting(RowProblem::lineNumber).containsExactly(3, 3, 4));
        assertThat(office.system.members.findByCard(omron.code(), MemberSymbol.parse("12"), MemberNumber.parse("1"))).isEmpty();
        assertThat(office.system.audit.withAction(AuditAction.ROSTER_IMPORTED)).isEmpty();
    }

    @Test
    void dependentsArePreviewedAndCommittedUnderTheStaffMembersOwnInsurersMembers() {
        office.system.member(omron, "12", "1", "山田 太郎", "ヤマダ タロウ", LocalDate.of(1980, 4, 1), "one@example.jp");
        office.system.member(other, "12", "9", "他 太郎", "ホカ タロウ", LocalDate.of(1980, 4, 1), "nine@example.jp");
        RosterFile.Dependents file = new RosterFile.Dependents(List.of(
                new DependentRosterRow(2, "12", "1", "1", "山田 花子", "ヤマダ ハナコ", "1982/06/15", "妻", "女", "同居", "")));
        RosterFile.Dependents othersMember = new RosterFile.Dependents(List.of(
                new DependentRosterRow(2, "12", "9", "1", "他 花子", "ホカ ハナコ", "1982/06/15", "妻", "女", "同居", "")));

        assertThat(upload(admin, file, Mode.PREVIEW)).isEqualTo(new UploadRosterResult.Previewed(new RosterCounts(1, 0, 0)));
        assertThat(upload(admin, file, Mode.COMMIT)).isEqualTo(new UploadRosterResult.Imported(new RosterCounts(1, 0, 0)));
        assertThat(upload(admin, file, Mode.PREVIEW)).isEqualTo(new UploadRosterResult.Previewed(new RosterCounts(0, 0, 1)));
        assertThat(upload(admin, othersMember, Mode.COMMIT)).isEqualTo(new UploadRosterResult.Rejected(
                List.of(new RowProblem(2, "番号", "dependent.member.unknown"))));
        assertThat(office.system.audit.withAction(AuditAction.DEPENDENTS_IMPORTED)).singleElement()
                .satisfies(e -> assertThat(e.staffId()).contains(admin.id().value()));
    }

    @Test
    void onlyStaffWhoMayImportRostersUploadThem() {
        for (StaffRole role : List.of(StaffRole.HELP_DESK, StaffRole.REVIEWER, StaffRole.EMPLOYER_CONTACT)) {
            assertThatThrownBy(() -> upload(office.staff(omron, role), members(row(2, "1", "one@example.jp")), Mode.PREVIEW))
                    .isInstanceOf(StaffMayNot.class);
        }
    }
}
