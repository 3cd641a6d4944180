package jp.kenpo.kennin.application.letters;

/** Asks the background job runner to make a batch's PDF soon ({@link GenerateLetterBatchUseCase}), on any node. */
public interface ScheduleLetterBatchPort {
    void scheduleLetterBatch(long batchId);
}
