package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard and the review queue on the production wiring and database, kept up to date by
 * what happens with no manual step: the roster load counts a new member 未登録 (the rebuild after
 * an import) and their registration moves them to 登録済 (the tracker in the registration's
 * transaction), with nothing in the reviewer's queue until they submit.
 */
class ProgressDashboardEndToEndTest {
    private static final Pattern OVERALL = Pattern.compile("data-status=\"([A-Z_]+)\">([0-9]+)<");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;
    private OnboardingSystem system;
    private Browser reviewer;

    @BeforeEach
    void start() {
        system = new OnboardingSystem(dataDir, mail);
        BackOfficeStaff staff = new BackOfficeStaff(system);
        BackOfficeStaff.Enrolled operator = staff.operator("ops.progress");
        BackOfficeStaff.Enrolled admin = staff.staff(operator, OnboardingSystem.INSURER, "admin.progress", StaffRole.ADMINISTRATOR);
        BackOfficeStaff.Enrolled review = staff.staff(admin, null, "reviewer.progress", StaffRole.REVIEWER);
        reviewer = system.browser();
        staff.signIn(reviewer, review);
    }

    @AfterEach
    void stop() {
        system.close();
    }

    private Map<String, Integer> overall() {
        String page = reviewer.open("/admin/progress").body();
        Map<String, Integer> counts = new java.util.HashMap<>();
        Matcher m = OVERALL.matcher(page);
        while (m.find()) {
            counts.putIfAbsent(m.group(1), Integer.parseInt(m.group(2)));
        }
        return counts;
    }

    @Test
    void aNewMemberIsCountedUnregisteredOnceLoadedAndRegisteredOnceTheyRegister() {
        Map<String, Integer> before = overall();
        RosterRow row = system.addMember("32", "8001", "進捗　一郎", "シンチョク イチロウ", "1975/03/03", "ichiro@example.com");
        ImportRosterResult imported = system.wiring.importDependents(new ImportDependentsCommand(OnboardingSystem.INSURER, List.of(
                new DependentRosterRow(2, "32", "8001", "1", "進捗　花", "シンチョク ハナ", "1978/04/04", "妻", "女", "同居", ""))));
        assertThat(imported).isInstanceOf(ImportRosterResult.Imported.class);

        Map<String, Integer> loaded = overall();
        assertThat(loaded.get("UNREGISTERED")).as(before + " -> " + loaded).isEqualTo(before.get("UNREGISTERED") + 1);

        Browser member = system.browser();
        system.registerAndLogIn(member, row, "ichiro-shinchoku", "Kennin#2026");
        Map<String, Integer> registered = overall();
        assertThat(registered.get("UNREGISTERED")).isEqualTo(before.get("UNREGISTERED"));
        assertThat(registered.get("REGISTERED")).isEqualTo(before.get("REGISTERED") + 1);
        assertThat(reviewer.open("/admin/review").body()).doesNotContain("進捗　一郎");
    }
}
