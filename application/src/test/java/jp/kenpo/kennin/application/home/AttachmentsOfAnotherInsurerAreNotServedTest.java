package jp.kenpo.kennin.application.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.insurer.NoticePort.AttachmentContent;
import jp.kenpo.kennin.application.insurer.NoticePort.NewAttachment;
import jp.kenpo.kennin.application.insurer.PostNoticeUseCase.PostNoticeCommand;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import org.junit.jupiter.api.Test;

class AttachmentsOfAnotherInsurerAreNotServedTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;
    private final Account taro = system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

    private long postWithAttachment(String insurer, String fileName) {
        byte[] pdf = ("%PDF " + fileName).getBytes(StandardCharsets.US_ASCII);
        system.postNotice.postNotice(new PostNoticeCommand(insurer, "操作マニュアル", "", LocalDate.of(2025, 7, 1),
                List.of(new NewAttachment(fileName, "application/pdf", pdf))));
        return system.notices.publishedNotices(new InsurerCode(insurer), LocalDate.of(2025, 7, 1))
                .get(0).attachments().get(0).id();
    }

    @Test
    void theMembersInsurersManualIsDownloadedAndAudited() {
        long manual = postWithAttachment("omron", "manual.pdf");

        AttachmentContent content = system.downloadNoticeAttachment.downloadAttachment(taro.id(), manual, ClientAddress.local())
                .orElseThrow();

        assertThat(content.fileName()).isEqualTo("manual.pdf");
        assertThat(content.contentType()).isEqualTo("application/pdf");
        assertThat(new String(content.content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF manual.pdf");
        assertThat(system.audit.last().action()).isEqualTo(AuditAction.NOTICE_ATTACHMENT_DOWNLOADED);
        assertThat(system.audit.last().detail()).contains(Long.toString(manual));
    }

    @Test
    void anotherInsurersAttachmentIsNotFoundForThisMember() {
        system.insurer("hitachi", "日立健康保険組合", 2025);
        long theirs = postWithAttachment("hitachi", "hitachi-only.pdf");

        assertThat(system.downloadNoticeAttachment.downloadAttachment(taro.id(), theirs, ClientAddress.local())).isEmpty();
        assertThat(system.audit.actions()).doesNotContain(AuditAction.NOTICE_ATTACHMENT_DOWNLOADED);
    }
}
