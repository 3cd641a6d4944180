package jp.kenpo.kennin.application.survey;

import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.account.LoadAccountPort;
import jp.kenpo.kennin.application.dependent.LoadDependentsPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.survey.SurveyYear;

/**
 * Finds what a logged-in account may answer: its member, the insurer's current survey year and
 * the member's dependents in its scope. The one place the survey use cases decide whose data an
 * account reaches, so a dependent of another member is simply never found.
 */
final class MemberSurvey {
    private final LoadAccountPort accounts;
    private final LoadInsurerPort insurers;
    private final LoadMemberPort members;
    private final SurveyYearPort surveyYears;
    private final LoadDependentsPort dependents;

    MemberSurvey(SurveyPorts ports) {
        this.accounts = ports.accounts();
        this.insurers = ports.insurers();
        this.members = ports.members();
        this.surveyYears = ports.surveyYears();
        this.dependents = ports.dependents();
    }

    record Context(Account account, Insurer insurer, InsuredMember member, SurveyYear year, List<Dependent> inScope) {
        Optional<Dependent> dependent(DependentId id) {
            return inScope.stream().filter(d -> d.id().equals(id)).findFirst();
        }
    }

    /** Empty for an unknown account, one of an earlier year, or an insurer without an open survey. */
    Optional<Context> of(jp.kenpo.kennin.domain.account.AccountId accountId) {
        Optional<Account> account = accounts.loadAccount(accountId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        return insurers.loadInsurer(account.get().insurer()).filter(account.get()::isCurrentFor)
                .flatMap(insurer -> surveyYears.loadSurveyYear(insurer.code(), insurer.currentFiscalYear())
                        .flatMap(year -> members.loadMember(account.get().member()).map(member -> new Context(account.get(),
                                insurer, member, year, dependents.dependentsOf(member.id()).stream()
                                .filter(d -> year.scope().includes(d, year.referenceDate())).toList()))));
    }
}
