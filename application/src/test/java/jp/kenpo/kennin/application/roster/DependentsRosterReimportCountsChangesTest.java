package jp.kenpo.kennin.application.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.eligibility.Relationship;
import org.junit.jupiter.api.Test;

class DependentsRosterReimportCountsChangesTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    private ImportRosterResult importRows(DependentRosterRow... rows) {
        return system.importDependents.importDependents(new ImportDependentsCommand("omron", List.of(rows)));
    }

    private static DependentRosterRow wife(String cohabitation) {
        return new DependentRosterRow(2, "12", "3456", "1", "山田 花子", "ヤマダ ハナコ", "1982/06/15", "妻", "女性", cohabitation, "");
    }

    private static DependentRosterRow motherInLaw() {
        return new DependentRosterRow(3, "12", "3456", "02", "山田 梅", "ﾔﾏﾀﾞ ｳﾒ", "1950/03/03", "義母", "2", "別居", "2020-10-01");
    }

    @Test
    void aFamilyIsStoredAsTheRosterWritesItThenReimportedUnchanged() {
        assertThat(importRows(wife(""), motherInLaw())).isEqualTo(new ImportRosterResult.Imported(2, 0, 0));

        List<Dependent> family = system.dependents.dependentsOf(omron.taro.id());
        assertThat(family).extracting(d -> d.number().value()).containsExactly("1", "2");
        Dependent motherInLaw = family.get(1);
        assertThat(motherInLaw.relationship().term()).isEqualTo("義母");
        assertThat(motherInLaw.relationship().kind()).isEqualTo(Relationship.SPOUSE_PARENT);
        assertThat(motherInLaw.relationship().requiresCohabitation()).isTrue();
        assertThat(motherInLaw.sex()).isEqualTo(Sex.FEMALE);
        assertThat(motherInLaw.cohabitation()).isEqualTo(Cohabitation.APART);
        assertThat(motherInLaw.certifiedOn()).contains(LocalDate.of(2020, 10, 1));
        assertThat(family.get(0).cohabitation()).isEqualTo(Cohabitation.UNKNOWN);
        assertThat(family.get(0).certifiedOn()).isEqualTo(Optional.empty());
        assertThat(system.audit.last().action()).isEqualTo(AuditAction.DEPENDENTS_IMPORTED);

        assertThat(importRows(wife(""), motherInLaw())).isEqualTo(new ImportRosterResult.Imported(0, 0, 2));
    }

    @Test
    void aChangedRowUpdatesTheDependentAndANewOneIsAdded() {
        importRows(wife(""));

        ImportRosterResult result = importRows(wife("同居"), motherInLaw());

        assertThat(result).isEqualTo(new ImportRosterResult.Imported(1, 1, 0));
        assertThat(system.dependents.dependentsOf(omron.taro.id()).get(0).cohabitation()).isEqualTo(Cohabitation.TOGETHER);
    }
}
