package jp.kenpo.kennin.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.terms.TermsOfUse;

/**
 * A member's login for one survey year. Made only after the mailed code is confirmed.
 *
 * @param fiscalYear            the survey year it was registered for; it stops working when the
 *                              insurer opens a later year (members register again every year)
 * @param acceptedTermsVersion  0 until the member accepts the terms of use
 */
public record Account(AccountId id, MemberId member, InsurerCode insurer, UserId userId, String passwordHash,
                      int fiscalYear, Instant createdAt, int acceptedTermsVersion) {
    public Account {
        Objects.requireNonNull(id);
        Objects.requireNonNull(member);
        Objects.requireNonNull(insurer);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(passwordHash);
        Objects.requireNonNull(createdAt);
    }

    public boolean isCurrentFor(Insurer insurer) {
        return fiscalYear == insurer.currentFiscalYear();
    }

    public boolean mustAccept(Optional<TermsOfUse> current) {
        return current.isPresent() && current.get().version() > acceptedTermsVersion;
    }
}
