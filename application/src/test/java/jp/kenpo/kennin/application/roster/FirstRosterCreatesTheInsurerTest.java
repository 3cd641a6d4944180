package jp.kenpo.kennin.application.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberCommand;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberResult;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.InsuredMember;
import org.junit.jupiter.api.Test;

class FirstRosterCreatesTheInsurerTest {
    private final InMemorySystem system = new InMemorySystem();
    private final List<RosterRow> rows = List.of(
            new RosterRow(2, "01", "000123", "京都 花子", "ｷｮｳﾄ ﾊﾅｺ", "19900315", "Hanako@Kyoto.Example.jp", "本社"),
            new RosterRow(3, "01", "124", "京都 太郎", "きょうと たろう", "1988-01-02", "taro@kyoto.example.jp", ""));

    private ImportRosterResult importAs(String code, Optional<String> createName) {
        return system.importRoster.importRoster(new ImportRosterCommand(code, createName, rows));
    }

    @Test
    void anUnknownInsurerIsCreatedWhenANameIsGiven() {
        system.clock.set(Instant.parse("2025-12-31T15:00:00Z"));

        assertThat(importAs("kyoto", Optional.of("京都健康保険組合"))).isEqualTo(new ImportRosterResult.Imported(2, 0, 0));

        Insurer created = system.insurers.loadInsurer(new InsurerCode("kyoto")).orElseThrow();
        assertThat(created.displayName()).isEqualTo("京都健康保険組合");
        assertThat(created.senderAddress().value()).isEqualTo("kennin-kyoto@localhost.localdomain");
        assertThat(created.contact()).isEqualTo(InsurerContact.none());
        assertThat(created.credentialPolicy()).isEqualTo(CredentialPolicy.manualDefault());
        // 2026-01-01 00:00 in Tokyo, although still 2025 in UTC
        assertThat(created.currentFiscalYear()).isEqualTo(2026);
        assertThat(system.transactions.count()).isEqualTo(1);
        assertThat(system.audit.last().action()).isEqualTo(AuditAction.ROSTER_IMPORTED);
        assertThat(system.audit.last().detail()).isEqualTo("created=2 updated=0 unchanged=0");
    }

    @Test
    void theRowsAreStoredAsTheRosterWroteThem() {
        importAs("kyoto", Optional.of("京都健康保険組合"));

        InsuredMember hanako = system.members.all().get(0);
        assertThat(hanako.number().value()).isEqualTo("123");
        assertThat(hanako.name().kana()).isEqualTo("ｷｮｳﾄ ﾊﾅｺ");
        assertThat(hanako.email().value()).isEqualTo("Hanako@kyoto.example.jp");
        assertThat(hanako.officeName()).contains("本社");
    }

    @Test
    void importedMembersCanIdentifyThemselves() {
        importAs("kyoto", Optional.of("京都健康保険組合"));

        assertThat(system.identifyMember.identifyMember(new IdentifyMemberCommand("kyoto", "01", "123", "1990/03/15", "キョウト ハナコ",
                ClientAddress.local()))).isInstanceOf(IdentifyMemberResult.Identified.class);
    }

    @Test
    void withoutANameAnUnknownInsurerStaysUnknownAndNothingIsStored() {
        assertThat(importAs("kyoto", Optional.empty())).isEqualTo(new ImportRosterResult.UnknownInsurer("kyoto"));
        assertThat(importAs("京都", Optional.of("京都健康保険組合"))).isEqualTo(new ImportRosterResult.UnknownInsurer("京都"));
        assertThat(system.members.all()).isEmpty();
        assertThat(system.audit.actions()).isEmpty();
    }

    @Test
    void importingTheSameRosterAgainChangesNothing() {
        importAs("kyoto", Optional.of("京都健康保険組合"));

        assertThat(importAs("kyoto", Optional.empty())).isEqualTo(new ImportRosterResult.Imported(0, 0, 2));
        assertThat(system.members.all()).hasSize(2);
    }

    @Test
    void anInsurerNameWithALineBreakIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> importAs("kyoto", Optional.of("京都健康\n保険組合")))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("insurer.name.controlCharacters");

        assertThat(system.insurers.loadInsurer(new InsurerCode("kyoto"))).isEmpty();
        assertThat(system.members.all()).isEmpty();
    }
}
