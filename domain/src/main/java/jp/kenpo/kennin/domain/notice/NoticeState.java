package jp.kenpo.kennin.domain.notice;

/**
 * Where a notice is in its life. Staff write a draft, publish it (members see it from its
 * publication day) and withdraw it when it no longer holds; a withdrawn notice and its
 * attachments are never shown to members again, but stay for the record.
 */
public enum NoticeState {
    DRAFT,
    PUBLISHED,
    WITHDRAWN;

    /** Whether staff may still change the title, body, date or attachments. */
    public boolean editable() {
        return this != WITHDRAWN;
    }
}
