package jp.kenpo.kennin.application.insurer;

import jp.kenpo.kennin.domain.eligibility.InsurerOverrides;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/** The insurer's own settings of the eligibility rules; {@link InsurerOverrides#none()} when it has none. */
public interface LoadInsurerOverridesPort {
    InsurerOverrides overridesOf(InsurerCode insurer);

    /** For wiring without a database: every insurer judges by the national rules. */
    static LoadInsurerOverridesPort none() {
        return insurer -> InsurerOverrides.none();
    }
}
