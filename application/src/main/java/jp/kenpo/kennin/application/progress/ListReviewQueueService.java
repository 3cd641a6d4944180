package jp.kenpo.kennin.application.progress;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.progress.ProgressQueryPort.QueueCursor;
import jp.kenpo.kennin.application.progress.ProgressQueryPort.QueueItem;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.survey.SurveyYear;

public final class ListReviewQueueService implements ListReviewQueueUseCase {
    private final LoadInsurerPort insurers;
    private final SurveyYearPort surveyYears;
    private final ProgressQueryPort progress;
    private final AuditTrail audit;

    public ListReviewQueueService(LoadInsurerPort insurers, SurveyYearPort surveyYears, ProgressQueryPort progress,
                                  RecordAuditPort audit, Clock clock) {
        this.insurers = insurers;
        this.surveyYears = surveyYears;
        this.progress = progress;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public ListReviewQueueResult listReviewQueue(ListReviewQueueCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.REVIEW);
        Optional<SurveyYear> year = insurers.loadInsurer(command.staff().insurerCode())
                .flatMap(i -> surveyYears.loadSurveyYear(i.code(), i.currentFiscalYear()));
        if (year.isEmpty()) {
            return new ListReviewQueueResult.NoSurveyYear();
        }
        SurveyYear y = year.get();
        List<QueueItem> fetched = progress.queue(y.insurer(), y.fiscalYear(), command.filter(), command.after(), PAGE + 1);
        List<QueueItem> items = fetched.size() > PAGE ? fetched.subList(0, PAGE) : fetched;
        Optional<QueueCursor> next = fetched.size() > PAGE
                ? Optional.of(new QueueCursor(items.get(PAGE - 1).submittedAt(), items.get(PAGE - 1).member().value()))
                : Optional.empty();
        audit.staff(AuditAction.REVIEW_QUEUE_VIEWED, command.staff(), command.client(),
                "fiscalYear=" + y.fiscalYear() + " status=" + command.filter().status() + " items=" + items.size()
                        + " members=" + items.stream().map(i -> i.member().value()).toList());
        return new ListReviewQueueResult.Listed(y.fiscalYear(), items, next, progress.reviewers(y.insurer()));
    }
}
