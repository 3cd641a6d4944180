package jp.kenpo.kennin.adapters.web.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member's browser over real HTTP (shared with the end-to-end tests through this module's test-jar): keeps cookies, follows redirects like a browser does (and
 * remembers each hop), and posts forms with the CSRF token of the last page it showed.
 */
public final class Browser {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String lastPage = "";

    public Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * The next requests go to the server on {@code port} of the same host, with the same cookies and
     * last page: what a load balancer without sticky sessions does between two application nodes.
     */
    public void switchTo(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** GET without following redirects. */
    public HttpResponse<String> fetch(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** GET and follow redirects to the page a member would see. */
    public HttpResponse<String> open(String path) {
        return follow(fetch(path));
    }

    /** Posts a form the way the page does: with the page's CSRF token, then follows redirects. */
    public HttpResponse<String> submit(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        csrfToken().ifPresent(token -> form.putIfAbsent("_csrf", token));
        return follow(post(path, form, Map.of()));
    }

    /** A raw form post: exactly these fields and headers, no redirect following. */
    public HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
        headers.forEach(request::header);
        return send(request.build());
    }

    /**
     * Uploads a file the way the page's multipart form does (with the page's CSRF token and these
     * fields), then follows redirects.
     */
    public HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, String contentType,
                                       byte[] content) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        csrfToken().ifPresent(token -> form.putIfAbsent("_csrf", token));
        String boundary = "----kennin-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        form.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return follow(send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build()));
    }

    /** GET returning the raw bytes (a document, an attachment). */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                lastPage = response.body();
            }
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends without waiting for the answer (an upload still in flight when the server dies); the page is not remembered. */
    public java.util.concurrent.CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public Optional<String> csrfToken() {
        Matcher m = CSRF.matcher(lastPage);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The value of the session cookie, if any. */
    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().endsWith("kennin_session"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Every cookie this browser holds, as a request's Cookie header carries them (for raw-socket requests). */
    public String cookieHeader() {
        return String.join("; ", cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
    }

    /** Replaces the session cookie, as a stolen or planted cookie would be. */
    public void useSessionId(String value) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("kennin_session", value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(uri("/"), cookie);
    }

    /** The value of a cookie by name (the back office's session cookie, say). */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Sets a cookie as a stolen or planted one would be, keeping the others. */
    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(uri("/"), cookie);
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            current = fetch(location.startsWith("http") ? URI.create(location).getRawPath() : location);
        }
        return current;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
