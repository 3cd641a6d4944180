package jp.kenpo.kennin.application.letters;

import java.util.List;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/** The letters page: the insurer's recent batches with their state, and the 事業所 staff may choose. */
public interface ListLetterBatchesUseCase {
    int SHOWN = 50;

    LetterBatches listLetterBatches(SignedInStaff staff);

    record LetterBatches(int fiscalYear, List<LetterBatch> batches, List<String> offices) {
        public LetterBatches {
            batches = List.copyOf(batches);
            offices = List.copyOf(offices);
        }
    }
}
