package jp.kenpo.kennin.application.insurer;

import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.terms.TermsOfUse;

public interface TermsPort {
    /** The highest published version. */
    Optional<TermsOfUse> currentTerms(InsurerCode insurer);

    void publishTerms(TermsOfUse terms);
}
