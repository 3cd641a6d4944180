package jp.kenpo.kennin.application.insurer;

import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.terms.TermsOfUse;

public interface TermsPort {
    /** The highest published version. */
    Optional<TermsOfUse> currentTerms(InsurerCode insurer);

    /**
     * Stores a new version, unless that version exists already (another publish took it at the same
     * moment): then nothing is written.
     *
     * @return whether this version was stored
     */
    boolean publishTerms(TermsOfUse terms);
}
