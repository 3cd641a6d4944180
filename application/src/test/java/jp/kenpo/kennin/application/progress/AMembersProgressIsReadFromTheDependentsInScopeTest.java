package jp.kenpo.kennin.application.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.application.fakes.InMemorySurveyYears;
import jp.kenpo.kennin.application.progress.ProgressFacts.ResponseFacts;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.Prospect;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyScope;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import org.junit.jupiter.api.Test;

class AMembersProgressIsReadFromTheDependentsInScopeTest {
    static final InsurerCode INSURER = new InsurerCode("kenpo");
    static final MemberId MEMBER = new MemberId(7);
    static final Dependent WIFE = dependent(1, "妻");
    static final Dependent SON = dependent(2, "長男");
    static final SurveyYear ALL = year(SurveyScope.all());

    static Dependent dependent(long id, String term) {
        return new Dependent(new DependentId(id), MEMBER, DependentNumber.parse(String.valueOf(id)),
                new PersonName("山田 花子", "ヤマダ ハナコ"), LocalDate.of(1985, 1, 1), StatedRelationship.parse(term), Sex.FEMALE,
                Cohabitation.TOGETHER, Optional.empty());
    }

    static SurveyYear year(SurveyScope scope) {
        return new SurveyYear(INSURER, 2025, "令和7年度", LocalDate.of(2025, 7, 1), new SurveyDeadline(LocalDate.of(2025, 8, 31)),
                LocalDate.of(2025, 7, 1), scope);
    }

    static ResponseFacts response(SurveyStatus status) {
        return new ResponseFacts(status, Optional.empty(), 0);
    }

    static ProgressFacts facts(boolean registered, List<Dependent> dependents, Map<DependentId, ResponseFacts> responses) {
        return new ProgressFacts(MEMBER, "本社", registered, dependents, responses, Optional.empty(), false);
    }

    static ProgressStatus statusOf(SurveyStatus wife, SurveyStatus son) {
        Map<DependentId, ResponseFacts> responses = new HashMap<>();
        responses.put(WIFE.id(), response(wife));
        responses.put(SON.id(), response(son));
        return facts(true, List.of(WIFE, SON), responses).progressIn(ALL).status();
    }

    @Test
    void aMemberWithNoDependentInTheYearsScopeIsOutOfScopeEvenWithoutAnAccount() {
        SurveyYear onlyTheSon = year(SurveyScope.listed(Set.of(SON.id())));

        assertThat(facts(false, List.of(WIFE), Map.of()).progressIn(onlyTheSon).status()).isEqualTo(ProgressStatus.OUT_OF_SCOPE);
        assertThat(facts(false, List.of(), Map.of()).progressIn(ALL).status()).isEqualTo(ProgressStatus.OUT_OF_SCOPE);
    }

    @Test
    void withoutAnAccountForTheYearTheMemberIsUnregisteredAndWithOneNothingAnsweredIsRegistered() {
        assertThat(facts(false, List.of(WIFE), Map.of()).progressIn(ALL).status()).isEqualTo(ProgressStatus.UNREGISTERED);
        assertThat(facts(true, List.of(WIFE), Map.of()).progressIn(ALL).status()).isEqualTo(ProgressStatus.REGISTERED);
        assertThat(statusOf(SurveyStatus.NOT_STARTED, SurveyStatus.NOT_STARTED)).isEqualTo(ProgressStatus.REGISTERED);
    }

    @Test
    void anyReturnedResponseMakesTheMemberReturnedWhateverTheOthersAre() {
        assertThat(statusOf(SurveyStatus.RETURNED, SurveyStatus.CONFIRMED)).isEqualTo(ProgressStatus.RETURNED);
        assertThat(statusOf(SurveyStatus.SUBMITTED, SurveyStatus.RETURNED)).isEqualTo(ProgressStatus.RETURNED);
    }

    @Test
    void everyDependentDecidedIsConfirmedUnlessOneWasRemoved() {
        assertThat(statusOf(SurveyStatus.CONFIRMED, SurveyStatus.CONFIRMED)).isEqualTo(ProgressStatus.CONFIRMED);
        assertThat(statusOf(SurveyStatus.CONFIRMED, SurveyStatus.REMOVED)).isEqualTo(ProgressStatus.REMOVAL_DECIDED);
    }

    @Test
    void everythingHandedOverWithSomeStillUndecidedIsSubmittedAndAnythingElseIsAnswering() {
        assertThat(statusOf(SurveyStatus.SUBMITTED, SurveyStatus.CONFIRMED)).isEqualTo(ProgressStatus.SUBMITTED);
        assertThat(statusOf(SurveyStatus.SUBMITTED, SurveyStatus.SUBMITTED)).isEqualTo(ProgressStatus.SUBMITTED);
        assertThat(statusOf(SurveyStatus.SUBMITTED, SurveyStatus.NOT_STARTED)).isEqualTo(ProgressStatus.ANSWERING);
        assertThat(statusOf(SurveyStatus.IN_PROGRESS, SurveyStatus.NOT_STARTED)).isEqualTo(ProgressStatus.ANSWERING);
    }

    @Test
    void aDependentOutOfScopeCountsForNothingNotEvenItsResponse() {
        SurveyYear onlyTheWife = year(SurveyScope.listed(Set.of(WIFE.id())));
        Map<DependentId, ResponseFacts> responses = Map.of(WIFE.id(), response(SurveyStatus.SUBMITTED),
                SON.id(), new ResponseFacts(SurveyStatus.RETURNED, Optional.of(Prospect.DISCONTINUE), 2));

        MemberProgress progress = facts(true, List.of(WIFE, SON), responses).progressIn(onlyTheWife);

        assertThat(progress.status()).isEqualTo(ProgressStatus.SUBMITTED);
        assertThat(progress.returnedBefore()).isFalse();
        assertThat(progress.prospect()).isEmpty();
    }

    @Test
    void theProspectIsTheWorstOfTheSubmittedResponsesAndReturnedBeforeAnyResponseSentBackOnce() {
        Map<DependentId, ResponseFacts> responses = Map.of(
                WIFE.id(), new ResponseFacts(SurveyStatus.SUBMITTED, Optional.of(Prospect.NEEDS_REVIEW), 1),
                SON.id(), new ResponseFacts(SurveyStatus.SUBMITTED, Optional.of(Prospect.CONTINUE), 0));
        Instant at = Instant.parse("2025-08-01T00:00:00Z");

        MemberProgress progress = new ProgressFacts(MEMBER, "本社", true, List.of(WIFE, SON), responses, Optional.of(at), true)
                .progressIn(ALL);

        assertThat(progress.prospect()).contains(Prospect.NEEDS_REVIEW);
        assertThat(progress.returnedBefore()).isTrue();
        assertThat(progress.pendingApproval()).isTrue();
        assertThat(progress.submittedAt()).contains(at);
    }

    @Test
    void theTrackerStoresWhatTheFactsSayAndNothingForAYearNeverOpened() {
        InMemorySurveyYears years = new InMemorySurveyYears();
        years.saveSurveyYear(ALL);
        InMemoryProgress progress = new InMemoryProgress();
        progress.add(facts(true, List.of(WIFE), Map.of(WIFE.id(), response(SurveyStatus.IN_PROGRESS))));
        MemberProgressTracker tracker = new MemberProgressTracker(years, progress, progress);

        tracker.memberChanged(INSURER, 2026, MEMBER);
        assertThat(progress.rows).isEmpty();

        tracker.memberChanged(INSURER, 2025, MEMBER);
        assertThat(progress.rows.get(MEMBER.value()).status()).isEqualTo(ProgressStatus.ANSWERING);
    }
}
