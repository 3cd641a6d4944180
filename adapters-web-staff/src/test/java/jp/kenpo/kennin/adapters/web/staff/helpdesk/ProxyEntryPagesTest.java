package jp.kenpo.kennin.adapters.web.staff.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.adapters.web.staff.StaffSiteFixture;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.helpdesk.HelpDesk;
import jp.kenpo.kennin.application.helpdesk.ProxyEntryPort.ProxyAction;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.survey.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 代行入力 over HTTP: a paper form typed in by the help desk, under the member's own rules. */
class ProxyEntryPagesTest {
    private final HelpDesk desk = new HelpDesk();
    private final StaffSiteFixture site = StaffSiteFixture.start(List.of(HelpDeskPagesTest.pages(desk)), desk.system.clock);
    private final long taro = desk.omron.taro.id().value();
    private final String wife = Long.toString(desk.wife.id().value());

    @AfterEach
    void stop() {
        site.close();
    }

    private Browser helpDesk() {
        Browser browser = site.browser();
        site.signIn(browser, StaffSiteFixture.staff(StaffRole.HELP_DESK, "omron"));
        return browser;
    }

    @Test
    void answersFromAPaperFormAreSavedAndTheCaseShowsThemAsEnteredByStaff() {
        desk.system.register(desk.omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        Browser browser = helpDesk();
        HttpResponse<String> form = browser.open("/admin/members/" + taro + "/proxy");
        assertThat(form.body()).contains("山田 花子").contains("被保険者との同居・別居").contains("同居している")
                .doesNotContain("山田 一郎");

        HttpResponse<String> saved = browser.submit("/admin/members/" + taro + "/proxy/answers",
                Map.of("dependent", wife, "LIVING", "TOGETHER", "SALARY", "１２００００", "reason", "紙の調査票で回答"));

        assertThat(saved.body()).contains("回答を代行入力しました。").contains("value=\"TOGETHER\" selected");
        assertThat(desk.system.surveyResponses.loadResponse(desk.omron.insurer.code(), 2025, desk.wife.id()).orElseThrow()
                .answers().raw(Question.LIVING)).contains("TOGETHER");
        assertThat(desk.store.proxyEntriesOf(desk.omron.insurer.code(), 2025, desk.omron.taro.id()))
                .extracting(e -> e.action()).containsExactly(ProxyAction.ANSWERS_SAVED);
        assertThat(browser.open("/admin/members/" + taro).body()).contains("が代行入力：回答の入力").contains("紙の調査票で回答");
    }

    @Test
    void aScannedDocumentIsAddedOpenedOnlyUnderItsMemberAndAnIncompleteSurveyIsNotSubmitted() {
        desk.system.register(desk.omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        Browser browser = helpDesk();
        browser.open("/admin/members/" + taro + "/proxy");

        HttpResponse<String> uploaded = browser.upload("/admin/members/" + taro + "/proxy/documents",
                Map.of("dependent", wife, "kind", "HOUSEHOLD_RESIDENCE_CERTIFICATE", "reason", "郵送で届いた住民票"),
                "jyuminhyo.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(uploaded.body()).contains("書類を代行登録しました。");
        assertThat(desk.system.audit.actions()).contains(AuditAction.DOCUMENT_UPLOADED_ON_BEHALF);

        String caseScreen = browser.open("/admin/members/" + taro).body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/admin/members/" + taro + "/documents/([0-9a-f]{32})")
                .matcher(caseScreen);
        assertThat(link.find()).as("a link to the document on the case screen").isTrue();
        HttpResponse<byte[]> document = browser.download(link.group());
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(desk.system.audit.withAction(AuditAction.DOCUMENT_VIEWED)).singleElement()
                .satisfies(e -> assertThat(e.staffId()).isPresent());
        long hanako = desk.omron.hanako().id().value();
        assertThat(browser.fetch("/admin/members/" + hanako + "/documents/" + link.group(1)).statusCode()).isEqualTo(404);
        Browser kobe = site.browser();
        site.signIn(kobe, StaffSiteFixture.staff(StaffRole.ADMINISTRATOR, "kobe"));
        assertThat(kobe.fetch(link.group()).statusCode()).isEqualTo(404);
        Browser hr = site.browser();
        site.signIn(hr, StaffSiteFixture.staff(StaffRole.EMPLOYER_CONTACT, "omron"));
        assertThat(hr.fetch(link.group()).statusCode()).isEqualTo(403);

        HttpResponse<String> submitted = browser.submit("/admin/members/" + taro + "/proxy/submit", Map.of("reason", "紙"));
        assertThat(submitted.body()).contains("提出できません");
        assertThat(desk.system.submissions.all()).isEmpty();
    }

    @Test
    void aMemberWhoNeverRegisteredIsSaidToBeOutOfReachAndAReasonIsRequired() {
        Browser browser = helpDesk();
        assertThat(browser.open("/admin/members/" + taro + "/proxy").body()).contains("利用登録をしていないため");
        desk.system.register(desk.omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        browser.open("/admin/members/" + taro + "/proxy");

        HttpResponse<String> refused = browser.submit("/admin/members/" + taro + "/proxy/answers",
                Map.of("dependent", wife, "LIVING", "TOGETHER", "reason", ""));

        assertThat(refused.body()).contains("対応理由を入力してください。");
        assertThat(desk.system.surveyResponses.loadResponse(desk.omron.insurer.code(), 2025, desk.wife.id())).isEmpty();
    }
}
