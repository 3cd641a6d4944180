package jp.kenpo.kennin.application.letters;

/**
 * Makes the PDF of a letter batch staff asked for: run by the background job runner, once per
 * batch, and again after a crash (a batch found RUNNING is made anew).
 */
public interface GenerateLetterBatchUseCase {
    void generateLetterBatch(long batchId);
}
