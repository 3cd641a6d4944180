package jp.kenpo.kennin.domain.member;

import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.text.JapaneseText;

/**
 * A person's name as written (kanji) and read (katakana), kept exactly as the roster gave it
 * for display. Matching uses {@link #kanaKey()}.
 */
public record PersonName(String written, String kana) {
    public PersonName {
        if (written == null || written.isBlank() || written.length() > 100) {
            throw new InvalidValueException("member.name.invalid");
        }
        if (kana == null || kana.length() > 100 || !JapaneseText.isKatakanaName(kana)) {
            throw new InvalidValueException("member.kana.invalid");
        }
        written = written.strip();
        kana = kana.strip();
    }

    public String kanaKey() {
        return JapaneseText.kanaKey(kana);
    }

    /** Whether a kana name as a member typed it (any width, hiragana, any spacing) is this person's. */
    public boolean kanaMatches(String typed) {
        return !typed.isBlank() && kanaKey().equals(JapaneseText.kanaKey(typed));
    }
}
