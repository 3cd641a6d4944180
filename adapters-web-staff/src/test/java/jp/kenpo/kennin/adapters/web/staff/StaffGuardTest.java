package jp.kenpo.kennin.adapters.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StaffGuardTest {
    private static StaffSiteFixture site;

    @BeforeAll
    static void start() {
        StaffPages planted = (table, views) -> {
            table.get("/admin/planted", StaffPermission.MANAGE_NOTICES, ctx -> ctx.result("notices"));
            table.post("/admin/planted", StaffPermission.MANAGE_NOTICES, ctx -> ctx.result("posted"));
        };
        site = StaffSiteFixture.start(List.of(planted));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void nobodySignedInIsSentToTheSignInPage() {
        var response = site.browser().fetch("/admin/planted");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue(StaffPaths.LOGIN);
    }

    @Test
    void aRoleWithoutThePermissionIsRefused() {
        Browser browser = site.browser();
        site.signIn(browser, StaffSiteFixture.staff(StaffRole.HELP_DESK, "06130013"));
        assertThat(browser.fetch("/admin/planted").statusCode()).isEqualTo(403);
    }

    @Test
    void aRoleWithThePermissionGetsThePageAndItsMenuNamesTheRole() {
        Browser browser = site.browser();
        site.signIn(browser, StaffSiteFixture.staff(StaffRole.ADMINISTRATOR, "06130013"));
        assertThat(browser.fetch("/admin/planted").body()).isEqualTo("notices");
        var home = browser.fetch("/admin");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("管理者").contains("ログアウト");
    }

    @Test
    void aPostNeedsTheSessionsCsrfToken() {
        Browser browser = site.browser();
        site.signIn(browser, StaffSiteFixture.staff(StaffRole.ADMINISTRATOR, "06130013"));
        assertThat(browser.post("/admin/planted", Map.of(), Map.of()).statusCode()).isEqualTo(403);
        browser.open("/admin");
        assertThat(browser.submit("/admin/planted", Map.of()).body()).isEqualTo("posted");
    }

    @Test
    void aSignInStartsANewSessionSoAnOldCookieIsWorthNothing() {
        Browser browser = site.browser();
        site.signIn(browser, StaffSiteFixture.staff(StaffRole.ADMINISTRATOR, "06130013"));
        String first = browser.cookie("kennin_staff").orElseThrow();
        site.signIn(browser, StaffSiteFixture.staff(StaffRole.ADMINISTRATOR, "06130013"));
        assertThat(browser.cookie("kennin_staff")).isPresent().isNotEqualTo(java.util.Optional.of(first));
        Browser thief = site.browser();
        thief.setCookie("kennin_staff", first);
        assertThat(thief.fetch("/admin").statusCode()).isEqualTo(303);
    }

    @Test
    void everyDeclaredRouteLivesUnderAdminWithAnAccess() {
        assertThat(site.site().routes()).isNotEmpty().allSatisfy(route -> {
            assertThat(route.path()).startsWith("/admin");
            assertThat(route.access()).isNotNull();
        });
    }
}
