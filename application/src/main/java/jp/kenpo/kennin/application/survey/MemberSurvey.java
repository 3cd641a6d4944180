package jp.kenpo.kennin.application.survey;

import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.account.LoadAccountPort;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.StaffActor;
import jp.kenpo.kennin.application.dependent.LoadDependentsPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.SurveyYear;

/**
 * Finds what a logged-in account may answer: its member, the insurer's current survey year and
 * the member's dependents in its scope. The one place the survey use cases decide whose data an
 * account reaches, so a dependent of another member is simply never found.
 *
 * <p>Responses, documents and submissions are kept by member, dependent and survey year, not by
 * account, so staff entering a paper form (代行入力) reach the same survey through
 * {@link #ofMember}: whether or not the member ever registered, and what they enter is what the
 * member sees once they do.
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

    /** Who is working on the survey: the member through their account, or staff for them. */
    sealed interface Who {
        record Member(Account account) implements Who {
        }

        record Staff(StaffActor staff) implements Who {
        }
    }

    record Context(Who who, Insurer insurer, InsuredMember member, SurveyYear year, List<Dependent> inScope) {
        Optional<Dependent> dependent(DependentId id) {
            return inScope.stream().filter(d -> d.id().equals(id)).findFirst();
        }

        /** Audits under whoever acted: the member's account, or the staff member on the member. */
        void audit(AuditTrail trail, AuditAction action, ClientAddress client, String detail) {
            if (who instanceof Who.Member m) {
                trail.account(action, m.account(), client, detail);
            } else {
                trail.staffOnMember(action, ((Who.Staff) who).staff(), member, client, detail);
            }
        }
    }

    /** Empty for an unknown account, one of an earlier year, or an insurer without an open survey. */
    Optional<Context> of(jp.kenpo.kennin.domain.account.AccountId accountId) {
        Optional<Account> account = accounts.loadAccount(accountId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        return insurers.loadInsurer(account.get().insurer()).filter(account.get()::isCurrentFor)
                .flatMap(insurer -> members.loadMember(account.get().member())
                        .flatMap(member -> context(new Who.Member(account.get()), insurer, member)));
    }

    /**
     * The survey of a member of the staff member's insurer, reached by member id: empty for an
     * unknown member, one of another insurer (an operator has none) or no open survey.
     */
    Optional<Context> ofMember(MemberId memberId, StaffActor staff) {
        return members.loadMember(memberId).filter(m -> staff.insurer().filter(m.insurer()::equals).isPresent())
                .flatMap(member -> insurers.loadInsurer(member.insurer())
                        .flatMap(insurer -> context(new Who.Staff(staff), insurer, member)));
    }

    private Optional<Context> context(Who who, Insurer insurer, InsuredMember member) {
        return surveyYears.loadSurveyYear(insurer.code(), insurer.currentFiscalYear())
                .map(year -> new Context(who, insurer, member, year, inScope(member, year)));
    }

    /**
     * The context of an account whose insurer, member and current survey year the caller has loaded
     * (and checked: the account is current for the insurer and is its member's), as the main screen does.
     */
    Context of(Account account, Insurer insurer, InsuredMember member, SurveyYear year) {
        return new Context(new Who.Member(account), insurer, member, year, inScope(member, year));
    }

    private List<Dependent> inScope(InsuredMember member, SurveyYear year) {
        return dependents.dependentsOf(member.id()).stream()
                .filter(d -> year.scope().includes(d, year.referenceDate())).toList();
    }
}
