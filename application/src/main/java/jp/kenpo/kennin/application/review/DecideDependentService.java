package jp.kenpo.kennin.application.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.review.DecisionOutcome;
import jp.kenpo.kennin.domain.review.FourEyesRule;
import jp.kenpo.kennin.domain.review.ReviewDecision;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.text.DateInput;

public final class DecideDependentService implements DecideDependentUseCase {
    private final ReviewPorts ports;
    private final ResultNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    public DecideDependentService(ReviewPorts ports, RecordAuditPort audit, Clock clock) {
        this.ports = ports;
        this.notices = new ResultNotices(ports, clock);
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public DecideDependentResult decideDependent(DecideDependentCommand command) {
        Optional<StaffCase> found = ReviewScope.caseOf(ports, command.staff(), command.member());
        Optional<Dependent> dependent = found.flatMap(c -> ReviewScope.dependent(ports, c, command.dependent()));
        if (dependent.isEmpty()) {
            return new DecideDependentResult.NotFound();
        }
        StaffCase c = found.get();
        ReviewDecision decision;
        try {
            decision = decision(c, dependent.get(), command, clock.instant());
        } catch (InvalidValueException e) {
            return new DecideDependentResult.Invalid(e.code());
        }
        Optional<DecideDependentResult> refused = refusal(c, dependent.get());
        if (refused.isPresent()) {
            return refused.get();
        }
        // The decision that completes the member queues their result notice with it, or neither is stored.
        Optional<Boolean> stored = ports.transactions().inTransaction(() -> {
            if (!ports.decisions().decide(decision)) {
                return Optional.<Boolean>empty();
            }
            ReviewScope.progressed(ports, c);
            return Optional.of(decision.isFinal() && notices.queueIfComplete(c));
        });
        if (stored.isEmpty()) {
            // Another reviewer or tab got there between the check and the write.
            return refusal(c, dependent.get()).orElseGet(DecideDependentResult.AlreadyDecided::new);
        }
        audit.staffOnMember(AuditAction.REVIEW_DECIDED, command.staff(), c.member(), command.client(),
                "dependent=" + decision.dependent().value() + " outcome=" + decision.outcome() + " state=" + decision.state()
                        + decision.removalReason().map(r -> " reason=" + r).orElse("")
                        + decision.lossDate().map(d -> " lossDate=" + d).orElse(""));
        boolean queued = stored.get() || decision.isFinal() && notices.queueIfCompleteAfterCommit(c);
        return new DecideDependentResult.Decided(decision, queued);
    }

    private Optional<DecideDependentResult> refusal(StaffCase c, Dependent dependent) {
        if (ports.decisions().loadDecision(c.year().insurer(), c.year().fiscalYear(), dependent.id()).isPresent()) {
            return Optional.of(new DecideDependentResult.AlreadyDecided());
        }
        Optional<SurveyResponse> response = ports.survey().responses().loadResponse(c.year().insurer(),
                c.year().fiscalYear(), dependent.id());
        if (response.map(r -> r.status() != SurveyStatus.SUBMITTED).orElse(true)) {
            return Optional.of(new DecideDependentResult.NotSubmitted());
        }
        return Optional.empty();
    }

    private ReviewDecision decision(StaffCase c, Dependent dependent, DecideDependentCommand command, Instant now) {
        FourEyesRule rule = ports.fourEyes().fourEyesOf(c.year().insurer());
        int year = c.year().fiscalYear();
        if (command.outcome() == DecisionOutcome.CONTINUE) {
            if (!command.lossDate().isBlank() || command.reason().isPresent()) {
                throw new InvalidValueException("review.decision.continueWithLoss");
            }
            return ReviewDecision.continuing(c.year().insurer(), year, dependent.id(), command.staff().id(), now, rule);
        }
        LocalDate lossDate = lossDate(command.lossDate(), dependent, year);
        if (command.reason().isEmpty()) {
            throw new InvalidValueException("review.decision.reasonRequired");
        }
        return ReviewDecision.removing(c.year().insurer(), year, dependent.id(), lossDate, command.reason().get(),
                command.staff().id(), now, rule);
    }

    /**
     * Not before the dependent was born, and not after the end of the fiscal year following the
     * survey's (31 March two calendar years on): a loss found by this survey lies in its year or the
     * next; anything later is a typing slip.
     */
    static LocalDate lossDate(String typed, Dependent dependent, int fiscalYear) {
        if (typed.isBlank()) {
            throw new InvalidValueException("review.decision.lossDateRequired");
        }
        LocalDate day = DateInput.parse(typed).orElseThrow(() -> new InvalidValueException("review.decision.lossDateInvalid"));
        if (day.isBefore(dependent.birthDate())) {
            throw new InvalidValueException("review.decision.lossDateBeforeBirth");
        }
        if (day.isAfter(latestLossDate(fiscalYear))) {
            throw new InvalidValueException("review.decision.lossDateTooLate");
        }
        return day;
    }

    static LocalDate latestLossDate(int fiscalYear) {
        return LocalDate.of(fiscalYear + 2, Month.MARCH, 31);
    }
}
