package jp.kenpo.kennin.application.letters;

/** A line of a pasted 記号・番号 list that cannot go into a letter batch, by its number (from 1). */
public record LineProblem(int line, Code code) {
    public enum Code {
        /** Not two parts that read as a 記号 and a 番号. */
        NOT_A_CARD,
        /** A card the insurer has no member with. */
        UNKNOWN_CARD
    }
}
