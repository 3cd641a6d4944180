package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey over real HTTP with the production wiring (demo survey of dependents aged 18+, 基準日
 * 2026-11-24): 検認 一郎 answers for his son of 20, a student lodging near school to whom he sends
 * money, and for his wife who lives with him, and declares that his elder daughter married.
 */
class SurveyFormJourneyTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    private static final Pattern LINK = Pattern.compile("<a href=\"/survey/dependents/(\\d+)\">([^<]+)</a>");

    @TempDir
    Path dataDir;

    private OnboardingSystem system;
    private Browser browser;

    @BeforeEach
    void start() {
        system = new OnboardingSystem(dataDir, mail);
        browser = system.browser();
        var ichiro = system.addMember("12", "4321", "検認　一郎", "ケンニン イチロウ", "1985/04/01", "ichiro.kennin@example.com");
        ImportRosterResult imported = system.wiring.importDependents(new ImportDependentsCommand(OnboardingSystem.INSURER, List.of(
                new DependentRosterRow(2, "12", "4321", "1", "検認　花子", "ケンニン ハナコ", "1988/03/03", "妻", "女", "同居", ""),
                new DependentRosterRow(3, "12", "4321", "2", "検認　太郎", "ケンニン タロウ", "2006/06/01", "長男", "男", "別居", ""),
                new DependentRosterRow(4, "12", "4321", "3", "検認　桜", "ケンニン サクラ", "2004/01/01", "長女", "女", "同居", ""))));
        assertThat(imported).isInstanceOf(ImportRosterResult.Imported.class);
        system.registerAndLogIn(browser, ichiro, "ichiro-2026", "Kennin#2026");
    }

    @AfterEach
    void stop() {
        system.close();
    }

    /** Form paths of the dependents the main screen lists, by name. */
    private Map<String, String> formsOnTheMainScreen() {
        Map<String, String> forms = new HashMap<>();
        Matcher m = LINK.matcher(browser.open("/home").body());
        while (m.find()) {
            forms.put(m.group(2), "/survey/dependents/" + m.group(1));
        }
        return forms;
    }

    @Test
    void aMemberAnswersForEachDependentStepByStepAndSeesTheJudgementAndChecklist() {
        Map<String, String> forms = formsOnTheMainScreen();
        assertThat(forms).containsOnlyKeys("検認　花子（妻）", "検認　太郎（長男）", "検認　桜（長女）");
        assertThat(browser.open("/home").body()).contains(">未着手</strong>", "対象の被扶養者 3人中 0人 完了");

        String son = forms.get("検認　太郎（長男）");
        String first = browser.open(son).body();
        assertThat(first).contains("検認　太郎", "次の質問に回答すると").doesNotContain("仕送り額");

        String afterLiving = browser.submit(son, Map.of("LIVING", "APART_FOR_SCHOOL", "SITUATION", "STUDENT")).body();
        assertThat(afterLiving).contains("回答を一時保存しました。", "被保険者からの仕送り額");

        String answered = browser.submit(son, Map.ofEntries(Map.entry("LIVING", "APART_FOR_SCHOOL"), Map.entry("SITUATION", "STUDENT"),
                Map.entry("RESIDENCE", "IN_JAPAN"), Map.entry("SALARY", "１，０００，０００円"), Map.entry("EMPLOYMENT_CHANGED", "no"),
                Map.entry("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING"), Map.entry("OTHER_HEALTH_INSURANCE", "no"),
                Map.entry("DISABLED", "no"), Map.entry("REMITTANCE", "120万"))).body();
        assertThat(answered).contains("見込み：継続可", "在学証明書または学生証（両面）", "仕送りの証明", "課税（非課税）証明書・所得証明書",
                "href=\"" + son + "/documents\"");

        String wife = forms.get("検認　花子（妻）");
        String together = browser.submit(wife, Map.of("LIVING", "TOGETHER")).body();
        assertThat(together).contains("被保険者（あなた）ご自身の今後1年間の収入見込み").doesNotContain("仕送り額");
        String wifeAnswered = browser.submit(wife, Map.ofEntries(Map.entry("LIVING", "TOGETHER"), Map.entry("RESIDENCE", "IN_JAPAN"),
                Map.entry("SITUATION", "WORKING_UNDER_THE_LIMIT"), Map.entry("SALARY", "900,000"),
                Map.entry("EMPLOYMENT_CHANGED", "no"), Map.entry("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING"),
                Map.entry("OTHER_HEALTH_INSURANCE", "no"), Map.entry("DISABLED", "no"), Map.entry("MEMBER_INCOME", "6000000"))).body();
        assertThat(wifeAnswered).contains("見込み：継続可", "課税（非課税）証明書・所得証明書");

        String daughter = forms.get("検認　桜（長女）");
        browser.open(daughter);
        String check = browser.submit(daughter + "/no-longer-eligible", Map.of("since", "2026/10/01",
                "reason", "MARRIED")).body();
        // Nothing is declared before the member has seen the day and reason as read.
        assertThat(check).contains("扶養から外れる届出の確認", "2026年10月1日", "結婚した");
        assertThat(browser.open(daughter).body()).doesNotContain("資格喪失の手続き");
        browser.open(daughter + "/no-longer-eligible");
        String declared = browser.submit(daughter + "/no-longer-eligible", Map.of("since", "2026-10-01", "reason", "MARRIED",
                "confirmed", "yes")).body();
        assertThat(declared).contains("資格喪失の手続き", "被扶養者異動届", "結婚した").doesNotContain("提出が必要な書類");

        // The son and the wife are answered but their documents are not uploaded; the daughter's declaration needs none.
        String home = browser.open("/home").body();
        assertThat(home).contains("対象の被扶養者 3人中 1人 完了", ">提出できます</strong>", ">書類不足</strong>",
                        "class=\"button primary\" href=\"" + wife + "/documents\">検認　花子さんの書類を提出する</a>")
                .doesNotContain(">未着手</strong>", ">入力中</strong>");
    }

    @Test
    void anotherMembersDependentIsNotFound() {
        // The demo families were imported before this member's, so dependent 1 belongs to someone else.
        assertThat(formsOnTheMainScreen().values()).doesNotContain("/survey/dependents/1");
        assertThat(browser.fetch("/survey/dependents/1").statusCode()).isEqualTo(404);
    }
}
