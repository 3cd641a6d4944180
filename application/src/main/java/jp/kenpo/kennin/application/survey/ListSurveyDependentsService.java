package jp.kenpo.kennin.application.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.review.ReviewDecision;
import jp.kenpo.kennin.domain.survey.SurveyScope;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.SurveyYear;

public final class ListSurveyDependentsService implements ListSurveyDependentsUseCase {
    private final MemberSurvey surveys;
    private final SurveyPorts ports;
    private final SurveyReviews reviews;

    public ListSurveyDependentsService(SurveyPorts ports) {
        this.surveys = new MemberSurvey(ports);
        this.reviews = new SurveyReviews(ports);
        this.ports = ports;
    }

    @Override
    public SurveyDependents listSurveyDependents(AccountId account) {
        return surveys.of(account).map(this::list).orElseGet(SurveyDependents::noSurvey);
    }

    /**
     * The same answer for an account whose insurer, member and current survey year the caller has
     * loaded and checked already: the main screen, which would otherwise read them twice per view.
     */
    public SurveyDependents listSurveyDependents(Account account, Insurer insurer, InsuredMember member, SurveyYear year) {
        return list(surveys.of(account, insurer, member, year));
    }

    private SurveyDependents list(MemberSurvey.Context context) {
        List<DependentId> ids = context.inScope().stream().map(Dependent::id).toList();
        // Reviewed as the form and the confirmation page review them, so the list says what is really left to do.
        List<DependentReview> reviewed = reviews.all(context);
        // Only final decisions: a decision waiting for a second reviewer is not the member's result yet.
        Map<DependentId, ReviewDecision> results = ports.reviewOutcomes().finalDecisionsOf(context.year().insurer(),
                        context.year().fiscalYear(), ids).stream()
                .collect(Collectors.toMap(ReviewDecision::dependent, r -> r));
        List<SurveyDependent> listed = reviewed.stream()
                .map(r -> new SurveyDependent(r.dependent(), r.response().status(),
                        Optional.ofNullable(results.get(r.dependent().id())), r.task()))
                .toList();
        Optional<NoneInScope> whyNone = listed.isEmpty()
                ? Optional.of(whyNone(context.year(), ports.dependents().dependentsOf(context.member().id())))
                : Optional.empty();
        return new SurveyDependents(listed, whyNone, ports.submissions().latestSubmission(context.year().insurer(),
                context.year().fiscalYear(), context.member().id()));
    }

    private static NoneInScope whyNone(SurveyYear year, List<Dependent> all) {
        if (all.isEmpty()) {
            return new NoneInScope.NoDependents();
        }
        SurveyScope scope = year.scope();
        // Under an age scope, a cut-off by certification date may be what left someone out: only
        // when every dependent is too young is the age the whole reason.
        if (scope instanceof SurveyScope.AgedAtLeast aged
                && all.stream().noneMatch(d -> SurveyScope.agedAtLeast(aged.age()).includes(d, year.referenceDate()))) {
            return new NoneInScope.BelowAge(aged.age(), year.referenceDate());
        }
        return new NoneInScope.NotSelected();
    }
}
