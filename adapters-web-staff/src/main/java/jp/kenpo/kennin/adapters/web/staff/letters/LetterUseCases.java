package jp.kenpo.kennin.adapters.web.staff.letters;

import java.util.Objects;
import jp.kenpo.kennin.application.letters.DownloadLetterBatchUseCase;
import jp.kenpo.kennin.application.letters.ListLetterBatchesUseCase;
import jp.kenpo.kennin.application.letters.RequestLetterBatchUseCase;

/** What the letters page calls. */
public record LetterUseCases(ListLetterBatchesUseCase list, RequestLetterBatchUseCase request,
                             DownloadLetterBatchUseCase download) {
    public LetterUseCases {
        Objects.requireNonNull(list);
        Objects.requireNonNull(request);
        Objects.requireNonNull(download);
    }
}
