package jp.kenpo.kennin.application.notice;

import java.time.LocalDate;
import java.util.List;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.notice.Notice;
import jp.kenpo.kennin.domain.text.PlainText;

/** The title, body and publication day staff write, checked by the domain's rules before any write. */
record NoticeText(String title, String body, LocalDate publishedOn) {
    /** The column's size; a longer body is a pasted document, not a notice. */
    static final int MAX_BODY_LENGTH = 100_000;

    static NoticeText of(String title, String body, LocalDate publishedOn) {
        if (publishedOn == null) {
            throw new InvalidValueException("notice.publishedOn.invalid");
        }
        if (title != null && PlainText.hasControlCharacters(title)) {
            throw new InvalidValueException("notice.title.invalid");
        }
        if (body != null && body.length() > MAX_BODY_LENGTH) {
            throw new InvalidValueException("notice.body.tooLong");
        }
        Notice checked = new Notice(0, title == null ? null : title.strip(), body, publishedOn, List.of());
        return new NoticeText(checked.title(), checked.body(), publishedOn);
    }
}
