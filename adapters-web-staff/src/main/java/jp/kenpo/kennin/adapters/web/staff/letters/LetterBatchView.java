package jp.kenpo.kennin.adapters.web.staff.letters;

import java.time.format.DateTimeFormatter;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import jp.kenpo.kennin.application.letters.LetterBatch;
import jp.kenpo.kennin.application.letters.LetterSelection;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;

/** One row of the batches table, its texts resolved: what was chosen, when, how far it got. */
public record LetterBatchView(long id, String selection, String requestedAt, String state, String stateName, String letters,
                              String failure, boolean downloadable) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");

    static LetterBatchView of(LetterBatch batch, Messages messages) {
        LetterSelection s = batch.selection();
        String selection;
        if (s instanceof LetterSelection.Office office) {
            selection = messages.text("letters.selection.OFFICE", office.name());
        } else if (s instanceof LetterSelection.NotSubmitted notSubmitted && notSubmitted.office().isPresent()) {
            selection = messages.text("letters.selection.NOT_SUBMITTED.office", notSubmitted.office().get());
        } else if (s instanceof LetterSelection.Cards cards) {
            selection = messages.text("letters.selection.LIST", cards.cards().size());
        } else {
            selection = messages.text("letters.selection." + s.kind().name());
        }
        return new LetterBatchView(batch.id(), selection, TIME.format(batch.requestedAt().atZone(SurveyDeadline.TOKYO)),
                batch.state().name(), messages.text("letters.state." + batch.state().name()),
                batch.letters().map(String::valueOf).orElse(""),
                batch.failure().map(f -> messages.text("letters.failure." + f.name())).orElse(""),
                batch.state() == LetterBatch.State.DONE);
    }
}
