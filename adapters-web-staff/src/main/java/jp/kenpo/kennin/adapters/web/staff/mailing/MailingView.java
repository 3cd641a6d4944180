package jp.kenpo.kennin.adapters.web.staff.mailing;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;

/** Formatting and links for the mailing templates: times in JST, kinds in paths. */
public final class MailingView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");

    private MailingView() {
    }

    public static String time(Instant at) {
        return TIME.format(at.atZone(SurveyDeadline.TOKYO));
    }

    /** {@code /admin/mailings/templates/invitation}: one literal route per kind, no path parameter. */
    public static String templatePath(CampaignKind kind) {
        return MailingPages.TEMPLATES + "/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
