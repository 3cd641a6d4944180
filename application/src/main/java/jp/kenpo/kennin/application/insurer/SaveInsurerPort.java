package jp.kenpo.kennin.application.insurer;

import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/** Creates the insurer, or replaces every field of the one with the same code. */
public interface SaveInsurerPort {
    void saveInsurer(Insurer insurer);

    /**
     * Moves the insurer's current survey year, only if it is still {@code from}: nothing else of the
     * insurer is written, so settings saved at the same moment are kept.
     *
     * @return whether it moved (false: another request moved it first, or no such insurer)
     */
    boolean moveToFiscalYear(InsurerCode insurer, int from, int to);
}
