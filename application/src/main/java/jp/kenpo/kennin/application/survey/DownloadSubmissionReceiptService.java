package jp.kenpo.kennin.application.survey;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.survey.ShowSurveyConfirmationUseCase.SurveyConfirmation;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.survey.SurveySubmission;

public final class DownloadSubmissionReceiptService implements DownloadSubmissionReceiptUseCase {
    private final MemberSurvey surveys;
    private final SurveyConfirmations confirmations;
    private final SubmissionReceiptWriter writer;
    private final AuditTrail audit;

    public DownloadSubmissionReceiptService(SurveyPorts ports, SubmissionReceiptWriter writer, RecordAuditPort audit,
                                            Clock clock) {
        this.surveys = new MemberSurvey(ports);
        this.confirmations = new SurveyConfirmations(ports, clock);
        this.writer = writer;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public Optional<ReceiptDownload> downloadSubmissionReceipt(DownloadSubmissionReceiptCommand command) {
        return surveys.of(command.account()).flatMap(c -> {
            SurveyConfirmation confirmation = confirmations.of(c);
            return confirmation.lastSubmission().map(submission -> {
                SubmissionReceipt receipt = new SubmissionReceipt(submission, c.insurer().displayName(),
                        confirmation.surveyTitle(), c.member().name(), confirmation.deadline(),
                        covered(confirmation.dependents(), submission), command.language());
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                writer.write(receipt, pdf);
                c.audit(audit, AuditAction.SUBMISSION_RECEIPT_DOWNLOADED, command.client(),
                        "receipt=" + submission.receipt().value());
                return new ReceiptDownload(submission.receipt(), pdf.toByteArray());
            });
        });
    }

    /** The dependents the submission handed in, in the roster's order, with the files uploaded by then. */
    static List<SubmissionReceipt.Covered> covered(List<DependentReview> reviews, SurveySubmission submission) {
        return reviews.stream().filter(r -> submission.dependents().contains(r.dependent().id()))
                .map(r -> new SubmissionReceipt.Covered(r, r.allDocuments().stream()
                        .filter(f -> !f.uploadedAt().isAfter(submission.submittedAt())).toList()))
                .toList();
    }
}
