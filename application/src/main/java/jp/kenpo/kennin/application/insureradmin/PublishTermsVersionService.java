package jp.kenpo.kennin.application.insureradmin;

import java.time.Clock;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.PublishTermsUseCase.PublishTermsCommand;
import jp.kenpo.kennin.application.insurer.PublishTermsUseCase.PublishTermsResult;
import jp.kenpo.kennin.application.insurer.PublishTermsUseCase;
import jp.kenpo.kennin.application.insurer.TermsPort;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/** The staff door to {@link PublishTermsUseCase}: the insurer is the signed-in staff member's, and the act is audited. */
public final class PublishTermsVersionService implements PublishTermsVersionUseCase {
    /** Terms are a page or two; this keeps a pasted document of another kind out of every login. */
    public static final int MAX_BODY_LENGTH = 50_000;

    private final PublishTermsUseCase publishTerms;
    private final TermsPort terms;
    private final AuditTrail audit;

    public PublishTermsVersionService(PublishTermsUseCase publishTerms, TermsPort terms, RecordAuditPort audit, Clock clock) {
        this.publishTerms = publishTerms;
        this.terms = terms;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public PublishTermsVersionResult publishTermsVersion(PublishTermsVersionCommand command) {
        StaffMayNot.check(command.actor(), StaffPermission.MANAGE_TERMS);
        if (command.body() != null && command.body().length() > MAX_BODY_LENGTH) {
            return new PublishTermsVersionResult.Invalid("terms.body.tooLong");
        }
        // A double click (or a second tab) must not make members accept the same text twice.
        if (command.body() != null && terms.currentTerms(command.actor().insurerCode())
                .filter(t -> t.body().equals(command.body())).isPresent()) {
            return new PublishTermsVersionResult.Invalid("terms.body.unchanged");
        }
        PublishTermsResult result = publishTerms.publishTerms(
                new PublishTermsCommand(command.actor().insurerCode().value(), command.body()));
        if (result instanceof PublishTermsResult.Published published) {
            audit.staff(AuditAction.TERMS_PUBLISHED, command.actor(), command.client(), "version=" + published.version());
            return new PublishTermsVersionResult.Published(published.version());
        }
        if (result instanceof PublishTermsResult.Invalid invalid) {
            return new PublishTermsVersionResult.Invalid(invalid.code());
        }
        // The staff member's own insurer always exists: its staff cannot outlive it.
        throw new IllegalStateException("the signed-in staff member's insurer is missing: " + command.actor().insurerCode());
    }
}
