package jp.kenpo.kennin.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.application.staff.ShowStaffEnrolmentUseCase.ShowStaffEnrolmentResult;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo} lets someone try the back office too: the first run prints a demo operator's
 * one-time enrolment link that works; a later run does not reset that operator (who may have
 * enrolled) and says how to sign in or get a new link.
 */
class DemoPrintsTheBackOfficeWayInTest {
    private static final Pattern LINK = Pattern.compile("/admin/enrol/([A-Za-z0-9_-]+)");

    @TempDir
    Path dataDir;

    @Test
    void theFirstRunPrintsAWorkingEnrolmentLinkAndLaterRunsDoNotResetTheOperator() {
        Map<String, String> env = Map.of(KenninConfig.DATA_DIR, dataDir.toString(), KenninConfig.SECRET,
                "demo-back-office-secret-demo-back-office");
        try (Wiring wiring = Wiring.of(KenninConfig.fromEnvironment(env))) {
            String first = seed(wiring);
            Matcher link = LINK.matcher(first);
            assertThat(link.find()).as(first).isTrue();
            assertThat(wiring.staffIdentity().showEnrolment().showEnrolment(link.group(1)))
                    .isInstanceOf(ShowStaffEnrolmentResult.Enrolment.class);

            String second = seed(wiring);
            assertThat(second).doesNotContain("/admin/enrol/").contains("demo.operator", "/admin/login",
                    "reissue-operator --login demo.operator");
            assertThat(wiring.staffIdentity().showEnrolment().showEnrolment(link.group(1)))
                    .as("the first link still works: nothing was reset").isInstanceOf(ShowStaffEnrolmentResult.Enrolment.class);
        }
    }

    private static String seed(Wiring wiring) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wiring.seedDemo(new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
