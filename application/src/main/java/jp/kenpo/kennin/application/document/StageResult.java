package jp.kenpo.kennin.application.document;

/** What {@link DocumentStoragePort#stage} made of an upload stream. */
public sealed interface StageResult permits StagedUpload, StageResult.TooLarge {

    /** More than {@code maxBytes} arrived: reading stopped there and nothing of it was kept. */
    record TooLarge(long maxBytes) implements StageResult {
    }
}
