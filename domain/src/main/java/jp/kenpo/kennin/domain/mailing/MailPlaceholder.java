package jp.kenpo.kennin.domain.mailing;

import java.util.Arrays;
import java.util.Optional;

/** What staff may write in a campaign template as {@code {name}}; each is filled per member. */
public enum MailPlaceholder {
    /** The member's name as on the roster (氏名). */
    NAME("name"),
    /** The member's deadline (their extension when they have one), as 2026年12月25日. */
    DEADLINE("deadline"),
    /** Where to go: the sign-up page for members without an account, the login page for the others. */
    URL("url"),
    /** 記号・番号 with most of the number hidden ({@link MaskedCard}). */
    CARD("card"),
    /** The insurer's name. */
    INSURER("insurer"),
    /** The insurer's contact (call centre, hours, mail address) as one block. */
    CONTACT("contact"),
    /** One line per dependent with the decision: result notices only. */
    RESULTS("results");

    private final String token;

    MailPlaceholder(String token) {
        this.token = token;
    }

    /** The name between the braces. */
    public String token() {
        return token;
    }

    public static Optional<MailPlaceholder> ofToken(String token) {
        return Arrays.stream(values()).filter(p -> p.token.equals(token)).findFirst();
    }

    public boolean allowedIn(CampaignKind kind) {
        return this != RESULTS || kind == CampaignKind.RESULT_NOTICE;
    }
}
