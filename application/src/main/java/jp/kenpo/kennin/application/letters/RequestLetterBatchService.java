package jp.kenpo.kennin.application.letters;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class RequestLetterBatchService implements RequestLetterBatchUseCase {
    /** letter_batch.argument holds 20,000 characters: about a thousand cards. */
    public static final int MAX_LIST_CHARS = 20_000;

    private final LoadInsurerPort insurers;
    private final SurveyYearPort surveyYears;
    private final LetterMembersPort members;
    private final LetterBatchPort batches;
    private final ScheduleLetterBatchPort schedule;
    private final AuditTrail audit;
    private final Clock clock;

    public RequestLetterBatchService(LoadInsurerPort insurers, SurveyYearPort surveyYears, LetterMembersPort members,
                                     LetterBatchPort batches, ScheduleLetterBatchPort schedule, RecordAuditPort audit,
                                     Clock clock) {
        this.insurers = insurers;
        this.surveyYears = surveyYears;
        this.members = members;
        this.batches = batches;
        this.schedule = schedule;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public RequestLetterBatchResult requestLetterBatch(RequestLetterBatchCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.MANAGE_MAILINGS);
        Optional<Insurer> insurer = insurers.loadInsurer(command.staff().insurerCode());
        if (insurer.isEmpty() || surveyYears.loadSurveyYear(insurer.get().code(), insurer.get().currentFiscalYear()).isEmpty()) {
            return new RequestLetterBatchResult.Refused(Reason.NO_SURVEY_YEAR);
        }
        Insurer i = insurer.get();
        LetterSelection selection;
        switch (command.kind()) {
            case UNDELIVERABLE -> selection = new LetterSelection.Undeliverable();
            case OFFICE -> {
                String office = command.argument().strip();
                if (office.isEmpty()) {
                    return new RequestLetterBatchResult.Refused(Reason.OFFICE_MISSING);
                }
                selection = new LetterSelection.Office(office);
            }
            case NOT_SUBMITTED -> selection = new LetterSelection.NotSubmitted(
                    Optional.of(command.argument().strip()).filter(o -> !o.isEmpty()));
            case LIST -> {
                CardListParser.Parsed parsed = CardListParser.parse(command.argument());
                List<LineProblem> problems = new ArrayList<>(parsed.problems());
                Set<LetterSelection.Card> known = parsed.cards().isEmpty() ? Set.of()
                        : members.knownCards(i.code(), parsed.cards());
                for (LetterSelection.Card card : parsed.cards()) {
                    if (!known.contains(card)) {
                        problems.add(new LineProblem(parsed.lineOf().get(card), LineProblem.Code.UNKNOWN_CARD));
                    }
                }
                if (!problems.isEmpty()) {
                    problems.sort(Comparator.comparingInt(LineProblem::line));
                    return new RequestLetterBatchResult.ListRejected(problems);
                }
                if (parsed.cards().isEmpty()) {
                    return new RequestLetterBatchResult.Refused(Reason.LIST_EMPTY);
                }
                selection = new LetterSelection.Cards(parsed.cards());
                if (selection.argument().length() > MAX_LIST_CHARS) {
                    return new RequestLetterBatchResult.Refused(Reason.LIST_TOO_LONG);
                }
            }
            default -> throw new IllegalStateException("unknown selection " + command.kind());
        }
        long letters = members.countLetterMembers(i.code(), i.currentFiscalYear(), selection);
        if (letters == 0) {
            return new RequestLetterBatchResult.Refused(Reason.NOBODY_SELECTED);
        }
        long id = batches.queueLetterBatch(i.code(), i.currentFiscalYear(), selection, command.staff().id().value(),
                clock.instant());
        audit.staff(AuditAction.LETTER_BATCH_REQUESTED, command.staff(), command.client(),
                "batch=" + id + " selection=" + selection.kind() + " letters=" + letters);
        // After the row is committed, so that the run (on another thread or node) finds it.
        try {
            schedule.scheduleLetterBatch(id);
        } catch (RuntimeException e) {
            batches.failLetterBatch(id, LetterFailure.NOT_SCHEDULED, clock.instant());
            throw e;
        }
        return new RequestLetterBatchResult.Queued(id, letters);
    }

}
