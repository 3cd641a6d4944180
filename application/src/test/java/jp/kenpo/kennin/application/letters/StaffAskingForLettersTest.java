package jp.kenpo.kennin.application.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.fakes.InMemoryInsurers;
import jp.kenpo.kennin.application.fakes.InMemorySurveyYears;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.application.fakes.RecordingAuditLog;
import jp.kenpo.kennin.application.letters.DownloadLetterBatchUseCase.DownloadLetterBatchCommand;
import jp.kenpo.kennin.application.letters.DownloadLetterBatchUseCase.DownloadLetterBatchResult;
import jp.kenpo.kennin.application.letters.LetterSelection.Kind;
import jp.kenpo.kennin.application.letters.RequestLetterBatchUseCase.Reason;
import jp.kenpo.kennin.application.letters.RequestLetterBatchUseCase.RequestLetterBatchCommand;
import jp.kenpo.kennin.application.letters.RequestLetterBatchUseCase.RequestLetterBatchResult;
import jp.kenpo.kennin.application.mailing.CampaignMailComposer;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import org.junit.jupiter.api.Test;

/** Staff ask for letters, the background run makes them, staff take the PDF: the use cases on in-memory ports. */
class StaffAskingForLettersTest {
    static final InsurerCode OMRON = InsurerCode.parse("omron");
    static final InsurerCode KOBE = InsurerCode.parse("kobe");
    final InMemoryLetters letters = new InMemoryLetters();
    final InMemoryInsurers insurers = new InMemoryInsurers();
    final InMemorySurveyYears years = new InMemorySurveyYears();
    final RecordingAuditLog audit = new RecordingAuditLog();
    final MutableClock clock = MutableClock.at("2025-08-01T01:00:00Z");
    final RequestLetterBatchUseCase request = new RequestLetterBatchService(insurers, years, letters, letters, letters, audit,
            clock);
    final GenerateLetterBatchService generate = new GenerateLetterBatchService(letters, insurers, years, letters, letters,
            letters, new CampaignMailComposer("https://kennin.example.jp/"), clock);
    final DownloadLetterBatchUseCase download = new DownloadLetterBatchService(letters, letters, audit, clock);
    final SignedInStaff admin = staff(StaffRole.ADMINISTRATOR, OMRON);

    StaffAskingForLettersTest() {
        for (InsurerCode code : List.of(OMRON, KOBE)) {
            insurers.saveInsurer(new Insurer(code, code == OMRON ? "オムロン健康保険組合" : "神戸健康保険組合",
                    EmailAddress.parse("kenpo@example.jp"), new InsurerContact("0120-123-456", "平日", "help@example.jp", ""),
                    CredentialPolicy.manualDefault(), 2025));
        }
        years.saveSurveyYear(new SurveyYear(OMRON, 2025, "令和7年度", LocalDate.of(2025, 7, 1),
                new SurveyDeadline(LocalDate.of(2025, 8, 31))));
        letters.member(OMRON, 1, "10", "10", "本社", Optional.empty(), true, false);
        letters.member(OMRON, 2, "10", "9", "本社", Optional.of(LocalDate.of(2025, 9, 30)), false, false);
        letters.member(OMRON, 3, "10", "123456", "大阪支店", Optional.empty(), true, true);
        letters.member(KOBE, 4, "10", "11", "本社", Optional.empty(), true, false);
    }

    static SignedInStaff staff(StaffRole role, InsurerCode insurer) {
        return new SignedInStaff(new StaffId(7), LoginName.parse("staff7"), role, Optional.of(insurer), Optional.empty());
    }

    RequestLetterBatchResult ask(Kind kind, String argument) {
        return request.requestLetterBatch(new RequestLetterBatchCommand(admin, kind, argument, ClientAddress.local()));
    }

    String made(long id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(download.downloadLetterBatch(new DownloadLetterBatchCommand(admin, id, (batch, year) -> out,
                ClientAddress.local()))).isInstanceOf(DownloadLetterBatchResult.Sent.class);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPastedListInAnyWidthIsQueuedOnceAndScheduled() {
        RequestLetterBatchResult result = ask(Kind.LIST, "１０　１０\n\n記号 10 番号 0009\r\n10-10\n");

        assertThat(result).isInstanceOf(RequestLetterBatchResult.Queued.class);
        long id = ((RequestLetterBatchResult.Queued) result).batchId();
        assertThat(((RequestLetterBatchResult.Queued) result).letters()).isEqualTo(2);
        assertThat(letters.scheduled).containsExactly(id);
        LetterBatch batch = letters.batches.get(id);
        assertThat(batch.state()).isEqualTo(LetterBatch.State.QUEUED);
        assertThat(batch.selection()).isEqualTo(new LetterSelection.Cards(List.of(
                new LetterSelection.Card(new MemberSymbol("10"), new MemberNumber("10")),
                new LetterSelection.Card(new MemberSymbol("10"), new MemberNumber("9")))));
        assertThat(batch.requestedAt()).isEqualTo(clock.instant());
        assertThat(audit.actions()).containsExactly(AuditAction.LETTER_BATCH_REQUESTED);
    }

    @Test
    void aListWithALineThatIsNotACardOrAnUnknownCardQueuesNothingAndNamesTheLines() {
        RequestLetterBatchResult result = ask(Kind.LIST, "10 10\n山田さん\n10 11\n10 9 8\n");

        assertThat(result).isEqualTo(new RequestLetterBatchResult.ListRejected(List.of(
                new LineProblem(2, LineProblem.Code.NOT_A_CARD),
                // 10-11 is a member of another insurer: unknown here.
                new LineProblem(3, LineProblem.Code.UNKNOWN_CARD),
                new LineProblem(4, LineProblem.Code.NOT_A_CARD))));
        assertThat(letters.batches).isEmpty();
        assertThat(letters.scheduled).isEmpty();
        assertThat(audit.actions()).isEmpty();
    }

    @Test
    void aSelectionOfNobodyIsRefusedWithItsReason() {
        assertThat(ask(Kind.OFFICE, "名古屋支店")).isEqualTo(new RequestLetterBatchResult.Refused(Reason.NOBODY_SELECTED));
        assertThat(ask(Kind.OFFICE, "  ")).isEqualTo(new RequestLetterBatchResult.Refused(Reason.OFFICE_MISSING));
        assertThat(ask(Kind.LIST, "\n \n")).isEqualTo(new RequestLetterBatchResult.Refused(Reason.LIST_EMPTY));
        assertThat(ask(Kind.NOT_SUBMITTED, "大阪支店")).isEqualTo(new RequestLetterBatchResult.Refused(Reason.NOBODY_SELECTED));
        assertThat(request.requestLetterBatch(new RequestLetterBatchCommand(staff(StaffRole.ADMINISTRATOR, KOBE), Kind.UNDELIVERABLE,
                "", ClientAddress.local()))).isEqualTo(new RequestLetterBatchResult.Refused(Reason.NO_SURVEY_YEAR));
        assertThat(letters.batches).isEmpty();
        assertThat(letters.scheduled).isEmpty();
    }

    @Test
    void aReviewerMayNotAskForLetters() {
        assertThatThrownBy(() -> request.requestLetterBatch(new RequestLetterBatchCommand(staff(StaffRole.REVIEWER, OMRON),
                Kind.UNDELIVERABLE, "", ClientAddress.local()))).isInstanceOf(StaffMayNot.class);
        assertThat(letters.batches).isEmpty();
    }

    @Test
    void theRunWritesEachMembersLetterIn事業所OrderWithTheirOwnDeadlineAndAMaskedCard() {
        long id = ((RequestLetterBatchResult.Queued) ask(Kind.UNDELIVERABLE, "")).batchId();
        letters.member(OMRON, 5, "9", "77", "本社", Optional.empty(), true, false);

        generate.generateLetterBatch(id);

        LetterBatch batch = letters.batches.get(id);
        assertThat(batch.state()).isEqualTo(LetterBatch.State.DONE);
        assertThat(batch.letters()).contains(3);
        assertThat(batch.finishedAt()).contains(clock.instant());
        assertThat(made(id).lines()).containsExactly(
                "オムロン健康保険組合|会員3|記号 10 番号 ※※※※56|2025-08-31|https://kennin.example.jp/signup",
                "オムロン健康保険組合|会員5|記号 9 番号 ※7|2025-08-31|https://kennin.example.jp/signup",
                "オムロン健康保険組合|会員1|記号 10 番号 ※0|2025-08-31|https://kennin.example.jp/signup");
        assertThat(audit.actions()).containsExactly(AuditAction.LETTER_BATCH_REQUESTED, AuditAction.LETTER_BATCH_DOWNLOADED);
    }

    @Test
    void aMembersExtendedDeadlineIsTheOneTheirLetterGives() {
        long id = ((RequestLetterBatchResult.Queued) ask(Kind.OFFICE, "本社")).batchId();

        generate.generateLetterBatch(id);

        assertThat(made(id).lines()).extracting(l -> l.split("\\|")[1] + " " + l.split("\\|")[3])
                .containsExactly("会員2 2025-09-30", "会員1 2025-08-31");
    }

    @Test
    void aSecondRunOfAFinishedBatchChangesNothing() {
        long id = ((RequestLetterBatchResult.Queued) ask(Kind.UNDELIVERABLE, "")).batchId();
        generate.generateLetterBatch(id);
        byte[] first = letters.files.get("batch-" + id + ".pdf");
        letters.member(OMRON, 6, "10", "1", "本社", Optional.empty(), true, false);

        generate.generateLetterBatch(id);

        assertThat(letters.batches.get(id).letters()).contains(2);
        assertThat(letters.files.get("batch-" + id + ".pdf")).isEqualTo(first);
    }

    @Test
    void aRunThatFailsHalfWayKeepsNoFileAndMarksTheBatchFailed() {
        long id = ((RequestLetterBatchResult.Queued) ask(Kind.UNDELIVERABLE, "")).batchId();
        letters.failAfter = 1;

        assertThatThrownBy(() -> generate.generateLetterBatch(id)).hasMessageContaining("letter batch " + id);

        LetterBatch batch = letters.batches.get(id);
        assertThat(batch.state()).isEqualTo(LetterBatch.State.FAILED);
        assertThat(batch.failure()).contains(LetterFailure.WRITE_FAILED);
        assertThat(letters.files).isEmpty();
        assertThat(letters.discarded).containsExactly(id);
        assertThat(download.downloadLetterBatch(new DownloadLetterBatchCommand(admin, id, (b, y) -> new ByteArrayOutputStream(),
                ClientAddress.local()))).isEqualTo(new DownloadLetterBatchResult.NotReady(LetterBatch.State.FAILED));
    }

    @Test
    void membersGoneBeforeTheRunEndTheBatchAsFailedWithNoMembers() {
        long id = ((RequestLetterBatchResult.Queued) ask(Kind.OFFICE, "大阪支店")).batchId();
        letters.members.removeIf(m -> m.member().office().equals("大阪支店"));

        generate.generateLetterBatch(id);

        assertThat(letters.batches.get(id).failure()).contains(LetterFailure.NO_MEMBERS);
        assertThat(letters.files).isEmpty();
    }

    @Test
    void anotherInsurersBatchIsNotFoundAndAQueuedOneIsNotReady() {
        long id = ((RequestLetterBatchResult.Queued) ask(Kind.UNDELIVERABLE, "")).batchId();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(download.downloadLetterBatch(new DownloadLetterBatchCommand(admin, id, (b, y) -> out, ClientAddress.local())))
                .isEqualTo(new DownloadLetterBatchResult.NotReady(LetterBatch.State.QUEUED));
        generate.generateLetterBatch(id);
        assertThat(download.downloadLetterBatch(new DownloadLetterBatchCommand(staff(StaffRole.ADMINISTRATOR, KOBE), id,
                (b, y) -> out, ClientAddress.local()))).isEqualTo(new DownloadLetterBatchResult.NotFound());
        assertThat(out.size()).isZero();
        assertThat(audit.actions()).doesNotContain(AuditAction.LETTER_BATCH_DOWNLOADED);
    }
}
