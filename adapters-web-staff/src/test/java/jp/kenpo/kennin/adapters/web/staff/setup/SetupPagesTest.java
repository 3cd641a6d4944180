package jp.kenpo.kennin.adapters.web.staff.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;
import jp.kenpo.kennin.adapters.web.staff.StaffSiteFixture;
import jp.kenpo.kennin.adapters.web.staff.signin.PageChecks;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.BackOfficeSetup;
import jp.kenpo.kennin.application.fakes.InMemoryDocumentStorage;
import jp.kenpo.kennin.application.insureradmin.ShowCurrentTermsService;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.eligibility.IncomeBand;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.notice.Notice;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.survey.SurveyScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The setup pages over real HTTP with the real use cases on in-memory fakes behind them: what a
 * 管理者 (or the operator) types ends up where members see it, errors come back at the top of the
 * form linking to their field, and another insurer's ids are not found.
 */
class SetupPagesTest {
    private static final String MINE = "06130013";
    private static final String THEIRS = "06139999";
    private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");

    private BackOfficeSetup office;
    private Insurer mine;
    private StaffSiteFixture site;

    @BeforeEach
    void start() {
        office = new BackOfficeSetup();
        mine = office.system.insurer(MINE, "サンプル健康保険組合", 2025);
        office.system.insurer(THEIRS, "他の健康保険組合", 2025);
        ClientAddresses clients = new ClientAddresses(TrustedProxies.none());
        site = StaffSiteFixture.start(List.of(
                new InsurerPages(office.listInsurers, office.createInsurer, clients),
                new SettingsPages(office.showInsurerSettings, office.updateInsurerSettings, clients),
                new TermsPages(new ShowCurrentTermsService(office.system.terms), office.publishTermsVersion, clients),
                new NoticePages(new NoticePages.UseCases(office.noticeQueries, office.noticeQueries, office.noticeQueries,
                        office.createNotice, office.editNotice, office.changeNoticeState, office.attachNoticeFile,
                        office.removeNoticeAttachment), BackOfficeSetup.MAX_ATTACHMENT_BYTES, clients),
                new RosterPages(office.uploadRoster, office.holdRoster, clients),
                new SurveyYearPages(office.showSurveyYear, office.setUpSurveyYear, clients)), office.system.clock);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Browser signedIn(StaffRole role, String insurer) {
        Browser browser = site.browser();
        SignedInStaff staff = StaffSiteFixture.staff(role, insurer);
        site.signIn(browser, staff);
        return browser;
    }

    @Test
    void eachPageNeedsItsPermission() {
        Browser admin = signedIn(StaffRole.ADMINISTRATOR, MINE);
        for (String path : List.of("/admin/settings", "/admin/terms", "/admin/notices", "/admin/rosters", "/admin/survey-year")) {
            var page = admin.fetch(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            PageChecks.everyControlIsLabelled(page.body());
        }
        assertThat(admin.fetch("/admin/operator/insurers").statusCode()).isEqualTo(403);
        assertThat(admin.fetch("/admin").body()).contains("href=\"/admin/notices\"").contains("href=\"/admin/rosters\"")
                .doesNotContain("/admin/operator/insurers");

        for (StaffRole role : List.of(StaffRole.HELP_DESK, StaffRole.REVIEWER, StaffRole.EMPLOYER_CONTACT)) {
            Browser other = signedIn(role, MINE);
            for (String path : List.of("/admin/settings", "/admin/terms", "/admin/notices", "/admin/rosters",
                    "/admin/survey-year", "/admin/operator/insurers")) {
                assertThat(other.fetch(path).statusCode()).as(role + " " + path).isEqualTo(403);
            }
        }
        Browser operator = signedIn(StaffRole.OPERATOR, null);
        assertThat(operator.fetch("/admin/operator/insurers").statusCode()).isEqualTo(200);
        assertThat(operator.fetch("/admin/settings").statusCode()).isEqualTo(403);
    }

    @Test
    void theOperatorCreatesAnInsurerAndATakenCodeIsShownAtItsField() {
        Browser operator = signedIn(StaffRole.OPERATOR, null);
        String form = operator.open("/admin/operator/insurers").body();
        PageChecks.everyControlIsLabelled(form);

        var created = operator.submit("/admin/operator/insurers", Map.of("code", "acme", "displayName", "アクメ健康保険組合",
                "senderAddress", "kenpo@acme.example.jp", "callCentre", "0120-000-000", "hours", "平日9時～17時",
                "contactMail", "", "faqUrl", "", "policy", "NIST"));
        assertThat(created.uri().getPath()).isEqualTo("/admin/operator/insurers");
        assertThat(created.body()).contains("健康保険組合「acme」を作成しました").contains("アクメ健康保険組合");
        assertThat(office.system.insurers.loadInsurer(new InsurerCode("acme"))).isPresent();

        String taken = operator.submit("/admin/operator/insurers", Map.of("code", "acme", "displayName", "別",
                "senderAddress", "x@example.jp", "callCentre", "", "hours", "", "contactMail", "", "faqUrl", "",
                "policy", "MANUAL")).body();
        PageChecks.errorSummaryLinksTo(taken, "code");
        assertThat(taken).contains("この保険者コードはすでに使われています");
    }

    @Test
    void settingsAreShownSavedAndTheirErrorsLinkToTheField() {
        Browser admin = signedIn(StaffRole.ADMINISTRATOR, MINE);
        String page = admin.open("/admin/settings").body();
        assertThat(page).contains("value=\"サンプル健康保険組合\"").contains("value=\"06130013-kenpo@ibss.example.jp\"");

        Map<String, String> fields = new java.util.HashMap<>(Map.of("displayName", "サンプル健保", "senderAddress",
                "kenpo@sample.example.jp", "callCentre", "03-0000-0000", "hours", "平日", "contactMail", "", "faqUrl", "",
                "policy", "MANUAL", "rounding", "FLOOR", "limit_STANDARD", "1,200,000", "limit_ELDERLY_OR_DISABLED", ""));
        fields.put("limit_YOUNG_ADULT", "");
        var saved = admin.submit("/admin/settings", fields);
        assertThat(saved.body()).contains("組合の設定を保存しました").contains("value=\"サンプル健保\"").contains("value=\"1200000\"");
        assertThat(office.insurerSettings.overridesOf(mine.code()).limits()).containsKey(IncomeBand.STANDARD);

        fields.put("limit_STANDARD", "百万");
        String bad = admin.submit("/admin/settings", fields).body();
        PageChecks.errorSummaryLinksTo(bad, "limit_STANDARD");
        fields.put("limit_STANDARD", "");
        fields.put("faqUrl", "ftp://example.jp");
        PageChecks.errorSummaryLinksTo(admin.submit("/admin/settings", fields).body(), "faqUrl");
    }

    @Test
    void termsArePublishedAsNewVersions() {
        Browser admin = signedIn(StaffRole.ADMINISTRATOR, MINE);
        assertThat(admin.open("/admin/terms").body()).contains("利用規約はまだ公開されていません");

        assertThat(admin.submit("/admin/terms", Map.of("body", "第1条 この規約は…")).body()).contains("第1版を公開しました");
        assertThat(admin.open("/admin/terms").body()).contains("第1版です").contains("第1条 この規約は…");
        PageChecks.errorSummaryLinksTo(admin.submit("/admin/terms", Map.of("body", " ")).body(), "body");
        assertThat(office.system.terms.currentTerms(mine.code()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aNoticeIsDraftedGivenAPdfPublishedAndWithdrawn() {
        Browser admin = signedIn(StaffRole.ADMINISTRATOR, MINE);
        admin.open("/admin/notices");
        var draft = admin.submit("/admin/notices", Map.of("title", "調査開始のお知らせ", "body", "本文", "publishedOn", ""));
        String path = draft.uri().getPath();
        assertThat(path).matches("/admin/notices/[0-9]+");
        assertThat(draft.body()).contains("下書きを作成しました").contains("状態: 下書き");
        PageChecks.everyControlIsLabelled(draft.body());

        var attached = admin.upload(path + "/attachments", Map.of(), "操作マニュアル.pdf", "application/pdf",
                InMemoryDocumentStorage.pdf());
        assertThat(attached.body()).contains("「操作マニュアル.pdf」を添付しました");
        String refused = admin.upload(path + "/attachments", Map.of(), "qa.pdf", "application/pdf",
                "ただのテキスト".getBytes(StandardCharsets.UTF_8)).body();
        PageChecks.errorSummaryLinksTo(refused, "file");
        assertThat(refused).contains("この形式のファイルは添付できません");
        assertThat(office.system.notices.publishedNotices(mine.code(), LocalDate.of(2025, 7, 10))).isEmpty();

        admin.open(path);
        assertThat(admin.submit(path + "/publish", Map.of()).body()).contains("お知らせを公開しました");
        List<Notice> seen = office.system.notices.publishedNotices(mine.code(), LocalDate.of(2025, 7, 10));
        assertThat(seen).extracting(Notice::title).containsExactly("調査開始のお知らせ");
        long attachment = seen.get(0).attachments().get(0).id();
        var download = admin.download(path + "/attachments/" + attachment);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(InMemoryDocumentStorage.pdf());
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");

        assertThat(admin.submit(path + "/withdraw", Map.of()).body()).contains("お知らせを取り下げました");
        assertThat(office.system.notices.publishedNotices(mine.code(), LocalDate.of(2025, 7, 10))).isEmpty();

        Browser theirs = signedIn(StaffRole.ADMINISTRATOR, THEIRS);
        assertThat(theirs.fetch(path).statusCode()).isEqualTo(404);
        assertThat(theirs.download(path + "/attachments/" + attachment).statusCode()).isEqualTo(404);
        theirs.open("/admin/notices");
        assertThat(theirs.post(path + "/publish", Map.of("_csrf", theirs.csrfToken().orElseThrow()), Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(admin.fetch("/admin/notices/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void aRosterIsPreviewedThenCommittedWithExactlyTheRulesOfImportRoster() {
        Browser admin = signedIn(StaffRole.ADMINISTRATOR, MINE);
        admin.open("/admin/rosters");
        byte[] csv = ("記号,番号,氏名,氏名カナ,生年月日,メールアドレス,事業所\r\n"
                + "10,1,髙橋　一郎,タカハシ　イチロウ,1980/04/01,ichiro@example.jp,本社\r\n"
                + "10,2,山田　花子,ヤマダ　ハナコ,1985/05/05,hanako@example.jp,\r\n").getBytes(WINDOWS_31J);

        String preview = admin.upload("/admin/rosters/preview", Map.of("kind", "MEMBERS", "encoding", "Windows-31J"),
                "被保険者.csv", "text/csv", csv).body();
        assertThat(preview).contains("「被保険者.csv」を取り込んだ場合の件数").containsPattern("新規</th><td>2<");
        assertThat(office.system.members.findByCard(mine.code(), MemberSymbol.parse("10"), MemberNumber.parse("1"))).isEmpty();

        String token = preview.replaceAll("(?s).*name=\"token\" value=\"([A-Za-z0-9_-]{43})\".*", "$1");
        var done = admin.submit("/admin/rosters/commit", Map.of("token", token));
        assertThat(done.body()).contains("「被保険者.csv」を取り込みました（新規 2件、更新 0件、変更なし 0件）");
        assertThat(office.system.members.findByCard(mine.code(), MemberSymbol.parse("10"), MemberNumber.parse("1")))
                .hasValueSatisfying(m -> assertThat(m.name().written()).contains("髙橋"));
        assertThat(office.system.audit.withAction(AuditAction.ROSTER_IMPORTED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("file=被保険者.csv created=2"));
        assertThat(admin.submit("/admin/rosters/commit", Map.of("token", token)).body()).contains("有効期限が切れました");

        byte[] bad = ("記号,番号,氏名,氏名カナ,生年月日,メールアドレス\r\n10,3,鈴木,スズキ,1990/01/01,not-an-address\r\n"
                + "10,x,佐藤,サトウ,1990/13/01,sato@example.jp\r\n").getBytes(WINDOWS_31J);
        String rejected = admin.upload("/admin/rosters/preview", Map.of("kind", "MEMBERS", "encoding", "Windows-31J"),
                "bad.csv", "text/csv", bad).body();
        PageChecks.errorSummaryLinksTo(rejected, "file");
        assertThat(rejected).contains("<th scope=\"row\">2</th><td>メールアドレス</td>").contains("<th scope=\"row\">3</th><td>番号</td>")
                .contains("<th scope=\"row\">3</th><td>生年月日</td>").doesNotContain("name=\"token\"");

        String noHeader = admin.upload("/admin/rosters/preview", Map.of("kind", "DEPENDENTS", "encoding", "UTF-8"),
                "dependents.csv", "text/csv", "記号,番号\n10,1\n".getBytes(StandardCharsets.UTF_8)).body();
        assertThat(noHeader).contains("見出し行に必要な列がありません");

        // A byte that is not UTF-8 far down the file: found while the rows stream through the preview, nothing held.
        byte[] good = "記号,番号,氏名,氏名カナ,生年月日,メールアドレス\n10,5,木村 一,キムラ ハジメ,1990/01/01,kimura@example.jp\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(good, good.length + 20);
        System.arraycopy("10,6,\u6728".getBytes(StandardCharsets.UTF_8), 0, broken, good.length, 7);
        broken[good.length + 7] = (byte) 0xff;
        String unreadable = admin.upload("/admin/rosters/preview", Map.of("kind", "MEMBERS", "encoding", "UTF-8"),
                "broken.csv", "text/csv", broken).body();
        assertThat(unreadable).contains("3行目にUTF-8として読めない文字があります").doesNotContain("name=\"token\"");
        assertThat(office.system.members.findByCard(mine.code(), MemberSymbol.parse("10"), MemberNumber.parse("5"))).isEmpty();
    }

    @Test
    void aSurveyYearWithAPreScreenedListListsUnknownRowsAndThenOpens() {
        var taro = office.system.member(mine, "10", "1", "山田 太郎", "ヤマダ タロウ", LocalDate.of(1980, 4, 1), "taro@example.jp");
        office.system.importDependents.importDependents(new ImportDependentsCommand(MINE, List.of(
                new DependentRosterRow(2, "10", "1", "1", "山田 花子", "ヤマダ ハナコ", "1982/06/15", "妻", "女", "同居", ""),
                new DependentRosterRow(3, "10", "1", "2", "山田 一郎", "ヤマダ イチロウ", "2005/06/01", "長男", "男", "別居", ""))));
        Browser admin = signedIn(StaffRole.ADMINISTRATOR, MINE);
        String form = admin.open("/admin/survey-year").body();
        PageChecks.everyControlIsLabelled(form);
        assertThat(form).contains("2025年度の調査はまだ開始されていません");
        Map<String, String> fields = Map.of("fiscalYear", "2025", "title", "令和7年度 被扶養者資格調査", "opensOn", "2025/07/01",
                "deadline", "2025/08/31", "referenceDate", "", "scope", "LISTED", "age", "", "cutOff", "", "encoding", "UTF-8");

        String rejected = admin.upload("/admin/survey-year", fields, "照会結果.csv", "text/csv",
                "記号,番号,被扶養者番号\n10,1,2\n10,9,1\n".getBytes(StandardCharsets.UTF_8)).body();
        PageChecks.errorSummaryLinksTo(rejected, "file");
        assertThat(rejected).contains("<th scope=\"row\">3</th><td>番号</td><td>この記号・番号の被保険者は登録されていません");
        assertThat(office.system.surveyYears.loadSurveyYear(mine.code(), 2025)).isEmpty();

        var saved = admin.upload("/admin/survey-year", fields, "照会結果.csv", "text/csv",
                "記号,番号,被扶養者番号\n10,1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(saved.body()).contains("2025年度の調査を保存しました").contains("一覧で指定した1人の被扶養者");
        assertThat(office.system.surveyYears.loadSurveyYear(mine.code(), 2025).orElseThrow().scope())
                .isInstanceOf(SurveyScope.Listed.class);
        assertThat(taro).isNotNull();

        String missing = admin.upload("/admin/survey-year", Map.of("fiscalYear", "2025", "title", "", "opensOn", "7月1日",
                "deadline", "2025/08/31", "referenceDate", "", "scope", "AGED", "age", "", "cutOff", "", "encoding", "UTF-8"),
                "empty.csv", "text/csv", new byte[0]).body();
        PageChecks.errorSummaryLinksTo(missing, "opensOn");
        PageChecks.errorSummaryLinksTo(missing, "age");
    }
}
