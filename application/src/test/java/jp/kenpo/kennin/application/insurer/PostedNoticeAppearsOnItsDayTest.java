package jp.kenpo.kennin.application.insurer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.insurer.PostNoticeUseCase.PostNoticeCommand;
import jp.kenpo.kennin.application.insurer.PostNoticeUseCase.PostNoticeResult;
import jp.kenpo.kennin.domain.notice.Notice;
import org.junit.jupiter.api.Test;

class PostedNoticeAppearsOnItsDayTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    private PostNoticeResult post(String insurer, String title, LocalDate on) {
        return system.postNotice.postNotice(new PostNoticeCommand(insurer, title, "本文", on, List.of()));
    }

    @Test
    void aNoticeWithoutADateIsPublishedTodayInTokyo() {
        system.clock.set(Instant.parse("2025-07-09T15:30:00Z"));

        PostNoticeResult result = post("omron", "システム操作マニュアル", null);

        assertThat(result).isInstanceOf(PostNoticeResult.Posted.class);
        assertThat(system.notices.publishedNotices(omron.insurer.code(), LocalDate.of(2025, 7, 10)))
                .singleElement().satisfies(n -> {
                    assertThat(n.id()).isEqualTo(((PostNoticeResult.Posted) result).noticeId());
                    assertThat(n.publishedOn()).isEqualTo(LocalDate.of(2025, 7, 10));
                    assertThat(n.body()).isEqualTo("本文");
                });
    }

    @Test
    void aDatedNoticeKeepsItsDate() {
        post("omron", "よくあるご質問", LocalDate.of(2025, 8, 1));

        assertThat(system.notices.publishedNotices(omron.insurer.code(), LocalDate.of(2025, 8, 1)))
                .extracting(Notice::publishedOn).containsExactly(LocalDate.of(2025, 8, 1));
    }

    @Test
    void untitledNoticesAndUnknownInsurersAreRefused() {
        assertThat(post("omron", " ", null)).isEqualTo(new PostNoticeResult.Invalid("notice.title.invalid"));
        assertThat(post("nobody", "お知らせ", null)).isEqualTo(new PostNoticeResult.UnknownInsurer());
        assertThat(system.notices.publishedNotices(omron.insurer.code(), LocalDate.of(2099, 1, 1))).isEmpty();
    }
}
