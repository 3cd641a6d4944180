package jp.kenpo.kennin.adapters.web.staff.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every back-office form must have for keyboard and screen-reader users, checked on the HTML. */
public final class PageChecks {
    private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    private PageChecks() {
    }

    /** Every visible input, select and textarea has an id and a {@code <label for>} naming it. */
    public static void everyControlIsLabelled(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = CONTROL.matcher(html);
        while (m.find()) {
            String attributes = m.group(2);
            if (attributes.contains("type=\"hidden\"") || attributes.matches("(?s).*\\shidden(\\s.*|)")) {
                continue;
            }
            Matcher id = ID.matcher(attributes);
            assertThat(id.find()).as("control without id: %s", m.group()).isTrue();
            ids.add(id.group(1));
        }
        assertThat(ids).as("visible controls").isNotEmpty();
        for (String id : ids) {
            assertThat(html).as("label for %s", id).contains("<label for=\"" + id + "\">");
        }
    }

    /** The error summary: at the top, focusable, announced, and linking to the field in error. */
    public static void errorSummaryLinksTo(String html, String field) {
        assertThat(html).contains("role=\"alert\" id=\"form-errors\" tabindex=\"-1\" autofocus");
        assertThat(html).contains("<a href=\"#" + field + "\">");
        assertThat(html).contains("id=\"" + field + "-error\"");
        assertThat(html).containsPattern("id=\"" + field + "\"[^>]*aria-describedby=\"[^\"]*" + field + "-error");
        assertThat(html.indexOf("id=\"form-errors\"")).isLessThan(html.indexOf("id=\"" + field + "\""));
    }

    /** The one error box of the page (the sign-in refusals are compared by it). */
    public static String errorBox(String html) {
        int start = html.indexOf("id=\"form-errors\"");
        assertThat(start).as("error box").isPositive();
        return html.substring(start, html.indexOf("</div>", start));
    }
}
