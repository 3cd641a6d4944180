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
 * @param language              the language the member chose for the site and their mails; empty
 *                              until they choose one (then pages follow the browser, mails are Japanese)
 */
public record Account(AccountId id, MemberId member, InsurerCode insurer, UserId userId, String passwordHash,
                      int fiscalYear, Instant createdAt, int acceptedTermsVersion, Optional<Language> language) {
    public Account {
        Objects.requireNonNull(language);
        Objects.requireNonNull(id);
        Objects.requireNonNull(member);
        Objects.requireNonNull(insurer);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(passwordHash);
        Objects.requireNonNull(createdAt);
    }

    /** An account that has not chosen a language. */
    public Account(AccountId id, MemberId member, InsurerCode insurer, UserId userId, String passwordHash,
                   int fiscalYear, Instant createdAt, int acceptedTermsVersion) {
        this(id, member, insurer, userId, passwordHash, fiscalYear, createdAt, acceptedTermsVersion, Optional.empty());
    }

    /** The language its mails are written in: the member's choice, else the default. */
    public Language mailLanguage() {
        return language.orElse(Language.DEFAULT);
    }

    public boolean isCurrentFor(Insurer insurer) {
        return fiscalYear == insurer.currentFiscalYear();
    }

    public boolean mustAccept(Optional<TermsOfUse> current) {
        return current.isPresent() && current.get().version() > acceptedTermsVersion;
    }
}
