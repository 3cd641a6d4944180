package jp.kenpo.kennin.application.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.home.ShowMainScreenUseCase.MainScreen;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearCommand;
import jp.kenpo.kennin.application.insurer.PostNoticeUseCase.PostNoticeCommand;
import jp.kenpo.kennin.application.insurer.PublishTermsUseCase.PublishTermsCommand;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.notice.Notice;
import org.junit.jupiter.api.Test;

class MainScreenShowsTheMembersOwnDataTest {
    private static final ClientAddress FROM = new ClientAddress("203.0.113.9");
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;
    private final Account taro = system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

    private MainScreen show() {
        return system.showMainScreen.showMainScreen(taro.id(), FROM).orElseThrow();
    }

    private void post(String insurer, String title, LocalDate on) {
        system.postNotice.postNotice(new PostNoticeCommand(insurer, title, "", on, List.of()));
    }

    @Test
    void nameInsurerMaskedAddressAndContactAreTheMembers() {
        MainScreen screen = show();

        assertThat(screen.memberName()).isEqualTo("山田 太郎");
        assertThat(screen.memberNameKana()).isEqualTo("ヤマダ タロウ");
        assertThat(screen.insurerName()).isEqualTo("オムロン健康保険組合");
        assertThat(screen.maskedEmail()).isEqualTo("ta※※※※※※※※※@omron.example.co.jp");
        assertThat(screen.contact()).isEqualTo(omron.insurer.contact());
        assertThat(screen.mustAcceptTerms()).isFalse();
    }

    @Test
    void viewingPersonalDataIsAudited() {
        show();

        assertThat(system.audit.last().action()).isEqualTo(AuditAction.MAIN_SCREEN_VIEWED);
        assertThat(system.audit.last().accountId()).contains(taro.id().value());
        assertThat(system.audit.last().clientAddress()).isEqualTo("203.0.113.9");
    }

    @Test
    void noticesAppearOnTheirDayInTokyoNewestFirstAndOnlyTheInsurersOwn() {
        system.insurer("hitachi", "日立健康保険組合", 2025);
        post("omron", "操作マニュアル", LocalDate.of(2025, 7, 1));
        post("omron", "よくあるご質問", LocalDate.of(2025, 7, 11));
        post("hitachi", "他組合のお知らせ", LocalDate.of(2025, 7, 1));

        assertThat(show().notices()).extracting(Notice::title).containsExactly("操作マニュアル");

        system.clock.set(Instant.parse("2025-07-10T15:00:00Z"));
        assertThat(show().notices()).extracting(Notice::title).containsExactly("よくあるご質問", "操作マニュアル");
    }

    @Test
    void unacceptedTermsAreFlagged() {
        system.publishTerms.publishTerms(new PublishTermsCommand("omron", "第1条"));

        assertThat(show().mustAcceptTerms()).isTrue();
    }

    @Test
    void lastYearsAccountHasNoMainScreen() {
        system.openSurveyYear.openSurveyYear(new OpenSurveyYearCommand("omron", 2026, "令和8年度", LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 9)));
        system.clock.advance(Duration.ofDays(365));

        assertThat(system.showMainScreen.showMainScreen(taro.id(), FROM)).isEmpty();
        assertThat(system.audit.actions()).doesNotContain(AuditAction.MAIN_SCREEN_VIEWED);
    }

    @Test
    void anUnknownAccountHasNoMainScreen() {
        assertThat(system.showMainScreen.showMainScreen(new AccountId(404), FROM)).isEmpty();
    }
}
