package jp.kenpo.kennin.adapters.web.staff.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;
import jp.kenpo.kennin.adapters.web.staff.StaffSiteFixture;
import jp.kenpo.kennin.adapters.web.staff.signin.PageChecks;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.staff.CreateStaffUseCase.CreateStaffCommand;
import jp.kenpo.kennin.application.staff.CreateStaffUseCase.CreateStaffResult;
import jp.kenpo.kennin.application.staff.DisableStaffUseCase.DisableStaffResult;
import jp.kenpo.kennin.application.staff.ListStaffUseCase.ListStaffResult;
import jp.kenpo.kennin.application.staff.ListStaffUseCase.StaffEntry;
import jp.kenpo.kennin.application.staff.ReissueStaffEnrolmentUseCase.ReissueStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.staff.StaffState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The staff pages over real HTTP with an in-memory directory behind the use cases, scoped like the
 * real ones: a 管理者 sees and touches their own insurer's staff, the operator operators and 管理者.
 */
class StaffPeoplePagesTest {
    private static final String MINE = "06130013";
    private static final String THEIRS = "06139999";
    private static final AtomicLong IDS = new AtomicLong(5000);
    private static final List<StaffEntry> directory = new CopyOnWriteArrayList<>();
    private static final AtomicReference<CreateStaffCommand> created = new AtomicReference<>();
    private static final AtomicReference<Boolean> mailWorks = new AtomicReference<>(true);
    private static StaffSiteFixture site;

    @BeforeAll
    static void start() {
        site = StaffSiteFixture.startWithSessions(sessions -> List.of(new StaffPeoplePages(
                command -> new ListStaffResult.Listed(directory.stream().filter(e -> manages(command.actor(), e)).toList()),
                command -> {
                    created.set(command);
                    if (directory.stream().anyMatch(e -> e.login().key().equals(command.login().toLowerCase()))) {
                        return new CreateStaffResult.LoginTaken();
                    }
                    if (command.insurerCode().filter(c -> !c.equals(MINE) && !c.equals(THEIRS)).isPresent()) {
                        return new CreateStaffResult.UnknownInsurer();
                    }
                    if (command.email() == null || !command.email().contains("@")) {
                        return new CreateStaffResult.Invalid("email.invalid");
                    }
                    StaffEntry entry = new StaffEntry(new StaffId(IDS.incrementAndGet()),
                            Optional.of(InsurerCode.parse(command.insurerCode().orElseGet(() -> command.actor().insurerCode().value()))),
                            LoginName.parse(command.login()), command.displayName(), command.role(), StaffState.ENROLLING,
                            command.office(), Optional.empty());
                    directory.add(entry);
                    return new CreateStaffResult.Created(entry.id(), mailWorks.get());
                },
                command -> {
                    if (command.staff().equals(command.actor().id())) {
                        return new DisableStaffResult.CannotDisableYourself();
                    }
                    Optional<StaffEntry> target = find(command.actor(), command.staff());
                    if (target.isEmpty()) {
                        return new DisableStaffResult.NotFound();
                    }
                    if (target.get().state() == StaffState.DISABLED) {
                        return new DisableStaffResult.AlreadyDisabled();
                    }
                    replace(target.get(), StaffState.DISABLED);
                    return new DisableStaffResult.Disabled();
                },
                command -> {
                    Optional<StaffEntry> target = find(command.actor(), command.staff());
                    if (target.isEmpty()) {
                        return new ReissueStaffEnrolmentResult.NotFound();
                    }
                    if (mailWorks.get()) {
                        // As the service: a mail that does not go out resets nothing.
                        replace(target.get(), StaffState.ENROLLING);
                    }
                    return new ReissueStaffEnrolmentResult.Reissued(Instant.parse("2026-12-03T01:00:00Z"), mailWorks.get());
                },
                sessions, new ClientAddresses(TrustedProxies.none()))), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @BeforeEach
    void reset() {
        directory.clear();
        mailWorks.set(true);
    }

    private static boolean manages(SignedInStaff actor, StaffEntry entry) {
        return actor.role() == StaffRole.OPERATOR
                ? entry.role() == StaffRole.OPERATOR || entry.role() == StaffRole.ADMINISTRATOR
                : entry.insurer().equals(actor.insurer());
    }

    private static Optional<StaffEntry> find(SignedInStaff actor, StaffId id) {
        return directory.stream().filter(e -> e.id().equals(id) && manages(actor, e)).findFirst();
    }

    private static void replace(StaffEntry entry, StaffState state) {
        directory.replaceAll(e -> e.id().equals(entry.id()) ? new StaffEntry(e.id(), e.insurer(), e.login(), e.displayName(),
                e.role(), state, e.office(), e.lastSignedInAt()) : e);
    }

    /** Puts {@code staff} into the directory (as signing in would need) and returns it. */
    private static SignedInStaff enlisted(SignedInStaff staff, String name) {
        directory.add(new StaffEntry(staff.id(), staff.insurer(), staff.login(), name, staff.role(), StaffState.ACTIVE,
                staff.office(), Optional.of(Instant.parse("2026-12-01T23:30:00Z"))));
        return staff;
    }

    private static Browser signedIn(SignedInStaff staff) {
        Browser browser = site.browser();
        site.signIn(browser, staff);
        return browser;
    }

    @Test
    void onlyA管理者ReachesTheStaffPagesAndOnlyTheOperatorTheOperatorsPages() {
        Browser admin = signedIn(StaffSiteFixture.staff(StaffRole.ADMINISTRATOR, MINE));
        assertThat(admin.fetch("/admin/staff").statusCode()).isEqualTo(200);
        assertThat(admin.fetch("/admin/staff/new").statusCode()).isEqualTo(200);
        assertThat(admin.fetch("/admin/operator/staff").statusCode()).isEqualTo(403);
        assertThat(admin.fetch("/admin").body()).contains("href=\"/admin/staff\"").doesNotContain("/admin/operator/staff");

        for (StaffRole role : List.of(StaffRole.HELP_DESK, StaffRole.REVIEWER, StaffRole.EMPLOYER_CONTACT)) {
            Browser other = signedIn(StaffSiteFixture.staff(role, MINE));
            assertThat(other.fetch("/admin/staff").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(other.fetch("/admin/staff/new").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(other.fetch("/admin/operator/staff").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(other.fetch("/admin").body()).as(role.name()).doesNotContain("/admin/staff");
        }

        Browser operator = signedIn(StaffSiteFixture.staff(StaffRole.OPERATOR, null));
        assertThat(operator.fetch("/admin/operator/staff").statusCode()).isEqualTo(200);
        assertThat(operator.fetch("/admin/staff").statusCode()).isEqualTo(403);
        assertThat(operator.fetch("/admin").body()).contains("href=\"/admin/operator/staff\"");
    }

    @Test
    void a管理者ListsTheirStaffAndCreatesOneWithARole() {
        SignedInStaff admin = enlisted(StaffSiteFixture.staff(StaffRole.ADMINISTRATOR, MINE), "管理 一郎");
        enlisted(StaffSiteFixture.staff(StaffRole.ADMINISTRATOR, THEIRS), "他組合 管理者");
        Browser browser = signedIn(admin);

        String list = browser.open("/admin/staff").body();
        assertThat(list).contains("管理 一郎").contains("（ご自身）").contains("2026/12/02 08:30").doesNotContain("他組合");

        String form = browser.open("/admin/staff/new").body();
        PageChecks.everyControlIsLabelled(form);
        assertThat(form).contains("<option value=\"HELP_DESK\">問い合わせ対応</option>").doesNotContain("value=\"OPERATOR\"")
                .doesNotContain("name=\"insurerCode\"");
        var done = browser.submit("/admin/staff/new", Map.of("login", "sato.helpdesk", "displayName", "佐藤 花子",
                "email", "sato@example.jp", "role", "EMPLOYER_CONTACT", "office", "本社営業所"));
        assertThat(done.uri().getPath()).isEqualTo("/admin/staff");
        assertThat(done.body()).contains("sato.helpdesk さんのアカウントを作成し").contains("佐藤 花子").contains("利用登録待ち")
                .contains("本社営業所");
        CreateStaffCommand command = created.get();
        assertThat(command.actor()).isEqualTo(admin);
        assertThat(command.insurerCode()).isEmpty();
        assertThat(command.role()).isEqualTo(StaffRole.EMPLOYER_CONTACT);
        assertThat(command.office()).hasValue("本社営業所");
    }

    @Test
    void aRejectedNewAccountComesBackWithTheErrorAtTheTopAndAtItsField() {
        Browser browser = signedIn(enlisted(StaffSiteFixture.staff(StaffRole.ADMINISTRATOR, MINE), "管理 一郎"));
        browser.open("/admin/staff/new");
        String noRole = browser.submit("/admin/staff/new", Map.of("login", "suzuki", "displayName", "鈴木",
                "email", "suzuki@example.jp", "role", "OPERATOR", "office", "")).body();
        PageChecks.errorSummaryLinksTo(noRole, "role");
        assertThat(noRole).contains("役割を選択してください").contains("value=\"suzuki\"");

        String badMail = browser.submit("/admin/staff/new", Map.of("login", "suzuki", "displayName", "鈴木",
                "email", "not-a-mail", "role", "HELP_DESK", "office", "")).body();
        PageChecks.errorSummaryLinksTo(badMail, "email");
        assertThat(badMail).contains("<option value=\"HELP_DESK\" selected>");

        browser.submit("/admin/staff/new", Map.of("login", "suzuki", "displayName", "鈴木", "email", "suzuki@example.jp",
                "role", "HELP_DESK", "office", ""));
        browser.open("/admin/staff/new");
        String taken = browser.submit("/admin/staff/new", Map.of("login", "SUZUKI", "displayName", "鈴木 二郎",
                "email", "suzuki2@example.jp", "role", "HELP_DESK", "office", "")).body();
        PageChecks.errorSummaryLinksTo(taken, "login");
        assertThat(taken).contains("このログイン名はすでに使われています");
    }

    @Test
    void theOperatorCreatesAnInsurers管理者NamingTheInsurer() {
        SignedInStaff operator = enlisted(StaffSiteFixture.staff(StaffRole.OPERATOR, null), "運用 太郎");
        Browser browser = signedIn(operator);
        String form = browser.open("/admin/operator/staff/new").body();
        PageChecks.everyControlIsLabelled(form);
        assertThat(form).contains("name=\"insurerCode\"").doesNotContain("<select").contains("管理者");

        String unknown = browser.submit("/admin/operator/staff/new", Map.of("insurerCode", "99999999", "login", "yamada",
                "displayName", "山田", "email", "yamada@example.jp")).body();
        PageChecks.errorSummaryLinksTo(unknown, "insurerCode");

        var done = browser.submit("/admin/operator/staff/new", Map.of("insurerCode", MINE, "login", "yamada",
                "displayName", "山田", "email", "yamada@example.jp", "role", "HELP_DESK"));
        assertThat(done.uri().getPath()).isEqualTo("/admin/operator/staff");
        assertThat(done.body()).contains("yamada").contains(MINE);
        assertThat(created.get().insurerCode()).hasValue(MINE);
        // Whatever is posted, the operator's form makes a 管理者.
        assertThat(created.get().role()).isEqualTo(StaffRole.ADMINISTRATOR);
    }

    @Test
    void disablingAfterConfirmationEndsTheDisabledMembersSessions() {
        Browser admin = signedIn(enlisted(StaffSiteFixture.staff(StaffRole.ADMINISTRATOR, MINE), "管理 一郎"));
        SignedInStaff helper = enlisted(StaffSiteFixture.staff(StaffRole.HELP_DESK, MINE), "窓口 三郎");
        Browser helperBrowser = signedIn(helper);
        assertThat(helperBrowser.fetch("/admin").statusCode()).isEqualTo(200);

        String list = admin.open("/admin/staff").body();
        String confirmPath = "/admin/staff/" + helper.id().value() + "/disable";
        assertThat(list).contains("href=\"" + confirmPath + "\"");
        String confirm = admin.open(confirmPath).body();
        assertThat(confirm).contains("窓口 三郎").contains("ログインできなくなり").contains("action=\"" + confirmPath + "\"");
        var done = admin.submit(confirmPath, Map.of());
        assertThat(done.uri().getPath()).isEqualTo("/admin/staff");
        assertThat(done.body()).contains("アカウントを無効にしました").contains("無効");

        var ended = helperBrowser.fetch("/admin");
        assertThat(ended.statusCode()).isEqualTo(303);
        assertThat(ended.headers().firstValue("Location")).hasValue("/admin/login?ended");

        admin.open(confirmPath);
        assertThat(admin.submit(confirmPath, Map.of()).body()).contains("このアカウントはすでに無効です");
    }

    @Test
    void reissuingAfterConfirmationEndsSessionsAndSaysWhetherTheMailWentOut() {
        Browser admin = signedIn(enlisted(StaffSiteFixture.staff(StaffRole.ADMINISTRATOR, MINE), "管理 一郎"));
        SignedInStaff reviewer = enlisted(StaffSiteFixture.staff(StaffRole.REVIEWER, MINE), "審査 四郎");
        Browser reviewerBrowser = signedIn(reviewer);
        String path = "/admin/staff/" + reviewer.id().value() + "/reissue";

        assertThat(admin.open(path).body()).contains("審査 四郎").contains("すぐに使えなくなり");
        assertThat(admin.submit(path, Map.of()).body()).contains("登録用リンクを再発行し、メールで送りました（有効期限 2026/12/03 10:00）");
        assertThat(reviewerBrowser.fetch("/admin").statusCode()).isEqualTo(303);

        SignedInStaff helper = enlisted(StaffSiteFixture.staff(StaffRole.HELP_DESK, MINE), "窓口 五郎");
        Browser helperBrowser = signedIn(helper);
        String helperPath = "/admin/staff/" + helper.id().value() + "/reissue";
        mailWorks.set(false);
        admin.open(helperPath);
        assertThat(admin.submit(helperPath, Map.of()).body()).contains("メールを送れなかったため", "今までどおり");
        assertThat(helperBrowser.fetch("/admin").statusCode()).as("nothing was reset: the session goes on").isEqualTo(200);
    }

    @Test
    void aNewAccountWhoseMailDidNotGoOutSaysSo() {
        Browser browser = signedIn(enlisted(StaffSiteFixture.staff(StaffRole.ADMINISTRATOR, MINE), "管理 一郎"));
        mailWorks.set(false);
        browser.open("/admin/staff/new");

        var done = browser.submit("/admin/staff/new", Map.of("login", "kato.review", "displayName", "加藤 次郎",
                "email", "kato@example.jp", "role", "REVIEWER", "office", ""));

        assertThat(done.uri().getPath()).isEqualTo("/admin/staff");
        assertThat(done.body()).contains("kato.review さんのアカウントを作成しましたが", "メールで送れませんでした", "再発行")
                .doesNotContain("メールで送りました");
    }

    @Test
    void anotherInsurersStaffAndNonsenseIdsAreNotFound() {
        Browser admin = signedIn(enlisted(StaffSiteFixture.staff(StaffRole.ADMINISTRATOR, MINE), "管理 一郎"));
        SignedInStaff foreign = enlisted(StaffSiteFixture.staff(StaffRole.HELP_DESK, THEIRS), "他組合 窓口");
        Browser foreignBrowser = signedIn(foreign);
        admin.open("/admin/staff");
        for (String action : List.of("disable", "reissue")) {
            String path = "/admin/staff/" + foreign.id().value() + "/" + action;
            assertThat(admin.fetch(path).statusCode()).as(path).isEqualTo(404);
            assertThat(admin.post(path, Map.of("_csrf", admin.csrfToken().orElseThrow()), Map.of()).statusCode()).as(path)
                    .isEqualTo(404);
            assertThat(admin.fetch("/admin/staff/0/" + action).statusCode()).isEqualTo(404);
            assertThat(admin.fetch("/admin/staff/abc/" + action).statusCode()).isEqualTo(404);
            assertThat(admin.fetch("/admin/staff/99999999999999999999/" + action).statusCode()).isEqualTo(404);
        }
        assertThat(foreignBrowser.fetch("/admin").statusCode()).isEqualTo(200);
        assertThat(directory).filteredOn(e -> e.id().equals(foreign.id())).allMatch(e -> e.state() == StaffState.ACTIVE);
    }

    @Test
    void nobodyDisablesThemselves() {
        SignedInStaff admin = enlisted(StaffSiteFixture.staff(StaffRole.ADMINISTRATOR, MINE), "管理 一郎");
        Browser browser = signedIn(admin);
        assertThat(browser.open("/admin/staff").body()).doesNotContain("/admin/staff/" + admin.id().value() + "/disable");
        String path = "/admin/staff/" + admin.id().value() + "/disable";
        browser.open(path);
        assertThat(browser.submit(path, Map.of()).body()).contains("ご自身のアカウントには、この操作はできません");
        assertThat(browser.fetch("/admin").statusCode()).isEqualTo(200);
    }
}
