package jp.kenpo.kennin.application.letters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.kenpo.kennin.application.letters.LetterSelection.Card;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.text.JapaneseText;

/**
 * Reads the 記号・番号 staff pasted, one member a line, as they come from a spreadsheet or a
 * paper list: any width (全角 digits and spaces), separated by spaces, a tab, a comma, a hyphen,
 * a slash or 「・」, with or without the labels 記号 and 番号. Blank lines are skipped, a card given twice counts once; every other line that
 * is not a card is reported with its number, so staff fix the list and nothing is sent half.
 */
final class CardListParser {
    /** After NFKC: 全角 space, hyphen-like marks and commas are plain already, except these. */
    private static final Pattern SEPARATOR = Pattern.compile("[\\s,、/／・\\-‐－ー−]+");

    record Parsed(List<Card> cards, Map<Card, Integer> lineOf, List<LineProblem> problems) {
    }

    static Parsed parse(String text) {
        Map<Card, Integer> lines = new LinkedHashMap<>();
        List<LineProblem> problems = new ArrayList<>();
        String[] raw = (text == null ? "" : text).split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < raw.length; i++) {
            int line = i + 1;
            // A list copied from a letter or a mail may keep the labels: 「記号 1234 番号 56」.
            String s = JapaneseText.nfkc(raw[i]).replace("記号", " ").replace("番号", " ").strip();
            if (s.isEmpty()) {
                continue;
            }
            String[] parts = SEPARATOR.split(s);
            if (parts.length != 2) {
                problems.add(new LineProblem(line, LineProblem.Code.NOT_A_CARD));
                continue;
            }
            try {
                lines.putIfAbsent(new Card(MemberSymbol.parse(parts[0]), MemberNumber.parse(parts[1])), line);
            } catch (InvalidValueException e) {
                problems.add(new LineProblem(line, LineProblem.Code.NOT_A_CARD));
            }
        }
        return new Parsed(List.copyOf(lines.keySet()), lines, problems);
    }

    private CardListParser() {
    }
}
