package jp.kenpo.kennin.adapters.web.staff.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;
import jp.kenpo.kennin.adapters.web.staff.StaffSiteFixture;
import jp.kenpo.kennin.adapters.web.staff.signin.PageChecks;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.BackOfficeSetup;
import jp.kenpo.kennin.application.review.ChangeFourEyesService;
import jp.kenpo.kennin.application.review.ShowFourEyesService;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.review.FourEyesRule;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A 管理者 sets on the settings page which decisions need a second reviewer; other roles may not. */
class FourEyesSettingPageTest {
    private static final String MINE = "06130013";
    private static final String THEIRS = "06139999";

    private BackOfficeSetup office;
    private Insurer mine;
    private StaffSiteFixture site;

    @BeforeEach
    void start() {
        office = new BackOfficeSetup();
        mine = office.system.insurer(MINE, "サンプル健康保険組合", 2025);
        office.system.insurer(THEIRS, "他の健康保険組合", 2025);
        ClientAddresses clients = new ClientAddresses(TrustedProxies.none());
        var reviews = office.system.reviews;
        site = StaffSiteFixture.start(List.of(new SettingsPages(office.showInsurerSettings, office.updateInsurerSettings,
                clients, Optional.of(new SettingsPages.FourEyesSetting(new ShowFourEyesService(reviews),
                new ChangeFourEyesService(reviews, office.system.audit, office.system.clock))))), office.system.clock);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Browser signedIn(StaffRole role, String insurer) {
        Browser browser = site.browser();
        site.signIn(browser, StaffSiteFixture.staff(role, insurer));
        return browser;
    }

    @Test
    void theAdministratorSetsRemovalsToNeedApprovalAndOnlyTheirInsurerChanges() {
        Browser admin = signedIn(StaffRole.ADMINISTRATOR, MINE);
        String page = admin.open("/admin/settings").body();
        PageChecks.everyControlIsLabelled(page);
        assertThat(page).contains("審査の承認（ダブルチェック）", "削除の判定のみ必要")
                .containsPattern("id=\"fourEyes-NONE\" name=\"fourEyes\" value=\"NONE\" checked");

        String saved = admin.submit("/admin/settings/four-eyes", Map.of("fourEyes", "REMOVALS")).body();

        assertThat(saved).contains("審査の承認の設定を保存しました。")
                .containsPattern("id=\"fourEyes-REMOVALS\" name=\"fourEyes\" value=\"REMOVALS\" checked");
        assertThat(office.system.reviews.fourEyesOf(mine.code())).isEqualTo(FourEyesRule.REMOVALS);
        assertThat(office.system.reviews.fourEyesOf(new InsurerCode(THEIRS))).isEqualTo(FourEyesRule.NONE);
        assertThat(office.system.audit.events()).filteredOn(e -> e.action() == AuditAction.INSURER_SETTINGS_CHANGED)
                .extracting(e -> e.detail()).containsExactly("fourEyes=REMOVALS");
    }

    @Test
    void anUnknownRuleChangesNothing() {
        Browser admin = signedIn(StaffRole.ADMINISTRATOR, MINE);
        admin.open("/admin/settings");

        String page = admin.submit("/admin/settings/four-eyes", Map.of("fourEyes", "SOMETIMES")).body();

        assertThat(page).contains("承認の要否を選んでください。");
        assertThat(office.system.reviews.fourEyesOf(mine.code())).isEqualTo(FourEyesRule.NONE);
    }

    @Test
    void aReviewerMayNotChangeIt() {
        Browser reviewer = signedIn(StaffRole.REVIEWER, MINE);
        assertThat(reviewer.open("/admin").body()).contains("_csrf");
        assertThat(reviewer.submit("/admin/settings/four-eyes", Map.of("fourEyes", "ALL")).statusCode()).isEqualTo(403);
        assertThat(office.system.reviews.fourEyesOf(mine.code())).isEqualTo(FourEyesRule.NONE);
    }
}
