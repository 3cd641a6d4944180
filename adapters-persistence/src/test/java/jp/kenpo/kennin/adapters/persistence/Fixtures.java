package jp.kenpo.kennin.adapters.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.roster.DependentEntry;
import jp.kenpo.kennin.application.roster.DependentRosterEntry;
import jp.kenpo.kennin.application.roster.DependentsStage;
import jp.kenpo.kennin.application.roster.RosterStage;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.application.roster.RosterEntry;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyYear;

/** Domain values as an insurer's data would hold them, Japanese text included. */
final class Fixtures {
    private Fixtures() {
    }

    /** A member and their dependents, stored, with the dependents' ids in dependent-number order. */
    record Family(InsurerCode insurer, MemberId member, List<DependentId> dependents) {
    }

    static Insurer insurer(InsurerCode code) {
        return new Insurer(code, "サンプル健康保険組合", EmailAddress.parse("kenpo@example.jp"),
                new InsurerContact("0120-123-456", "平日 9:00～17:00（土日祝を除く）", "help@example.jp", "https://example.jp/faq"),
                CredentialPolicy.manualDefault(), 2025);
    }

    static RosterEntry entry(String symbol, String number, String email) {
        return new RosterEntry(MemberSymbol.parse(symbol), MemberNumber.parse(number), new PersonName("山田 太郎", "ヤマダ タロウ"),
                LocalDate.of(1980, 4, 1), EmailAddress.parse(email), "本社");
    }

    /** A survey year opening on 1 July with its deadline on 31 August. */
    static SurveyYear surveyYear(InsurerCode insurer, int fiscalYear) {
        return new SurveyYear(insurer, fiscalYear, "令和" + (fiscalYear - 2018) + "年度", LocalDate.of(fiscalYear, 7, 1),
                new SurveyDeadline(LocalDate.of(fiscalYear, 8, 31)));
    }

    static void openSurveyYears(Database database, InsurerCode insurer, int... fiscalYears) {
        for (int fiscalYear : fiscalYears) {
            database.surveyYears().saveSurveyYear(surveyYear(insurer, fiscalYear));
        }
    }

    static DependentEntry dependent(MemberId member, String number, String term) {
        return new DependentEntry(member, DependentNumber.parse(number), new PersonName("髙橋 𠮷男", "タカハシ ヨシオ"),
                LocalDate.of(1950, 4, 2), StatedRelationship.parse(term), Sex.MALE, Cohabitation.APART, Optional.empty());
    }

    /** Stores member 01-{@code memberNumber} of the insurer with one dependent per relationship term, numbered from 1. */
    static Family family(Database database, InsurerCode insurer, String memberNumber, String... relationshipTerms) {
        database.members().storeRoster(insurer, List.of(entry("01", memberNumber, "m" + memberNumber + "@example.jp")));
        RosterEntry card = entry("01", memberNumber, "x@example.jp");
        MemberId member = database.members().findByCard(insurer, card.symbol(), card.number()).orElseThrow().id();
        List<DependentEntry> dependents = new ArrayList<>();
        for (int i = 0; i < relationshipTerms.length; i++) {
            dependents.add(dependent(member, String.valueOf(i + 1), relationshipTerms[i]));
        }
        database.dependents().storeDependents(dependents);
        return new Family(insurer, member, database.dependents().dependentsOf(member).stream().map(Dependent::id).toList());
    }

    /** What storing {@code entries} would count, through the stage's preview. */
    static RosterCounts previewRoster(Database database, InsurerCode insurer, List<RosterEntry> entries) {
        try (RosterStage<RosterEntry> stage = database.members().stageRoster(insurer)) {
            int line = 2;
            for (RosterEntry e : entries) {
                stage.add(line++, e);
            }
            return stage.countChanges();
        }
    }

    /** A dependent as a dependents roster names it: under its member's card. */
    static DependentRosterEntry byCard(Database database, DependentEntry e) {
        InsuredMember m = database.members().loadMember(e.member()).orElseThrow();
        return new DependentRosterEntry(m.symbol(), m.number(), e.number(), e.name(), e.birthDate(), e.relationship(), e.sex(),
                e.cohabitation(), e.certifiedOn());
    }

    static RosterCounts previewDependents(Database database, InsurerCode insurer, List<DependentEntry> entries) {
        try (DependentsStage stage = database.dependents().stageDependents(insurer)) {
            int line = 2;
            for (DependentEntry e : entries) {
                stage.add(line++, byCard(database, e));
            }
            return stage.countChanges();
        }
    }
}
