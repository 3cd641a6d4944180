package jp.kenpo.kennin.domain.staff;

import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.text.PlainText;

/**
 * What a help-desk staff member wrote down about a call (問い合わせ記録), shown to staff only.
 * Several lines are normal (what was asked, what was answered); line endings are kept as
 * {@code \n}. Any other control character, a NUL or a direction override is refused: the note
 * is shown to other staff and must read as what was typed.
 */
public record CallNoteText(String value) {
    public static final int MAX_LENGTH = 2000;

    public CallNoteText {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("callNote.required");
        }
        value = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (value.lines().anyMatch(PlainText::hasControlCharacters)) {
            throw new InvalidValueException("callNote.controlCharacters");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValueException("callNote.tooLong");
        }
    }

    public static CallNoteText parse(String raw) {
        return new CallNoteText(raw);
    }
}
