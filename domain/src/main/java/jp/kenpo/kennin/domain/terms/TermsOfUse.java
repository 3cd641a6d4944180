package jp.kenpo.kennin.domain.terms;

import java.time.Instant;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/** 利用規約 of one insurer, versioned: a new version must be accepted again at the next login. */
public record TermsOfUse(InsurerCode insurer, int version, String body, Instant publishedAt) {
    public TermsOfUse {
        if (version < 1) {
            throw new InvalidValueException("terms.version.invalid");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidValueException("terms.body.empty");
        }
    }
}
