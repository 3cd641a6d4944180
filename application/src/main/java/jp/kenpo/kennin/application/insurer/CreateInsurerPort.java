package jp.kenpo.kennin.application.insurer;

import jp.kenpo.kennin.domain.insurer.Insurer;

public interface CreateInsurerPort {
    /**
     * Inserts the insurer only if no insurer has its code, in one statement, so two operators
     * creating the same code at once cannot overwrite each other.
     *
     * @return whether it was inserted (false: the code is taken)
     */
    boolean createInsurer(Insurer insurer);
}
