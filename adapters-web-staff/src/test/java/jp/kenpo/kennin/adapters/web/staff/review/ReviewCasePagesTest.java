package jp.kenpo.kennin.adapters.web.staff.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;
import jp.kenpo.kennin.adapters.web.staff.StaffAccess;
import jp.kenpo.kennin.adapters.web.staff.StaffSiteFixture;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.review.ApproveDecisionUseCase;
import jp.kenpo.kennin.application.review.ClaimReviewUseCase;
import jp.kenpo.kennin.application.review.DecideDependentUseCase;
import jp.kenpo.kennin.application.review.RejectDocumentUseCase;
import jp.kenpo.kennin.application.review.RequestExtraDocumentUseCase;
import jp.kenpo.kennin.application.review.SendBackResponseUseCase;
import jp.kenpo.kennin.application.review.ViewDocumentRenditionUseCase.ViewDocumentRenditionCommand;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.review.DecisionOutcome;
import jp.kenpo.kennin.domain.review.DocumentRejectionReason;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The review screen over real HTTP with fake review use cases: what it shows, what each form sends, who may. */
class ReviewCasePagesTest {
    private final FakeReview review = new FakeReview();
    private final StaffSiteFixture site = StaffSiteFixture.start(List.of(new ReviewCasePages(review.useCases(),
            review.renditions(), review.pageCounts(), new ClientAddresses(TrustedProxies.none()))), review.desk.system.clock);
    private final String screen = "/admin/review/members/" + review.taro.value();
    private final long wife = review.desk.wife.id().value();

    @AfterEach
    void stop() {
        site.close();
    }

    private Browser signedIn(SignedInStaff staff) {
        Browser browser = site.browser();
        site.signIn(browser, staff);
        return browser;
    }

    private Browser reviewer() {
        return signedIn(StaffSiteFixture.staff(StaffRole.REVIEWER, "omron"));
    }

    @Test
    void theScreenShowsTheAnswersTheJudgementAndEveryFileInlineAsServerMadeImages() {
        HttpResponse<String> page = reviewer().open(screen);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("山田 太郎").contains("山田 花子")
                // the answers with the member form's labels, amounts in yen; the member's own income
                .contains("被保険者との同居・別居").contains("同居している").contains("1,250,000円").contains("2,000,000円")
                .contains("働いている（パート・アルバイトなど）")
                // the engine's judgement with its reason text from the rules library
                .contains("要確認").contains("健康保険組合で生計維持の状況を確認します")
                // last year's decision and who made it
                .contains("前年度の決定").contains("佐藤 花子が2024/09/01 10:00に決定（2024年度）")
                // files: the photo once, the PDF as one image per page, the rejected one with why
                .contains("<img src=\"" + screen + "/documents/" + FakeReview.PHOTO + "/pages/1\"")
                .contains("<img src=\"" + screen + "/documents/" + FakeReview.PDF + "/pages/1\"")
                .contains("<img src=\"" + screen + "/documents/" + FakeReview.PDF + "/pages/2\"")
                .doesNotContain("/documents/" + FakeReview.PDF + "/pages/3")
                .contains("差し戻した書類：不鮮明（佐藤 花子、2025/07/20 09:30）")
                // zoom and rotate come from a static script; no inline script
                .contains("<script src=\"/admin/assets/review.js\" defer></script>").doesNotContain("<script>")
                .contains("data-doc-action=\"rotate\"")
                // every removal and file-rejection reason as a choice
                .contains("収入超過").contains("75歳到達").contains("マイナンバーが写っている").contains("一部が切れている")
                .contains("action=\"" + screen + "/continue\"").contains("action=\"" + screen + "/remove\"")
                .contains("action=\"" + screen + "/send-back\"").contains("action=\"" + screen + "/extra-document\"")
                .contains("action=\"" + screen + "/reject-file\"").contains("action=\"" + screen + "/take\"");
    }

    @Test
    void aPageImageIsServedAsAnImageThatIsNeverCachedOrSniffed() {
        Browser browser = reviewer();

        HttpResponse<byte[]> png = browser.download(screen + "/documents/" + FakeReview.PDF + "/pages/2");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(png.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(png.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(png.body()).isEqualTo(FakeReview.PNG);
        HttpResponse<byte[]> jpeg = browser.download(screen + "/documents/" + FakeReview.PHOTO + "/pages/1");
        assertThat(jpeg.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(review.commands).filteredOn(ViewDocumentRenditionCommand.class::isInstance)
                .extracting(c -> ((ViewDocumentRenditionCommand) c).page()).containsExactly(2, 1);

        assertThat(browser.download(screen + "/documents/" + FakeReview.PDF + "/pages/3").statusCode()).isEqualTo(404);
        assertThat(browser.download(screen + "/documents/" + FakeReview.PDF + "/pages/0").statusCode()).isEqualTo(404);
        assertThat(browser.download(screen + "/documents/not-a-key/pages/1").statusCode()).isEqualTo(404);
        assertThat(browser.download(screen + "/documents/" + FakeReview.OLD_PHOTO + "/pages/1").statusCode()).isEqualTo(422);
    }

    @Test
    void eachDecisionFormPostsItsCommandAndComesBackWithItsMessage() {
        Browser browser = reviewer();
        browser.open(screen);

        assertThat(browser.submit(screen + "/continue", Map.of("dependent", Long.toString(wife))).body())
                .contains("継続と決定しました（確認完了）。");
        assertThat(review.commands.get(review.commands.size() - 1)).isInstanceOfSatisfying(
                DecideDependentUseCase.DecideDependentCommand.class, c -> {
                    assertThat(c.outcome()).isEqualTo(DecisionOutcome.CONTINUE);
                    assertThat(c.dependent().value()).isEqualTo(wife);
                });

        review.pendingRemovalBy(new jp.kenpo.kennin.domain.staff.StaffId(1));
        review.next = new DecideDependentUseCase.DecideDependentResult.Decided(review.decision.orElseThrow(), false);
        review.decision = java.util.Optional.empty();
        assertThat(browser.submit(screen + "/remove", Map.of("dependent", Long.toString(wife), "lossDate", "2025/04/01",
                "reason", "INCOME_OVER_LIMIT")).body()).contains("削除と決定しました。別の審査担当の承認を待っています。");
        assertThat(review.commands.get(review.commands.size() - 1)).isInstanceOfSatisfying(
                DecideDependentUseCase.DecideDependentCommand.class, c -> {
                    assertThat(c.lossDate()).isEqualTo("2025/04/01");
                    assertThat(c.reason()).contains(RemovalReason.INCOME_OVER_LIMIT);
                });

        assertThat(browser.submit(screen + "/send-back", Map.of("dependent", Long.toString(wife), "message", "給与明細を3か月分"))
                .body()).contains("回答を差し戻しました。加入者にメールで知らせました。");
        assertThat(review.commands.get(review.commands.size() - 1)).isInstanceOfSatisfying(
                SendBackResponseUseCase.SendBackResponseCommand.class, c -> assertThat(c.message()).isEqualTo("給与明細を3か月分"));

        assertThat(browser.submit(screen + "/extra-document", Map.of("dependent", Long.toString(wife), "kind",
                DocumentKind.values()[1].name(), "note", "直近3か月分")).body()).contains("追加の書類を依頼しました。");
        assertThat(review.commands.get(review.commands.size() - 1)).isInstanceOfSatisfying(
                RequestExtraDocumentUseCase.RequestExtraDocumentCommand.class, c -> {
                    assertThat(c.kind()).isEqualTo(DocumentKind.values()[1]);
                    assertThat(c.note()).isEqualTo("直近3か月分");
                });

        assertThat(browser.submit(screen + "/reject-file", Map.of("document", FakeReview.PHOTO.value(), "reason",
                "SHOWS_MY_NUMBER", "message", "マイナンバーを隠して撮り直してください")).body())
                .contains("書類を差し戻し、回答を差し戻しました。");
        assertThat(review.commands.get(review.commands.size() - 1)).isInstanceOfSatisfying(
                RejectDocumentUseCase.RejectDocumentCommand.class, c -> {
                    assertThat(c.file()).isEqualTo(FakeReview.PHOTO);
                    assertThat(c.reason()).isEqualTo(DocumentRejectionReason.SHOWS_MY_NUMBER);
                    assertThat(c.message()).contains("マイナンバーを隠して撮り直してください");
                });

        assertThat(browser.submit(screen + "/take", Map.of()).body()).contains("この加入者の担当になりました。");
        review.next = new ClaimReviewUseCase.ClaimReviewResult.HeldByOther("佐藤 花子", java.time.Instant.parse(
                "2025-07-22T01:00:00Z"));
        assertThat(browser.submit(screen + "/take", Map.of()).body()).contains("佐藤 花子 が担当中です（2025/07/22 10:00から）。");
        review.next = new ClaimReviewUseCase.ClaimReviewResult.Released();
        assertThat(browser.submit(screen + "/release", Map.of()).body()).contains("担当を外れました。");
    }

    @Test
    void aRefusedRemovalShowsTheScreenAgainWithTheErrorSummaryAndWhatWasTyped() {
        Browser browser = reviewer();
        browser.open(screen);
        review.next = new DecideDependentUseCase.DecideDependentResult.Invalid("review.decision.lossDateInvalid");

        HttpResponse<String> refused = browser.submit(screen + "/remove", Map.of("dependent", Long.toString(wife),
                "lossDate", "4月1日", "reason", "MARRIED"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("入力内容に誤りがあります")
                .contains("<a href=\"#loss-date-" + wife + "\">資格喪失日は YYYY/MM/DD の形で入力してください。</a>")
                .contains("value=\"4月1日\"").contains("<option value=\"MARRIED\" selected>");

        HttpResponse<String> noReason = browser.submit(screen + "/reject-file", Map.of("document", FakeReview.PDF.value()));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("<a href=\"#reject-reason-" + FakeReview.PDF + "\">書類を差し戻す理由を選んでください。</a>");
    }

    @Test
    void aPendingDecisionIsApprovedOrReturnedByAnotherReviewerButNotOfferedToItsDecider() {
        SignedInStaff decider = StaffSiteFixture.staff(StaffRole.REVIEWER, "omron");
        review.pendingRemovalBy(decider.id());

        Browser own = signedIn(decider);
        assertThat(own.open(screen).body()).contains("あなたの決定です。別の審査担当が承認します。")
                .doesNotContain("action=\"" + screen + "/approve\"").contains("承認待ち");

        Browser second = reviewer();
        assertThat(second.open(screen).body()).contains("action=\"" + screen + "/approve\"")
                .contains("action=\"" + screen + "/return-to-decider\"");
        review.next = new ApproveDecisionUseCase.ApproveDecisionResult.Approved(review.decision.orElseThrow(), true);
        assertThat(second.submit(screen + "/approve", Map.of("dependent", Long.toString(wife))).body())
                .contains("決定を承認しました。すべての被扶養者の結果を知らせるメールを送信待ちに入れました（順に送信されます）。");
        assertThat(second.submit(screen + "/return-to-decider", Map.of("dependent", Long.toString(wife))).body())
                .contains("決定を承認せずに戻しました。");
        review.next = new ApproveDecisionUseCase.ApproveDecisionResult.OwnDecision();
        assertThat(own.submit(screen + "/approve", Map.of("dependent", Long.toString(wife))).body())
                .contains("自分の決定は承認できません。");
    }

    @Test
    void rolesWithoutReviewAreRefusedAndAnotherInsurersStaffFindNothing() {
        assertThat(site.site().routes()).filteredOn(r -> r.path().startsWith("/admin/review/members")).hasSize(11)
                .allSatisfy(r -> assertThat(r.access()).isNotIn(StaffAccess.PUBLIC, StaffAccess.SIGNED_IN));
        Browser helpDesk = signedIn(StaffSiteFixture.staff(StaffRole.HELP_DESK, "omron"));
        assertThat(helpDesk.fetch(screen).statusCode()).isEqualTo(403);
        helpDesk.open("/admin");
        assertThat(helpDesk.post(screen + "/continue", Map.of("_csrf", helpDesk.csrfToken().orElse(""), "dependent",
                Long.toString(wife)), Map.of()).statusCode()).isEqualTo(403);
        Browser hr = signedIn(StaffSiteFixture.staff(StaffRole.EMPLOYER_CONTACT, "omron"));
        assertThat(hr.download(screen + "/documents/" + FakeReview.PHOTO + "/pages/1").statusCode()).isEqualTo(403);

        Browser kobe = signedIn(StaffSiteFixture.staff(StaffRole.ADMINISTRATOR, "kobe"));
        assertThat(kobe.fetch(screen).statusCode()).isEqualTo(404);
        assertThat(kobe.download(screen + "/documents/" + FakeReview.PHOTO + "/pages/1").statusCode()).isEqualTo(404);
        int before = review.commands.size();
        kobe.open("/admin");
        assertThat(kobe.post(screen + "/reject-file", Map.of("_csrf", kobe.csrfToken().orElse(""), "document",
                FakeReview.PHOTO.value()), Map.of()).statusCode()).isEqualTo(404);
        assertThat(review.commands).hasSize(before);
    }
}
