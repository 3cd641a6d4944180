package jp.kenpo.kennin.application.insureradmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.BackOfficeSetup;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.insureradmin.ShowInsurerSettingsUseCase.InsurerSettingsView;
import jp.kenpo.kennin.application.insureradmin.UpdateInsurerSettingsUseCase.UpdateInsurerSettingsCommand;
import jp.kenpo.kennin.application.insureradmin.UpdateInsurerSettingsUseCase.UpdateInsurerSettingsResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.eligibility.IncomeBand;
import jp.kenpo.kennin.domain.eligibility.IncomeLimit;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

class AdministratorChangesInsurerSettingsTest {
    private final BackOfficeSetup office = new BackOfficeSetup();
    private final Insurer omron = office.system.insurer("omron", "オムロン健康保険組合", 2025);
    private final Insurer other = office.system.insurer("other", "他の健康保険組合", 2025);
    private final SignedInStaff admin = office.administrator(omron);

    private UpdateInsurerSettingsResult update(SignedInStaff actor, String name, String sender,
                                               Optional<CredentialPolicyChoice> policy, Optional<RoundingMode> rounding,
                                               Map<IncomeBand, Long> limits) {
        return office.updateInsurerSettings.updateInsurerSettings(new UpdateInsurerSettingsCommand(actor, name, sender,
                "0120-111-222", "平日 9:00～17:00", "help@omron.example.jp", "https://omron.example.jp/faq", policy, rounding,
                limits, ClientAddress.local()));
    }

    @Test
    void theSettingsShownAreTheOnesSavedAndTheSurveyYearStays() {
        assertThat(update(admin, "オムロン健保", "kenpo@omron.example.jp", Optional.of(CredentialPolicyChoice.NIST),
                Optional.of(RoundingMode.FLOOR), Map.of(IncomeBand.STANDARD, 1_200_000L)))
                .isEqualTo(new UpdateInsurerSettingsResult.Updated());

        InsurerSettingsView view = office.showInsurerSettings.showInsurerSettings(admin).orElseThrow();
        assertThat(view.insurer().displayName()).isEqualTo("オムロン健保");
        assertThat(view.insurer().senderAddress().value()).isEqualTo("kenpo@omron.example.jp");
        assertThat(view.insurer().contact().faqUrl()).isEqualTo("https://omron.example.jp/faq");
        assertThat(view.insurer().currentFiscalYear()).isEqualTo(2025);
        assertThat(view.policyChoice()).contains(CredentialPolicyChoice.NIST);
        assertThat(view.overrides().rounding()).contains(RoundingMode.FLOOR);
        assertThat(view.overrides().limits()).isEqualTo(Map.of(IncomeBand.STANDARD, IncomeLimit.under(1_200_000, RoundingMode.FLOOR)));
        assertThat(office.system.audit.withAction(AuditAction.INSURER_SETTINGS_CHANGED)).singleElement().satisfies(e -> {
            assertThat(e.insurerCode()).isEqualTo("omron");
            assertThat(e.staffId()).contains(admin.id().value());
        });
    }

    @Test
    void onlyTheStaffMembersOwnInsurerChanges() {
        update(admin, "オムロン健保", "kenpo@omron.example.jp", Optional.empty(), Optional.empty(), Map.of());

        assertThat(office.system.insurers.loadInsurer(other.code())).contains(other);
    }

    @Test
    void withoutAPolicyChoiceThePolicyStoredIsKept() {
        CredentialPolicy custom = new CredentialPolicy(8, 20, "._-", 10, 32, "!#$", true, true, false, false,
                CredentialPolicy.manualDefault().passwordCharacters());
        office.system.insurers.saveInsurer(new Insurer(omron.code(), omron.displayName(), omron.senderAddress(), omron.contact(),
                custom, 2025));

        update(admin, "オムロン健保", "kenpo@omron.example.jp", Optional.empty(), Optional.empty(), Map.of());

        assertThat(office.system.insurers.loadInsurer(omron.code()).orElseThrow().credentialPolicy()).isEqualTo(custom);
        assertThat(office.showInsurerSettings.showInsurerSettings(admin).orElseThrow().policyChoice()).isEmpty();
    }

    @Test
    void badValuesAreRefusedAndNothingChanges() {
        assertThat(update(admin, "", "kenpo@omron.example.jp", Optional.empty(), Optional.empty(), Map.of()))
                .isEqualTo(new UpdateInsurerSettingsResult.Invalid("insurer.name.invalid"));
        assertThat(update(admin, "名前", "not an address", Optional.empty(), Optional.empty(), Map.of()))
                .isInstanceOf(UpdateInsurerSettingsResult.Invalid.class);
        assertThat(update(admin, "名前", "kenpo@omron.example.jp", Optional.empty(), Optional.of(RoundingMode.UNNECESSARY), Map.of()))
                .isEqualTo(new UpdateInsurerSettingsResult.Invalid("insurer.rounding.invalid"));
        assertThat(update(admin, "名前", "kenpo@omron.example.jp", Optional.empty(), Optional.empty(),
                Map.of(IncomeBand.STANDARD, 0L))).isEqualTo(new UpdateInsurerSettingsResult.Invalid("insurer.incomeLimit.invalid"));
        assertThat(update(admin, "名前", "kenpo@omron.example.jp", Optional.empty(), Optional.empty(),
                Map.of(IncomeBand.STANDARD, 100_000_000L))).isEqualTo(new UpdateInsurerSettingsResult.Invalid("insurer.incomeLimit.invalid"));

        assertThat(office.system.insurers.loadInsurer(omron.code())).contains(omron);
        assertThat(office.system.audit.withAction(AuditAction.INSURER_SETTINGS_CHANGED)).isEmpty();
    }

    @Test
    void theHelpDeskMayNeitherSeeNorChangeSettings() {
        SignedInStaff helpDesk = office.staff(omron, StaffRole.HELP_DESK);

        assertThatThrownBy(() -> office.showInsurerSettings.showInsurerSettings(helpDesk)).isInstanceOf(StaffMayNot.class);
        assertThatThrownBy(() -> update(helpDesk, "乗っ取り", "x@example.jp", Optional.empty(), Optional.empty(), Map.of()))
                .isInstanceOf(StaffMayNot.class);
        assertThat(office.system.insurers.loadInsurer(omron.code())).contains(omron);
    }
}
