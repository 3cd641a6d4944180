package jp.kenpo.kennin.application.mailing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.account.Language;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;

/**
 * What a campaign mail says of its member, read when it is sent (or previewed): the address the
 * member has now, their own deadline (an extension when they have one), whether they have an
 * account (the link is the login page then, the sign-up page otherwise) and the language they read
 * the site in (Japanese without an account), and a result notice's lines.
 */
public record CampaignRecipient(MemberId member, String name, MemberSymbol symbol, MemberNumber number,
                                EmailAddress email, boolean hasAccount, Language language, LocalDate deadline,
                                Optional<String> results) {
    public CampaignRecipient {
        Objects.requireNonNull(language);
        Objects.requireNonNull(member);
        Objects.requireNonNull(name);
        Objects.requireNonNull(symbol);
        Objects.requireNonNull(number);
        Objects.requireNonNull(email);
        Objects.requireNonNull(deadline);
        Objects.requireNonNull(results);
    }

    /** The same member with a result notice's lines (for a preview that supplies them). */
    public CampaignRecipient withResults(String lines) {
        return new CampaignRecipient(member, name, symbol, number, email, hasAccount, language, deadline, Optional.of(lines));
    }
}
