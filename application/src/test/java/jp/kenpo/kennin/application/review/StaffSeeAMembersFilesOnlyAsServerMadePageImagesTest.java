package jp.kenpo.kennin.application.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.document.DocumentRenditionPort;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.helpdesk.HelpDesk;
import jp.kenpo.kennin.application.review.CountDocumentPagesUseCase.CountDocumentPagesCommand;
import jp.kenpo.kennin.application.review.ViewDocumentRenditionUseCase.ViewDocumentRenditionCommand;
import jp.kenpo.kennin.application.review.ViewDocumentRenditionUseCase.ViewDocumentRenditionResult;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.member.MemberId;
import org.junit.jupiter.api.Test;

/**
 * 山田 太郎's wife's two-page PDF: a reviewer of omron sees its pages as images and each page is
 * audited on Taro; kobe's administrator, a reviewer naming another member, or an HR contact sees
 * nothing, and cannot tell whether the file exists.
 */
class StaffSeeAMembersFilesOnlyAsServerMadePageImagesTest {
    private final HelpDesk desk = new HelpDesk();
    private final FakeRenditions renditions = new FakeRenditions();
    private final ViewDocumentRenditionService view = new ViewDocumentRenditionService(desk.system.surveyPorts, renditions,
            desk.system.audit, desk.system.clock);
    private final CountDocumentPagesService count = new CountDocumentPagesService(desk.system.surveyPorts, renditions);
    private final StoredDocument.Id pdf = file("0123456789abcdef0123456789abcdef", DocumentType.PDF);

    private StoredDocument.Id file(String id, DocumentType type) {
        StoredDocument stored = new StoredDocument(new StoredDocument.Id(id), type, 100, "00");
        desk.system.surveyDocuments.saveDocument(new SurveyDocument(stored, desk.omron.insurer.code(), 2025, desk.wife.id(),
                DocumentKind.values()[0], "給与明細.pdf", Instant.parse("2025-07-10T01:00:00Z")), 10);
        return stored.id();
    }

    @Test
    void aReviewerSeesEachPageAndEveryPageShownIsAuditedOnTheMember() {
        var result = view.viewDocumentRendition(new ViewDocumentRenditionCommand(HelpDesk.staff(9, "suzuki",
                jp.kenpo.kennin.domain.staff.StaffRole.REVIEWER, "omron"), desk.omron.taro.id(), pdf, 2, ClientAddress.local()));

        assertThat(result).isInstanceOfSatisfying(ViewDocumentRenditionResult.Shown.class,
                shown -> assertThat(shown.image().mimeType()).isEqualTo("image/png"));
        assertThat(renditions.asked).containsExactly(pdf + " PDF 2");
        assertThat(desk.system.audit.withAction(AuditAction.DOCUMENT_VIEWED)).singleElement().satisfies(e -> {
            assertThat(e.staffId()).contains(9L);
            assertThat(e.memberId()).contains(desk.omron.taro.id().value());
            assertThat(e.detail()).contains("document=" + pdf).contains("page=2");
        });
    }

    @Test
    void aPageBeyondTheLastOrAFileThatCannotBeShownIsSaidSoAndNothingIsAudited() {
        assertThat(view(pdf, 3)).isEqualTo(new ViewDocumentRenditionResult.NoSuchPage(2));
        StoredDocument.Id heic = file("fedcba9876543210fedcba9876543210", DocumentType.HEIC);
        renditions.heicMissing = true;
        assertThat(view(heic, 1)).isEqualTo(new ViewDocumentRenditionResult.CannotDisplay(
                DocumentRenditionPort.Reason.CONVERTER_MISSING));
        assertThat(desk.system.audit.withAction(AuditAction.DOCUMENT_VIEWED)).isEmpty();
    }

    @Test
    void anotherInsurersStaffOrAnotherMemberFindNothing() {
        assertThat(view.viewDocumentRendition(new ViewDocumentRenditionCommand(desk.kobeStaff, desk.omron.taro.id(), pdf, 1,
                ClientAddress.local()))).isEqualTo(new ViewDocumentRenditionResult.NotFound());
        assertThat(view.viewDocumentRendition(new ViewDocumentRenditionCommand(desk.kobeStaff, desk.kobeTaro.id(), pdf, 1,
                ClientAddress.local()))).isEqualTo(new ViewDocumentRenditionResult.NotFound());
        assertThat(view.viewDocumentRendition(new ViewDocumentRenditionCommand(desk.omronAdmin, new MemberId(999_999), pdf, 1,
                ClientAddress.local()))).isEqualTo(new ViewDocumentRenditionResult.NotFound());
        assertThat(view(new StoredDocument.Id("00000000000000000000000000000000"), 1))
                .isEqualTo(new ViewDocumentRenditionResult.NotFound());
        assertThat(renditions.asked).isEmpty();
        assertThat(count.countDocumentPages(new CountDocumentPagesCommand(desk.kobeStaff, desk.kobeTaro.id(), List.of(pdf))))
                .isEmpty();
    }

    @Test
    void anHrContactMayNotLookAtDocuments() {
        assertThatThrownBy(() -> view.viewDocumentRendition(new ViewDocumentRenditionCommand(desk.employer,
                desk.omron.taro.id(), pdf, 1, ClientAddress.local()))).isInstanceOf(StaffMayNot.class);
        assertThatThrownBy(() -> count.countDocumentPages(new CountDocumentPagesCommand(desk.employer, desk.omron.taro.id(),
                List.of(pdf)))).isInstanceOf(StaffMayNot.class);
    }

    @Test
    void theScreenLearnsHowManyPagesEachOfTheMembersFilesHas() {
        StoredDocument.Id photo = file("11111111111111111111111111111111", DocumentType.JPEG);

        assertThat(count.countDocumentPages(new CountDocumentPagesCommand(desk.sato, desk.omron.taro.id(), List.of(pdf, photo))))
                .isEqualTo(Map.of(pdf, new DocumentRenditionPort.Pages(2), photo, new DocumentRenditionPort.Pages(1)));
    }

    private ViewDocumentRenditionResult view(StoredDocument.Id id, int page) {
        return view.viewDocumentRendition(new ViewDocumentRenditionCommand(desk.sato, desk.omron.taro.id(), id, page,
                ClientAddress.local()));
    }

    /** PDFs have two pages, everything else one; HEIC can be made unavailable. */
    private static final class FakeRenditions implements DocumentRenditionPort {
        final List<String> asked = new ArrayList<>();
        boolean heicMissing;

        @Override
        public PageCount countPages(StoredDocument.Id id, DocumentType type) {
            return new Pages(type == DocumentType.PDF ? 2 : 1);
        }

        @Override
        public PageRendition renderPage(StoredDocument.Id id, DocumentType type, int page) {
            asked.add(id + " " + type + " " + page);
            if (type == DocumentType.HEIC && heicMissing) {
                return new CannotDisplay(Reason.CONVERTER_MISSING);
            }
            int pages = type == DocumentType.PDF ? 2 : 1;
            if (page < 1 || page > pages) {
                return new NoSuchPage(pages);
            }
            return new PageImage(new byte[] {1, 2, 3}, type == DocumentType.PDF ? "image/png" : "image/jpeg", pages);
        }
    }
}
