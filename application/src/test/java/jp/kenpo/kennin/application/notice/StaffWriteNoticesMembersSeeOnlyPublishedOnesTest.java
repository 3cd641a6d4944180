package jp.kenpo.kennin.application.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.kenpo.kennin.application.BackOfficeSetup;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.fakes.InMemoryDocumentStorage;
import jp.kenpo.kennin.application.notice.AttachNoticeFileUseCase.AttachNoticeFileCommand;
import jp.kenpo.kennin.application.notice.AttachNoticeFileUseCase.AttachNoticeFileResult;
import jp.kenpo.kennin.application.notice.ChangeNoticeStateUseCase.Change;
import jp.kenpo.kennin.application.notice.ChangeNoticeStateUseCase.ChangeNoticeStateCommand;
import jp.kenpo.kennin.application.notice.ChangeNoticeStateUseCase.ChangeNoticeStateResult;
import jp.kenpo.kennin.application.notice.CreateNoticeUseCase.CreateNoticeCommand;
import jp.kenpo.kennin.application.notice.CreateNoticeUseCase.CreateNoticeResult;
import jp.kenpo.kennin.application.notice.EditNoticeUseCase.EditNoticeCommand;
import jp.kenpo.kennin.application.notice.EditNoticeUseCase.EditNoticeResult;
import jp.kenpo.kennin.application.notice.RemoveNoticeAttachmentUseCase.RemoveNoticeAttachmentCommand;
import jp.kenpo.kennin.application.notice.RemoveNoticeAttachmentUseCase.RemoveNoticeAttachmentResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.notice.Notice;
import jp.kenpo.kennin.domain.notice.NoticeState;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

class StaffWriteNoticesMembersSeeOnlyPublishedOnesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 10);

    private final BackOfficeSetup office = new BackOfficeSetup();
    private final Insurer omron = office.system.insurer("omron", "オムロン健康保険組合", 2025);
    private final Insurer other = office.system.insurer("other", "他の健康保険組合", 2025);
    private final SignedInStaff admin = office.administrator(omron);
    private final SignedInStaff otherAdmin = office.administrator(other);

    private long draft(String title) {
        return ((CreateNoticeResult.Created) office.createNotice.createNotice(
                new CreateNoticeCommand(admin, title, "本文", null, ClientAddress.local()))).noticeId();
    }

    private ChangeNoticeStateResult change(SignedInStaff actor, long id, Change change) {
        return office.changeNoticeState.changeNoticeState(new ChangeNoticeStateCommand(actor, id, change, ClientAddress.local()));
    }

    private AttachNoticeFileResult attach(SignedInStaff actor, long id, String name, byte[] content) {
        return office.attachNoticeFile.attachNoticeFile(new AttachNoticeFileCommand(actor, id, name, "application/pdf", content,
                ClientAddress.local()));
    }

    private java.util.List<String> membersSee() {
        return office.system.notices.publishedNotices(omron.code(), TODAY).stream().map(Notice::title).toList();
    }

    @Test
    void aDraftIsPublishedThenWithdrawnAndMembersSeeItOnlyInBetween() {
        long id = draft("調査開始のお知らせ");
        long attachment = ((AttachNoticeFileResult.Attached) attach(admin, id, "操作マニュアル.pdf", InMemoryDocumentStorage.pdf()))
                .attachmentId();
        assertThat(membersSee()).isEmpty();
        assertThat(office.system.notices.loadAttachment(omron.code(), attachment)).isEmpty();

        assertThat(change(admin, id, Change.PUBLISH)).isEqualTo(new ChangeNoticeStateResult.Changed());
        assertThat(membersSee()).containsExactly("調査開始のお知らせ");
        assertThat(office.system.notices.loadAttachment(omron.code(), attachment)).hasValueSatisfying(a -> {
            assertThat(a.fileName()).isEqualTo("操作マニュアル.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
        });

        assertThat(change(admin, id, Change.WITHDRAW)).isEqualTo(new ChangeNoticeStateResult.Changed());
        assertThat(membersSee()).isEmpty();
        assertThat(office.system.notices.loadAttachment(omron.code(), attachment)).isEmpty();
        assertThat(office.noticeQueries.showNotice(admin, id)).hasValueSatisfying(n -> assertThat(n.state()).isEqualTo(NoticeState.WITHDRAWN));
        assertThat(office.system.audit.actions()).containsSubsequence(AuditAction.NOTICE_CREATED, AuditAction.NOTICE_ATTACHMENT_ADDED,
                AuditAction.NOTICE_PUBLISHED, AuditAction.NOTICE_WITHDRAWN);
    }

    @Test
    void aWithdrawnNoticeStaysWithdrawn() {
        long id = draft("旧いお知らせ");
        change(admin, id, Change.PUBLISH);
        change(admin, id, Change.WITHDRAW);

        assertThat(change(admin, id, Change.PUBLISH)).isEqualTo(new ChangeNoticeStateResult.NotAllowed());
        assertThat(office.editNotice.editNotice(new EditNoticeCommand(admin, id, "新", "", TODAY, ClientAddress.local())))
                .isEqualTo(new EditNoticeResult.Withdrawn());
        assertThat(attach(admin, id, "a.pdf", InMemoryDocumentStorage.pdf())).isEqualTo(new AttachNoticeFileResult.NotFound());
    }

    @Test
    void anEditChangesTitleBodyAndDay() {
        long id = draft("仮題");

        assertThat(office.editNotice.editNotice(new EditNoticeCommand(admin, id, " 本題 ", "本文です。", TODAY.plusDays(5),
                ClientAddress.local()))).isEqualTo(new EditNoticeResult.Edited());

        Notice notice = office.noticeQueries.showNotice(admin, id).orElseThrow().notice();
        assertThat(notice.title()).isEqualTo("本題");
        assertThat(notice.body()).isEqualTo("本文です。");
        assertThat(notice.publishedOn()).isEqualTo(TODAY.plusDays(5));
        assertThat(office.editNotice.editNotice(new EditNoticeCommand(admin, id, "", "", TODAY, ClientAddress.local())))
                .isEqualTo(new EditNoticeResult.Invalid("notice.title.invalid"));
        assertThat(office.editNotice.editNotice(new EditNoticeCommand(admin, id, "題", "", null, ClientAddress.local())))
                .isEqualTo(new EditNoticeResult.Invalid("notice.publishedOn.invalid"));
    }

    @Test
    void anotherInsurersStaffFindNothingAndChangeNothing() {
        long id = draft("組合内のお知らせ");
        long attachment = ((AttachNoticeFileResult.Attached) attach(admin, id, "a.pdf", InMemoryDocumentStorage.pdf())).attachmentId();

        assertThat(office.noticeQueries.listNotices(otherAdmin)).isEmpty();
        assertThat(office.noticeQueries.showNotice(otherAdmin, id)).isEmpty();
        assertThat(office.noticeQueries.openNoticeAttachment(otherAdmin, attachment)).isEmpty();
        assertThat(change(otherAdmin, id, Change.PUBLISH)).isEqualTo(new ChangeNoticeStateResult.NotFound());
        assertThat(office.editNotice.editNotice(new EditNoticeCommand(otherAdmin, id, "改ざん", "", TODAY, ClientAddress.local())))
                .isEqualTo(new EditNoticeResult.NotFound());
        assertThat(attach(otherAdmin, id, "b.pdf", InMemoryDocumentStorage.pdf())).isEqualTo(new AttachNoticeFileResult.NotFound());
        assertThat(office.removeNoticeAttachment.removeNoticeAttachment(new RemoveNoticeAttachmentCommand(otherAdmin, id,
                attachment, ClientAddress.local()))).isEqualTo(new RemoveNoticeAttachmentResult.NotFound());
        assertThat(office.noticeQueries.showNotice(admin, id).orElseThrow().state()).isEqualTo(NoticeState.DRAFT);
        assertThat(office.noticeQueries.showNotice(admin, id).orElseThrow().notice().attachments()).hasSize(1);
    }

    @Test
    void attachmentsAreCheckedLikeMembersUploadsAndRefusalsAreAudited() {
        long id = draft("Q&A");

        assertThat(attach(admin, id, "qa.pdf", "これはテキストです".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new AttachNoticeFileResult.Refused("document.unsupportedType"));
        assertThat(attach(admin, id, "qa.pdf", new byte[0])).isEqualTo(new AttachNoticeFileResult.Refused("document.empty"));
        assertThat(attach(admin, id, "qa.pdf", new byte[(int) BackOfficeSetup.MAX_ATTACHMENT_BYTES + 1]))
                .isEqualTo(new AttachNoticeFileResult.Refused("document.tooLarge"));
        assertThat(attach(admin, id, "改行\n.pdf", InMemoryDocumentStorage.pdf()))
                .isEqualTo(new AttachNoticeFileResult.Refused("notice.attachment.nameInvalid"));
        assertThat(office.noticeQueries.showNotice(admin, id).orElseThrow().notice().attachments()).isEmpty();
        assertThat(office.system.audit.withAction(AuditAction.NOTICE_ATTACHMENT_REJECTED)).hasSize(4);
        assertThat(office.system.storage.files()).isZero();
    }

    @Test
    void theNameKeptIsTheLastPartOfWhatTheBrowserSentAndTheTypeTheContentsOwn() {
        long id = draft("写真");

        long attachment = ((AttachNoticeFileResult.Attached) office.attachNoticeFile.attachNoticeFile(new AttachNoticeFileCommand(
                admin, id, "C:\\Users\\kenpo\\会場地図.jpg", "text/plain", InMemoryDocumentStorage.jpeg(), ClientAddress.local())))
                .attachmentId();

        assertThat(office.noticeQueries.openNoticeAttachment(admin, attachment)).hasValueSatisfying(a -> {
            assertThat(a.fileName()).isEqualTo("会場地図.jpg");
            assertThat(a.contentType()).isEqualTo("image/jpeg");
        });
        assertThat(office.removeNoticeAttachment.removeNoticeAttachment(new RemoveNoticeAttachmentCommand(admin, id, attachment,
                ClientAddress.local()))).isEqualTo(new RemoveNoticeAttachmentResult.Removed());
        assertThat(office.noticeQueries.openNoticeAttachment(admin, attachment)).isEmpty();
    }

    @Test
    void theHelpDeskMayNotManageNotices() {
        SignedInStaff helpDesk = office.staff(omron, StaffRole.HELP_DESK);

        assertThatThrownBy(() -> office.noticeQueries.listNotices(helpDesk)).isInstanceOf(StaffMayNot.class);
        assertThatThrownBy(() -> office.createNotice.createNotice(new CreateNoticeCommand(helpDesk, "t", "", null,
                ClientAddress.local()))).isInstanceOf(StaffMayNot.class);
    }
}
