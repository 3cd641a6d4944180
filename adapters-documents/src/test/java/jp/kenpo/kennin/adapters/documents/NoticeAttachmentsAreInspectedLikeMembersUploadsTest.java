package jp.kenpo.kennin.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.fakes.InMemoryNotices;
import jp.kenpo.kennin.application.fakes.RecordingAuditLog;
import jp.kenpo.kennin.application.notice.AttachNoticeFileService;
import jp.kenpo.kennin.application.notice.AttachNoticeFileUseCase.AttachNoticeFileCommand;
import jp.kenpo.kennin.application.notice.AttachNoticeFileUseCase.AttachNoticeFileResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 管理者 attaching the manual to a notice goes through the real inspection members' uploads get:
 * a decompression bomb, a file whose content is not what its name says and an encrypted PDF are
 * refused with their own reason, nothing is left on disk, and a genuine manual is kept as a PDF.
 */
class NoticeAttachmentsAreInspectedLikeMembersUploadsTest {
    private static final InsurerCode OMRON = new InsurerCode("omron");
    private static final long MAX = 20L * 1024 * 1024;

    @TempDir
    Path root;

    private final InMemoryNotices notices = new InMemoryNotices();
    private final SignedInStaff admin = new SignedInStaff(new StaffId(1), LoginName.parse("admin"), StaffRole.ADMINISTRATOR,
            Optional.of(OMRON), Optional.empty());
    private AttachNoticeFileService attach;
    private long notice;

    @BeforeEach
    void aDraftNotice() {
        Clock clock = Clock.fixed(Instant.parse("2025-07-10T01:00:00Z"), ZoneOffset.UTC);
        attach = new AttachNoticeFileService(notices, new FileSystemDocumentStorage(root, new DocumentLimits(MAX, 50_000_000L, 500)),
                MAX, new RecordingAuditLog(), clock);
        notice = notices.createDraft(OMRON, "操作マニュアル", "", java.time.LocalDate.of(2025, 7, 10), clock.instant());
    }

    private AttachNoticeFileResult attach(String name, byte[] content) {
        return attach.attachNoticeFile(new AttachNoticeFileCommand(admin, notice, name, "application/pdf", content,
                ClientAddress.local()));
    }

    @Test
    void aPdfBombIsRefusedAsABomb() {
        assertThat(attach("手引き.pdf", PdfBombs.contentStream(PdfBombs.GIB)))
                .isEqualTo(new AttachNoticeFileResult.Refused("document.pdf.bomb"));
        assertThat(notices.notice(OMRON, notice).orElseThrow().notice().attachments()).isEmpty();
    }

    @Test
    void aPictureNamedAsAPdfIsRefusedAsNotWhatItsNameSays() {
        assertThat(attach("手引き.pdf", SampleFiles.jpeg(40, 30))).isEqualTo(new AttachNoticeFileResult.Refused("document.typeMismatch"));
    }

    @Test
    void anExecutableIsRefused() {
        assertThat(attach("setup.exe", SampleFiles.exe())).isEqualTo(new AttachNoticeFileResult.Refused("document.unsupportedType"));
    }

    @Test
    void aManualOfAHundredPagesIsKeptAsAPdfAndNothingStaysOnDisk() throws Exception {
        assertThat(attach("操作マニュアル.pdf", SampleFiles.pdf(100))).isInstanceOf(AttachNoticeFileResult.Attached.class);

        assertThat(notices.notice(OMRON, notice).orElseThrow().notice().attachments()).singleElement()
                .satisfies(a -> assertThat(a.contentType()).isEqualTo("application/pdf"));
        try (var files = java.nio.file.Files.walk(root)) {
            assertThat(files.filter(java.nio.file.Files::isRegularFile)).isEmpty();
        }
    }
}
