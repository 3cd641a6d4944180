package jp.kenpo.kennin.application.mailing.campaign;

import java.util.Objects;
import jp.kenpo.kennin.domain.mailing.CampaignKind;

/**
 * A kind's text filled for one member, to look at before a campaign: the text as typed in the form
 * (not saved yet) or as saved, and the member by 記号・番号 among the staff member's own insurer's.
 *
 * @param typed   true: {@code subject} and {@code body} as typed; false: the stored (or built-in) text
 * @param results what a result notice's {@code {results}} shows in a sample: a preview has no decision to
 *                show, so the page says where the lines will go (the caller's words, in its language)
 */
public record SampleRequest(CampaignKind kind, boolean typed, String subject, String body, String symbol, String number,
                            String results) {
    public SampleRequest {
        Objects.requireNonNull(kind);
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        symbol = symbol == null ? "" : symbol;
        number = number == null ? "" : number;
        results = results == null ? "" : results;
    }

    /** A sample with nothing in place of a result notice's lines. */
    public SampleRequest(CampaignKind kind, boolean typed, String subject, String body, String symbol, String number) {
        this(kind, typed, subject, body, symbol, number, "");
    }

    /** Why no sample could be made. */
    public enum Refusal {
        /** The insurer's current year has no survey set up: there is no deadline to fill in. */
        NO_SURVEY_YEAR,
        /** 記号 or 番号 is not in the form a card has. */
        CARD_INVALID,
        /** The insurer has no member with that 記号・番号. */
        MEMBER_NOT_FOUND,
        /** The test mail goes to the staff member's own address, and their account has none. */
        NO_STAFF_ADDRESS
    }
}
