package jp.kenpo.kennin.application.letters;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Objects;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.mailing.MaskedCard;

/**
 * Sets letters as one PDF, an A4 page each, written to {@code out} when finished. Gets the
 * masked card only: the full 番号 never reaches a letter.
 */
public interface LetterPdfPort {
    LetterDocument open(Sender sender, OutputStream out);

    /** What every letter of a batch says of who sends it and where to sign up. */
    record Sender(String insurerName, InsurerContact contact, String signupUrl, int fiscalYear) {
        public Sender {
            Objects.requireNonNull(insurerName);
            Objects.requireNonNull(contact);
            Objects.requireNonNull(signupUrl);
        }
    }

    /** One member's letter. */
    record Letter(String name, MaskedCard card, LocalDate deadline) {
        public Letter {
            Objects.requireNonNull(name);
            Objects.requireNonNull(card);
            Objects.requireNonNull(deadline);
        }
    }

    /** A PDF being written: letters added in order, then finished (written out) or closed unfinished. */
    interface LetterDocument extends AutoCloseable {
        void add(Letter letter);

        /** Writes the whole PDF to the stream it was opened on. */
        void finish();

        /** Releases what the document holds (its scratch file); after finish, or instead of it. */
        @Override
        void close();
    }
}
