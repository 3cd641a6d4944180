package jp.kenpo.kennin.bootstrap.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs Deque's axe-core (the axe.min.js in com.deque.html.axe-core:selenium) in the page the
 * browser shows, with the WCAG 2.0/2.1/2.2 A and AA rules, and lists what it finds.
 */
final class Axe {
    private static final String SCRIPT = load();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                                resultTypes: ['violations']})
               .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' @ '
                    + v.nodes.map(n => n.target.join(' ')).join(', '))))
               .catch(e => done(['axe failed: ' + e]));
            """;

    private Axe() {
    }

    /** The WCAG A/AA violations on the current page, one line each; empty when it passes. */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SCRIPT);
        Object result = js.executeAsyncScript(RUN);
        return (List<String>) result;
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
