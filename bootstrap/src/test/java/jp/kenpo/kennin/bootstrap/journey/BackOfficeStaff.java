package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.crypto.Totp;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentCommand;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorCommand;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorResult;
import jp.kenpo.kennin.application.staff.CreateStaffUseCase.CreateStaffCommand;
import jp.kenpo.kennin.application.staff.CreateStaffUseCase.CreateStaffResult;
import jp.kenpo.kennin.application.staff.ShowStaffEnrolmentUseCase.ShowStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInCommand;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInResult;
import jp.kenpo.kennin.domain.staff.StaffRole;

/**
 * Staff accounts for end-to-end tests, made as in production: the operator from its one-time
 * link, everyone else by a creator whose enrolment mail carries the link; each enrolled with an
 * authenticator whose codes are computed here from the secret the page would show. Signing in
 * through {@code /admin/login} uses a fresh 30-second step each time (the clock moves on).
 */
public final class BackOfficeStaff {
    static final String PASSWORD = "管理画面の長いパスフレーズ 2026";
    private static final Pattern LINK = Pattern.compile("/admin/enrol/([A-Za-z0-9_-]+)");
    private static final ClientAddress CLIENT = new ClientAddress("192.0.2.80");

    /** An enrolled staff member: what they type, and the principal the back office knows them as. */
    public record Enrolled(String login, String secret, SignedInStaff principal) {
    }

    private final Wiring wiring;
    private final MutableClock clock;
    private final Function<String, String> lastMailBodyTo;
    private final Totp authenticator = Totp.standard();

    BackOfficeStaff(OnboardingSystem system) {
        this(system.wiring, system.clock, address -> OnboardingSystem.body(system.lastMailTo(address)));
    }

    /** For a system put together elsewhere (two nodes): its wiring, its clock and the newest mail body to an address. */
    public BackOfficeStaff(Wiring wiring, MutableClock clock, Function<String, String> lastMailBodyTo) {
        this.wiring = wiring;
        this.clock = clock;
        this.lastMailBodyTo = lastMailBodyTo;
    }

    public Enrolled operator(String login) {
        var created = wiring.createOperator(new CreateOperatorCommand(login, "運用 担当"));
        assertThat(created).isInstanceOf(CreateOperatorResult.Created.class);
        Matcher link = LINK.matcher(((CreateOperatorResult.Created) created).enrolmentLink());
        assertThat(link.find()).isTrue();
        return enrol(login, link.group(1));
    }

    /** {@code creator} (the operator for a 管理者, a 管理者 for the rest) creates and the new member enrols. */
    public Enrolled staff(Enrolled creator, String insurer, String login, StaffRole role) {
        String email = login + "@staff.example.jp";
        var created = wiring.staffIdentity().createStaff().createStaff(new CreateStaffCommand(creator.principal(),
                Optional.ofNullable(insurer), login, "担当 " + login, email, role,
                role == StaffRole.EMPLOYER_CONTACT ? Optional.of("本社") : Optional.empty(), CLIENT));
        assertThat(created).as("creating %s", login).isInstanceOf(CreateStaffResult.Created.class);
        Matcher link = LINK.matcher(lastMailBodyTo.apply(email));
        assertThat(link.find()).as("an enrolment link in the mail to %s", email).isTrue();
        return enrol(login, link.group(1));
    }

    private Enrolled enrol(String login, String token) {
        var page = wiring.staffIdentity().showEnrolment().showEnrolment(token);
        assertThat(page).isInstanceOf(ShowStaffEnrolmentResult.Enrolment.class);
        String secret = ((ShowStaffEnrolmentResult.Enrolment) page).totpSecret();
        var done = wiring.staffIdentity().completeEnrolment().completeEnrolment(new CompleteStaffEnrolmentCommand(
                token, PASSWORD, PASSWORD, code(secret), CLIENT));
        assertThat(done).isInstanceOf(CompleteStaffEnrolmentResult.Enrolled.class);
        nextStep();
        var signedIn = wiring.staffIdentity().logIn().logIn(new StaffLogInCommand(login, PASSWORD, code(secret), CLIENT));
        assertThat(signedIn).isInstanceOf(StaffLogInResult.SignedIn.class);
        nextStep();
        return new Enrolled(login, secret, ((StaffLogInResult.SignedIn) signedIn).staff());
    }

    /** Signs {@code browser} in through the sign-in page; it then shows /admin. */
    public void signIn(Browser browser, Enrolled who) {
        browser.open("/admin/login");
        var landed = browser.submit("/admin/login", Map.of("login", who.login(), "password", PASSWORD,
                "oneTimeCode", code(who.secret())));
        assertThat(landed.uri().getPath()).as("%s signed in", who.login()).isEqualTo("/admin");
        nextStep();
    }

    String code(String secret) {
        return authenticator.codeAt(secret, clock.instant());
    }

    /** Each code is good once: move to the next 30-second step. */
    void nextStep() {
        clock.advance(Duration.ofSeconds(31));
    }
}
