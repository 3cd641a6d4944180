package jp.kenpo.kennin.application.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;

/**
 * Which members a letter batch is for, as staff chose it. Stored in letter_batch as its kind and
 * one argument of text, so the background run reads the same choice the staff member made.
 */
public sealed interface LetterSelection {
    Kind kind();

    /** The argument column: the 事業所, or the cards one per line ({@code 記号 番号}); empty when none. */
    String argument();

    enum Kind { UNDELIVERABLE, OFFICE, LIST, NOT_SUBMITTED }

    /** Members whose current mail address the mail server refused for good. */
    record Undeliverable() implements LetterSelection {
        @Override
        public Kind kind() {
            return Kind.UNDELIVERABLE;
        }

        @Override
        public String argument() {
            return "";
        }
    }

    /** Every member of one 事業所. */
    record Office(String name) implements LetterSelection {
        public Office {
            Objects.requireNonNull(name);
        }

        @Override
        public Kind kind() {
            return Kind.OFFICE;
        }

        @Override
        public String argument() {
            return name;
        }
    }

    /** The members whose cards staff pasted, already normalised and checked. */
    record Cards(List<Card> cards) implements LetterSelection {
        public Cards {
            cards = List.copyOf(cards);
        }

        @Override
        public Kind kind() {
            return Kind.LIST;
        }

        @Override
        public String argument() {
            StringBuilder s = new StringBuilder();
            for (Card card : cards) {
                s.append(card.symbol().value()).append(' ').append(card.number().value()).append('\n');
            }
            return s.toString();
        }
    }

    /** Members of the current survey year who have not submitted, of one 事業所 when given. */
    record NotSubmitted(Optional<String> office) implements LetterSelection {
        public NotSubmitted {
            Objects.requireNonNull(office);
        }

        @Override
        public Kind kind() {
            return Kind.NOT_SUBMITTED;
        }

        @Override
        public String argument() {
            return office.orElse("");
        }
    }

    /** 記号・番号 of one member. */
    record Card(MemberSymbol symbol, MemberNumber number) {
        public Card {
            Objects.requireNonNull(symbol);
            Objects.requireNonNull(number);
        }
    }

    /** The selection as stored (kind and argument) read back. */
    static LetterSelection restore(Kind kind, String argument) {
        String arg = argument == null ? "" : argument;
        return switch (kind) {
            case UNDELIVERABLE -> new Undeliverable();
            case OFFICE -> new Office(arg);
            case NOT_SUBMITTED -> new NotSubmitted(Optional.of(arg).filter(a -> !a.isBlank()));
            case LIST -> {
                List<Card> cards = new ArrayList<>();
                for (String line : arg.split("\n")) {
                    if (!line.isBlank()) {
                        String[] parts = line.strip().split(" ");
                        cards.add(new Card(new MemberSymbol(parts[0]), new MemberNumber(parts[1])));
                    }
                }
                yield new Cards(cards);
            }
        };
    }
}
