package jp.kenpo.kennin.application.survey;

import java.util.Collection;
import java.util.List;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.review.ExtraDocumentRequest;

/** Staff's 追加書類依頼 of a survey year: lines of the member's checklist. */
public interface LoadExtraDocumentRequestsPort {
    /** The requests for these dependents, oldest first. */
    List<ExtraDocumentRequest> extraRequestsOf(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents);

    /** For wiring and tests without staff requests. */
    static LoadExtraDocumentRequestsPort none() {
        return (insurer, fiscalYear, dependents) -> List.of();
    }
}
