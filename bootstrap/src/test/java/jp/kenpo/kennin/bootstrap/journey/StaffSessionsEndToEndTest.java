package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.adapters.persistence.Database;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentCommand;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.DisableStaffUseCase.DisableStaffCommand;
import jp.kenpo.kennin.application.staff.DisableStaffUseCase.DisableStaffResult;
import jp.kenpo.kennin.application.staff.ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentCommand;
import jp.kenpo.kennin.application.staff.ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentResult;
import jp.kenpo.kennin.application.staff.ShowStaffEnrolmentUseCase.ShowStaffEnrolmentResult;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

/**
 * Staff sessions through the production wiring (H2 file database, real sign-in over HTTP): an
 * account disabled or re-enrolled through the use cases alone, as the CLI or another node would,
 * loses its open sessions at their next request, even once the re-enrolment is completed; signing
 * out and an idle timeout are in the audit log.
 */
class StaffSessionsEndToEndTest extends BackOfficeEndToEnd {
    private static final ClientAddress ELSEWHERE = new ClientAddress("192.0.2.99");

    private static void assertEnded(Browser browser) {
        var response = browser.fetch("/admin");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin/login?ended");
    }

    @Test
    void aDisabledAccountsOpenSessionIsRefusedAtItsNextRequest() throws Exception {
        var operator = staff.operator("ops.sessions");
        var admin = staff.staff(operator, OnboardingSystem.INSURER, "kanri.sessions", StaffRole.ADMINISTRATOR);
        var help = staff.staff(admin, OnboardingSystem.INSURER, "help.sessions", StaffRole.HELP_DESK);
        Browser helpDesk = system.browser();
        staff.signIn(helpDesk, help);
        Browser administrator = system.browser();
        staff.signIn(administrator, admin);
        assertThat(helpDesk.fetch("/admin").statusCode()).isEqualTo(200);

        var disabled = system.wiring.staffIdentity().disableStaff().disableStaff(
                new DisableStaffCommand(admin.principal(), help.principal().id(), ELSEWHERE));
        assertThat(disabled).isEqualTo(new DisableStaffResult.Disabled());

        assertEnded(helpDesk);
        assertThat(administrator.fetch("/admin").statusCode()).isEqualTo(200);
        assertThat(column("select staff_id from audit_log where action = 'STAFF_SESSION_REVOKED'"))
                .containsExactly(String.valueOf(help.principal().id().value()));
    }

    @Test
    void aSessionFromBeforeAReEnrolmentStaysEndedOnceTheNewEnrolmentIsCompleted() throws Exception {
        var operator = staff.operator("ops.lost");
        Browser old = system.browser();
        staff.signIn(old, operator);
        assertThat(old.fetch("/admin").statusCode()).isEqualTo(200);

        // The installation's reissue (the CLI's use case), then the owner enrols again at once.
        var reissued = (ReissueOperatorEnrolmentResult.Reissued) system.wiring.reissueOperatorEnrolment(
                new ReissueOperatorEnrolmentCommand("ops.lost"));
        String token = reissued.enrolmentLink().substring(reissued.enrolmentLink().lastIndexOf('/') + 1);
        var page = (ShowStaffEnrolmentResult.Enrolment) system.wiring.staffIdentity().showEnrolment().showEnrolment(token);
        String secret = page.totpSecret();
        var done = system.wiring.staffIdentity().completeEnrolment().completeEnrolment(new CompleteStaffEnrolmentCommand(
                token, BackOfficeStaff.PASSWORD, BackOfficeStaff.PASSWORD, staff.code(secret), ELSEWHERE));
        assertThat(done).isInstanceOf(CompleteStaffEnrolmentResult.Enrolled.class);
        staff.nextStep();

        assertEnded(old);
        Browser fresh = system.browser();
        staff.signIn(fresh, new BackOfficeStaff.Enrolled("ops.lost", secret, operator.principal()));
        assertThat(fresh.fetch("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutAndAnIdleTimeoutAreAudited() throws Exception {
        var operator = staff.operator("ops.audit");
        Browser browser = system.browser();
        staff.signIn(browser, operator);
        browser.open("/admin");
        var out = browser.submit("/admin/logout", Map.of());
        assertThat(out.uri().getPath()).isEqualTo("/admin/login");

        staff.signIn(browser, operator);
        system.clock.advance(Duration.ofMinutes(16));
        assertEnded(browser);

        String id = String.valueOf(operator.principal().id().value());
        assertThat(column("select staff_id from audit_log where action = 'STAFF_SIGNED_OUT'")).containsExactly(id);
        assertThat(column("select staff_id from audit_log where action = 'STAFF_SESSION_EXPIRED'")).containsExactly(id);
    }

    private List<String> column(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(Database.h2FileUrl(dataDir), Database.EMBEDDED_USER,
                Files.readString(dataDir.resolve(KenninConfig.DB_KEY_FILE)).strip());
             PreparedStatement query = db.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
