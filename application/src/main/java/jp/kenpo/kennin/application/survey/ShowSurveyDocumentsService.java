package jp.kenpo.kennin.application.survey;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.IncomeCertificateYear;

public final class ShowSurveyDocumentsService implements ShowSurveyDocumentsUseCase {
    private final MemberSurvey surveys;
    private final SurveyReviews reviews;
    private final DocumentLimits limits;
    private final AuditTrail audit;
    private final SurveySubmissionPort submissions;

    public ShowSurveyDocumentsService(SurveyPorts ports, DocumentLimits limits, RecordAuditPort audit, Clock clock) {
        this.surveys = new MemberSurvey(ports);
        this.reviews = new SurveyReviews(ports);
        this.limits = limits;
        this.audit = new AuditTrail(audit, clock);
        this.submissions = ports.submissions();
    }

    @Override
    public Optional<SurveyDocuments> showSurveyDocuments(AccountId account, DependentId dependent, ClientAddress client) {
        return surveys.of(account).flatMap(c -> reviews.one(c, dependent).map(review -> {
            c.audit(audit, AuditAction.SURVEY_FORM_VIEWED, client, "dependent=" + dependent.value() + " documents");
            return new SurveyDocuments(review, DocumentRules.canAdd(review.response()), DocumentRules.canRemove(review.response()), limits.maxBytes(),
                    c.member().name(), c.insurer().displayName(), MemberDeadline.of(c, submissions),
                    IncomeCertificateYear.newestOn(c.year().opensOn()));
        }));
    }
}
