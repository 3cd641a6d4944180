package jp.kenpo.kennin.application.mailing.campaign;

import java.util.List;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;

/**
 * Why a text typed in the form cannot be used: every {@link CampaignMailText.Problem}, in form
 * order, and the placeholders that are unknown or not for the kind, as typed (for the message).
 */
public record TextRefusal(List<CampaignMailText.Problem> problems, List<String> badPlaceholders) {
    public TextRefusal {
        problems = List.copyOf(problems);
        badPlaceholders = List.copyOf(badPlaceholders);
    }

    /** Empty problems when the text is fine. */
    static TextRefusal check(CampaignKind kind, String subject, String body) {
        return new TextRefusal(CampaignMailText.check(kind, subject, body), CampaignMailText.badPlaceholders(kind, subject, body));
    }

    boolean fine() {
        return problems.isEmpty();
    }
}
