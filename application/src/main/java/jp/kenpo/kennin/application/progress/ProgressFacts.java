package jp.kenpo.kennin.application.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.Prospect;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.SurveyYear;

/**
 * What a member's progress in one survey year is read from, loaded in one go (for one member, or
 * for a batch of members when the whole year is rebuilt).
 *
 * @param registered      an account exists for this survey year
 * @param responses       the stored responses of the member's dependents in this year; a dependent
 *                        without one has not started
 * @param lastSubmittedAt the latest of the member's submissions in this year
 * @param pendingApproval a decision on one of the member's dependents waits for a second reviewer
 */
public record ProgressFacts(MemberId member, String office, boolean registered, List<Dependent> dependents,
                            Map<DependentId, ResponseFacts> responses, Optional<Instant> lastSubmittedAt,
                            boolean pendingApproval) {
    public ProgressFacts {
        Objects.requireNonNull(member);
        Objects.requireNonNull(office);
        dependents = List.copyOf(dependents);
        responses = Map.copyOf(responses);
        Objects.requireNonNull(lastSubmittedAt);
    }

    /** A stored response as far as progress cares: its status, the engine's 見込み at submission, and how often it was sent back. */
    public record ResponseFacts(SurveyStatus status, Optional<Prospect> prospect, int returnedCount) {
        public ResponseFacts {
            Objects.requireNonNull(status);
            Objects.requireNonNull(prospect);
        }
    }

    /** Where the member stands in {@code year}: only the dependents the year's scope asks about count. */
    public MemberProgress progressIn(SurveyYear year) {
        List<ResponseFacts> inScope = dependents.stream()
                .filter(d -> year.scope().includes(d, year.referenceDate()))
                .map(d -> responses.getOrDefault(d.id(), new ResponseFacts(SurveyStatus.NOT_STARTED, Optional.empty(), 0)))
                .toList();
        Optional<Prospect> prospect = inScope.stream().filter(r -> r.status() == SurveyStatus.SUBMITTED)
                .flatMap(r -> r.prospect().stream()).reduce(Prospect::worst);
        boolean returnedBefore = inScope.stream().anyMatch(r -> r.returnedCount() > 0);
        return new MemberProgress(member, office, status(inScope), lastSubmittedAt, prospect, returnedBefore, pendingApproval);
    }

    private ProgressStatus status(List<ResponseFacts> inScope) {
        if (inScope.isEmpty()) {
            return ProgressStatus.OUT_OF_SCOPE;
        }
        if (!registered) {
            return ProgressStatus.UNREGISTERED;
        }
        List<SurveyStatus> statuses = inScope.stream().map(ResponseFacts::status).toList();
        if (statuses.contains(SurveyStatus.RETURNED)) {
            return ProgressStatus.RETURNED;
        }
        if (statuses.stream().allMatch(SurveyStatus::decided)) {
            return statuses.contains(SurveyStatus.REMOVED) ? ProgressStatus.REMOVAL_DECIDED : ProgressStatus.CONFIRMED;
        }
        if (statuses.stream().allMatch(s -> s == SurveyStatus.SUBMITTED || s.decided())) {
            return ProgressStatus.SUBMITTED;
        }
        if (statuses.stream().allMatch(s -> s == SurveyStatus.NOT_STARTED)) {
            return ProgressStatus.REGISTERED;
        }
        return ProgressStatus.ANSWERING;
    }
}
