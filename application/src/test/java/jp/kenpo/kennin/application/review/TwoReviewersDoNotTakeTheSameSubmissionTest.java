package jp.kenpo.kennin.application.review;

import static jp.kenpo.kennin.application.review.ReviewDesk.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import jp.kenpo.kennin.application.review.ClaimReviewUseCase.ClaimAction;
import jp.kenpo.kennin.application.review.ClaimReviewUseCase.ClaimReviewCommand;
import jp.kenpo.kennin.application.review.ClaimReviewUseCase.ClaimReviewResult;
import jp.kenpo.kennin.application.review.ShowReviewCaseUseCase.ShowReviewCaseCommand;
import jp.kenpo.kennin.application.review.ShowReviewCaseUseCase.ShowReviewCaseResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.audit.AuditAction;
import org.junit.jupiter.api.Test;

/** 佐藤 takes 山田 太郎's submission; 鈴木 is told who has it until 佐藤 lets go. */
class TwoReviewersDoNotTakeTheSameSubmissionTest {
    private final ReviewDesk desk = new ReviewDesk().submitted();
    private final Instant now;

    TwoReviewersDoNotTakeTheSameSubmissionTest() {
        desk.system.reviews.tracked(desk.omron.insurer.code(), 2025, desk.member());
        now = desk.system.clock.instant();
    }

    private ClaimReviewResult claim(SignedInStaff by, ClaimAction action) {
        return desk.claim.claimReview(new ClaimReviewCommand(by, desk.member(), action, CLIENT));
    }

    @Test
    void theFirstReviewerTakesItAndTheSecondIsToldWhoAndSinceWhen() {
        assertThat(claim(desk.sato, ClaimAction.TAKE)).isEqualTo(new ClaimReviewResult.Taken(now));
        desk.system.clock.advance(Duration.ofMinutes(3));

        assertThat(claim(desk.suzuki, ClaimAction.TAKE)).isEqualTo(new ClaimReviewResult.HeldByOther("佐藤 次郎", now));
        assertThat(claim(desk.sato, ClaimAction.TAKE)).as("taking one's own again keeps the time")
                .isEqualTo(new ClaimReviewResult.Taken(now));
        var shown = (ShowReviewCaseResult.Shown) desk.show.showReviewCase(new ShowReviewCaseCommand(desk.suzuki,
                desk.member(), CLIENT));
        assertThat(shown.reviewCase().claimedBy(desk.sato.id())).isTrue();
        assertThat(shown.reviewCase().staffName(shown.reviewCase().claim().orElseThrow().by())).isEqualTo("佐藤 次郎");
    }

    @Test
    void onlyTheHolderLetsGoThenTheOtherMayTakeIt() {
        claim(desk.sato, ClaimAction.TAKE);

        assertThat(claim(desk.suzuki, ClaimAction.RELEASE)).isEqualTo(new ClaimReviewResult.HeldByOther("佐藤 次郎", now));
        assertThat(claim(desk.sato, ClaimAction.RELEASE)).isEqualTo(new ClaimReviewResult.Released());
        assertThat(claim(desk.sato, ClaimAction.RELEASE)).isEqualTo(new ClaimReviewResult.NotHeld());
        assertThat(claim(desk.suzuki, ClaimAction.TAKE)).isEqualTo(new ClaimReviewResult.Taken(now));
        assertThat(desk.system.audit.actions()).filteredOn(a -> a == AuditAction.REVIEW_CLAIMED).hasSize(2);
        assertThat(desk.system.audit.actions()).containsOnlyOnce(AuditAction.REVIEW_RELEASED);
    }

    @Test
    void aMemberWithoutProgressCannotBeTaken() {
        assertThat(desk.claim.claimReview(new ClaimReviewCommand(desk.sato, desk.kobeTaro.id(), ClaimAction.TAKE, CLIENT)))
                .isEqualTo(new ClaimReviewResult.NotFound());
    }
}
