package jp.kenpo.kennin.domain.staff;

import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.text.PlainText;

/**
 * Why a staff member acted on a member's behalf (unlocked, re-sent, extended, answered for them):
 * one line of free text kept in the audit log with the action, so whoever reads the log later can
 * tell a call-centre request from a mistake. A line break or control character would forge a
 * second line in an exported log, so none is accepted.
 */
public record StaffReason(String value) {
    public static final int MAX_LENGTH = 500;

    public StaffReason {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("staff.reason.required");
        }
        value = value.strip();
        if (PlainText.hasControlCharacters(value)) {
            throw new InvalidValueException("staff.reason.controlCharacters");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValueException("staff.reason.tooLong");
        }
    }

    public static StaffReason parse(String raw) {
        return new StaffReason(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
