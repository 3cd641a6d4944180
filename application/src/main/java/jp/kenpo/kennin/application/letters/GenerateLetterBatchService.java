package jp.kenpo.kennin.application.letters;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.letters.LetterPdfPort.Letter;
import jp.kenpo.kennin.application.letters.LetterPdfPort.LetterDocument;
import jp.kenpo.kennin.application.mailing.CampaignMailComposer;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.mailing.MaskedCard;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyYear;

/**
 * Makes a batch's PDF: takes the batch (QUEUED, or RUNNING after a run died), reads its members in
 * 事業所 order straight into the PDF, keeps the file and marks the batch DONE with the count; on
 * any failure the half-written file is deleted and the batch marked FAILED with the reason. A
 * batch that has ended (DONE, FAILED) or does not exist is left alone. A failure is thrown on
 * after the batch is marked, for the job runner to log with its cause.
 */
public final class GenerateLetterBatchService implements GenerateLetterBatchUseCase {
    private final LetterBatchPort batches;
    private final LoadInsurerPort insurers;
    private final SurveyYearPort surveyYears;
    private final LetterMembersPort members;
    private final LetterPdfPort pdf;
    private final LetterFilesPort files;
    private final String signupUrl;
    private final Clock clock;

    /** @param composer the one place that knows the sign-up URL members are sent to */
    public GenerateLetterBatchService(LetterBatchPort batches, LoadInsurerPort insurers, SurveyYearPort surveyYears,
                                      LetterMembersPort members, LetterPdfPort pdf, LetterFilesPort files,
                                      CampaignMailComposer composer, Clock clock) {
        this.batches = batches;
        this.insurers = insurers;
        this.surveyYears = surveyYears;
        this.members = members;
        this.pdf = pdf;
        this.files = files;
        this.signupUrl = composer.signupUrl();
        this.clock = clock;
    }

    @Override
    public void generateLetterBatch(long batchId) {
        Optional<LetterBatch> started = batches.startLetterBatch(batchId);
        if (started.isEmpty()) {
            return; // done, failed or gone: run twice (a retry, a second node), it does nothing the second time
        }
        LetterBatch batch = started.get();
        Optional<Insurer> insurer = insurers.loadInsurer(batch.insurer());
        Optional<SurveyYear> year = insurer.flatMap(i -> surveyYears.loadSurveyYear(i.code(), batch.fiscalYear()));
        if (year.isEmpty()) {
            batches.failLetterBatch(batchId, LetterFailure.SURVEY_YEAR_MISSING, clock.instant());
            return;
        }
        LetterPdfPort.Sender sender = new LetterPdfPort.Sender(insurer.get().displayName(), insurer.get().contact(), signupUrl,
                batch.fiscalYear());
        AtomicInteger count = new AtomicInteger();
        String fileName;
        try (LetterFilesPort.NewLetterFile file = files.newLetterFile(batchId);
             LetterDocument document = pdf.open(sender, file.out())) {
            members.letterMembers(batch.insurer(), batch.fiscalYear(), batch.selection(), member -> {
                SurveyDeadline deadline = year.get().deadlineFor(member.extendedUntil().map(SurveyDeadline::new));
                document.add(new Letter(member.name(), MaskedCard.of(member.symbol(), member.number()), deadline.day()));
                count.incrementAndGet();
            });
            if (count.get() == 0) {
                batches.failLetterBatch(batchId, LetterFailure.NO_MEMBERS, clock.instant());
                return;
            }
            document.finish();
            fileName = file.keep();
        } catch (RuntimeException e) {
            batches.failLetterBatch(batchId, LetterFailure.WRITE_FAILED, clock.instant());
            throw new IllegalStateException("letter batch " + batchId + " failed after " + count.get() + " letters", e);
        }
        // Conditional: a batch no longer RUNNING (marked FAILED meanwhile) stays as it is; its file is then unused.
        batches.finishLetterBatch(batchId, count.get(), fileName, clock.instant());
    }
}
