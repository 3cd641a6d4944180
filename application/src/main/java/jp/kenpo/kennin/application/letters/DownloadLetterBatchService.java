package jp.kenpo.kennin.application.letters;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class DownloadLetterBatchService implements DownloadLetterBatchUseCase {
    private final LetterBatchPort batches;
    private final LetterFilesPort files;
    private final AuditTrail audit;

    public DownloadLetterBatchService(LetterBatchPort batches, LetterFilesPort files, RecordAuditPort audit, Clock clock) {
        this.batches = batches;
        this.files = files;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public DownloadLetterBatchResult downloadLetterBatch(DownloadLetterBatchCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.MANAGE_MAILINGS);
        Optional<LetterBatch> found = batches.findLetterBatch(command.staff().insurerCode(), command.batchId());
        if (found.isEmpty()) {
            return new DownloadLetterBatchResult.NotFound();
        }
        LetterBatch batch = found.get();
        if (batch.state() != LetterBatch.State.DONE || batch.fileName().isEmpty()) {
            return new DownloadLetterBatchResult.NotReady(batch.state());
        }
        // Recorded before the bytes go: a download cut off half-way has still shown names and cards.
        audit.staff(AuditAction.LETTER_BATCH_DOWNLOADED, command.staff(), command.client(),
                "batch=" + batch.id() + " letters=" + batch.letters().orElse(0));
        if (!files.copyLetterFile(batch.fileName().get(), () -> command.target().open(batch.id(), batch.fiscalYear()))) {
            throw new IllegalStateException("letter batch " + batch.id() + " is DONE but its file " + batch.fileName().get()
                    + " is missing");
        }
        return new DownloadLetterBatchResult.Sent(batch.id(), batch.letters().orElse(0));
    }
}
