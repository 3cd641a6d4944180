package jp.kenpo.kennin.bootstrap.durability;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.web.testing.Browser;

/** What the child-server tests do as a member over HTTP: the son's answers, the checklist's kinds, a multipart upload. */
final class SurveyOverHttp {
    static final Pattern FORM_LINK = Pattern.compile("<a href=\"(/survey/dependents/\\d+)\">");
    static final Pattern TERMS_VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern KIND = Pattern.compile("<input type=\"hidden\" name=\"kind\" value=\"([A-Z_]+)\">");
    /** A son of 20 at university, lodging near school, to whom the member sends money (as in UploadBench). */
    static final Map<String, String> STUDENT_ANSWERS = Map.ofEntries(Map.entry("LIVING", "APART_FOR_SCHOOL"),
            Map.entry("SITUATION", "STUDENT"), Map.entry("RESIDENCE", "IN_JAPAN"), Map.entry("SALARY", "1000000"),
            Map.entry("EMPLOYMENT_CHANGED", "no"), Map.entry("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING"),
            Map.entry("OTHER_HEALTH_INSURANCE", "no"), Map.entry("DISABLED", "no"), Map.entry("REMITTANCE", "1200000"));

    private SurveyOverHttp() {
    }

    /** The kinds of document the checklist page asks for, in its order. */
    static List<String> kindsAskedFor(String checklist) {
        List<String> kinds = new ArrayList<>();
        Matcher m = KIND.matcher(checklist);
        while (m.find()) {
            kinds.add(m.group(1));
        }
        return kinds;
    }

    /** Posts the checklist's multipart form with the last page's CSRF token; a 303 back to the checklist is the server's "stored". */
    static HttpResponse<String> upload(Browser browser, String documents, String kind, String fileName, byte[] bytes) {
        String boundary = "----kennin-upload-" + System.nanoTime();
        return browser.send(HttpRequest.newBuilder(browser.uri(documents))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(browser, kind, fileName, bytes, boundary))).build());
    }

    static byte[] multipart(Browser browser, String kind, String fileName, byte[] bytes, String boundary) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of("_csrf", browser.csrfToken().orElseThrow(), "kind", kind);
        fields.forEach((field, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + field + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
