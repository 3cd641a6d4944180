package jp.kenpo.kennin.application.staff;

import static jp.kenpo.kennin.application.staff.StaffSystem.CLIENT;
import static jp.kenpo.kennin.application.staff.StaffSystem.PASSWORD;
import static jp.kenpo.kennin.application.staff.StaffSystem.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.fakes.FakeOneTimePasswords;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInCommand;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in with login name, password and a second factor, each failure answered alike. */
class StaffLogInTest {
    private final StaffSystem system = new StaffSystem();
    private StaffId id;
    private StaffSystem.Enrolled enrolled;

    @BeforeEach
    void anOperatorHasEnrolled() {
        var created = system.newOperator("ops.tanaka");
        id = created.id();
        enrolled = system.enrol(token(created.enrolmentLink()));
        system.clock.advance(Duration.ofSeconds(30));
    }

    @Test
    void theRightPasswordAndCodeSignInAndAreAudited() {
        StaffLogInResult result = logIn("OPS.Tanaka", PASSWORD, totp());

        assertThat(result).isEqualTo(new StaffLogInResult.SignedIn(new SignedInStaff(id, new LoginName("ops.tanaka"),
                StaffRole.OPERATOR, Optional.empty(), Optional.empty()), 10));
        assertThat(system.staff.findStaff(id).orElseThrow().lastSignedInAt()).contains(system.clock.instant());
        AuditEvent event = system.audit.last();
        assertThat(event.action()).isEqualTo(AuditAction.STAFF_SIGNED_IN);
        assertThat(event.staffId()).contains(id.value());
        assertThat(event.clientAddress()).isEqualTo(CLIENT.value());
    }

    @Test
    void aCodeOfAStepAlreadyUsedIsRefusedAgainAsIsAnEarlierStep() {
        String code = totp();
        assertThat(logIn("ops.tanaka", PASSWORD, code)).isInstanceOf(StaffLogInResult.SignedIn.class);

        assertThat(logIn("ops.tanaka", PASSWORD, code)).isEqualTo(new StaffLogInResult.Refused());
        // The next step's code (still within the window) works once the clock reaches it; the old one stays refused.
        system.clock.advance(Duration.ofSeconds(30));
        assertThat(logIn("ops.tanaka", PASSWORD, code)).isEqualTo(new StaffLogInResult.Refused());
        assertThat(logIn("ops.tanaka", PASSWORD, totp())).isInstanceOf(StaffLogInResult.SignedIn.class);
        assertThat(system.audit.withAction(AuditAction.STAFF_SIGN_IN_FAILED)).extracting(AuditEvent::detail)
                .containsOnly("one-time code already used");
    }

    @Test
    void aRecoveryCodeSignsInOnceTypedInAnyWidthCaseOrGrouping() {
        String code = enrolled.recoveryCodes().get(3);
        String typed = " " + code.toUpperCase().replace("-", " ").replace("A", "Ａ") + " ";

        StaffLogInResult result = logIn("ops.tanaka", PASSWORD, typed);

        assertThat(result).isInstanceOf(StaffLogInResult.SignedIn.class);
        assertThat(((StaffLogInResult.SignedIn) result).recoveryCodesLeft()).isEqualTo(9);
        assertThat(system.audit.actions()).contains(AuditAction.STAFF_RECOVERY_CODE_USED);
        assertThat(logIn("ops.tanaka", PASSWORD, code)).isEqualTo(new StaffLogInResult.Refused());
        assertThat(logIn("ops.tanaka", PASSWORD, enrolled.recoveryCodes().get(4))).isInstanceOf(StaffLogInResult.SignedIn.class);
    }

    @Test
    void everyFailureGetsTheSameAnswerAndAnUnknownLoginCostsAHashToo() {
        assertThat(paced("ops.tanaka", "wrong password 123", totp())).isEqualTo(new StaffLogInResult.Refused());
        assertThat(paced("ops.tanaka", PASSWORD, "123456".equals(totp()) ? "654321" : "123456"))
                .isEqualTo(new StaffLogInResult.Refused());
        assertThat(paced("ops.tanaka", PASSWORD, "")).isEqualTo(new StaffLogInResult.Refused());
        assertThat(paced("ops.tanaka", PASSWORD, "abcde-fghjk")).isEqualTo(new StaffLogInResult.Refused());
        assertThat(paced("ops.tanaka", PASSWORD + "x".repeat(1_000_000), totp())).isEqualTo(new StaffLogInResult.Refused());
        int dummies = system.passwordHasher.dummyVerifications();
        assertThat(paced("ops.tanaka", "y".repeat(1_000_000), totp())).isEqualTo(new StaffLogInResult.Refused());
        assertThat(paced("nobody", PASSWORD, totp())).isEqualTo(new StaffLogInResult.Refused());
        assertThat(paced("田中", PASSWORD, totp())).isEqualTo(new StaffLogInResult.Refused());
        assertThat(system.passwordHasher.dummyVerifications()).isEqualTo(dummies + 3);

        assertThat(system.audit.withAction(AuditAction.STAFF_SIGN_IN_FAILED)).hasSize(8)
                .allSatisfy(e -> assertThat(e.detail()).doesNotContain(PASSWORD, "wrong password 123"));
        // Counted per login name under a keyed digest (the fake digest shows its input), and per address.
        assertThat(system.failures.keys()).containsExactlyInAnyOrder("staff-login:addr:203.0.113.7",
                "staff-login:name:digest(staff-login:ops.tanaka)", "staff-login:name:digest(staff-login:nobody)",
                "staff-login:name:digest(staff-login:田中)");
    }

    @Test
    void aDisabledStaffMemberCannotSignIn() {
        system.staff.disable(id);

        assertThat(logIn("ops.tanaka", PASSWORD, totp())).isEqualTo(new StaffLogInResult.Refused());
        assertThat(system.audit.last().detail()).isEqualTo("account DISABLED");
    }

    @Test
    void tenFailuresLockTheLoginEvenForTheRightCredentialsAndUnknownLoginsAlike() {
        for (String login : new String[] {"ops.tanaka", "nobody.here"}) {
            for (int i = 0; i < 10; i++) {
                system.clock.advance(Duration.ofSeconds(31));
                assertThat(logIn(login, "wrong password 123", totp(), new ClientAddress("198.51.100." + i)))
                        .isEqualTo(new StaffLogInResult.Refused());
            }
            system.clock.advance(Duration.ofSeconds(31));
            assertThat(logIn(login, PASSWORD, totp())).isEqualTo(new StaffLogInResult.Throttled());
        }
        assertThat(system.audit.withAction(AuditAction.STAFF_SIGN_IN_THROTTLED)).hasSize(2);

        system.clock.advance(Duration.ofMinutes(31));
        assertThat(logIn("ops.tanaka", PASSWORD, totp())).isInstanceOf(StaffLogInResult.SignedIn.class);
    }

    @Test
    void oneAddressTryingManyLoginsIsThrottled() {
        for (int i = 0; i < 50; i++) {
            system.clock.advance(Duration.ofSeconds(3));
            logIn("guess" + i, "wrong password 123", "000000");
        }
        assertThat(logIn("ops.tanaka", PASSWORD, totp())).isEqualTo(new StaffLogInResult.Throttled());
        assertThat(logIn("ops.tanaka", PASSWORD, totp(), new ClientAddress("192.0.2.1"))).isInstanceOf(StaffLogInResult.SignedIn.class);
    }

    /** Past the slow-down members' logins impose after three failures, so each attempt is judged. */
    private StaffLogInResult paced(String login, String password, String code) {
        system.clock.advance(Duration.ofSeconds(6));
        return logIn(login, password, code);
    }

    private String totp() {
        return FakeOneTimePasswords.codeAt(enrolled.secret(), system.clock.instant());
    }

    private StaffLogInResult logIn(String login, String password, String code) {
        return logIn(login, password, code, CLIENT);
    }

    private StaffLogInResult logIn(String login, String password, String code, ClientAddress client) {
        return system.logIn.logIn(new StaffLogInCommand(login, password, code, client));
    }
}
