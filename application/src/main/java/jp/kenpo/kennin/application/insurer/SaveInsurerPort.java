package jp.kenpo.kennin.application.insurer;

import jp.kenpo.kennin.domain.insurer.Insurer;

/** Creates the insurer, or replaces every field of the one with the same code. */
public interface SaveInsurerPort {
    void saveInsurer(Insurer insurer);
}
