package jp.kenpo.kennin.application.helpdesk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import jp.kenpo.kennin.application.helpdesk.QueryAuditLogUseCase.AuditLogFilter;
import jp.kenpo.kennin.application.helpdesk.SearchAuditLogPort.AuditFilter;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.text.DateInput;
import jp.kenpo.kennin.domain.text.JapaneseText;

/** Reads the audit screen's filter as typed into the port's, always inside the staff member's insurer. */
final class AuditLogFilters {
    private AuditLogFilters() {
    }

    /** @throws InvalidValueException naming the field that cannot be read */
    static AuditFilter read(SignedInStaff staff, AuditLogFilter typed) {
        Optional<StaffId> staffId = id(typed.staffId(), "auditLog.filter.staffInvalid").map(StaffId::new);
        Optional<MemberId> member = id(typed.memberId(), "auditLog.filter.memberInvalid").map(MemberId::new);
        Optional<AuditAction> action = blank(typed.action()) ? Optional.empty() : Optional.of(action(typed.action()));
        Optional<LocalDate> from = day(typed.fromDay(), "auditLog.filter.fromInvalid");
        Optional<LocalDate> to = day(typed.toDay(), "auditLog.filter.toInvalid");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new InvalidValueException("auditLog.filter.periodReversed");
        }
        // JST days: from the first day's midnight in Tokyo to the midnight after the last day.
        Optional<Instant> since = from.map(d -> d.atStartOfDay(SurveyDeadline.TOKYO).toInstant());
        Optional<Instant> until = to.map(d -> d.plusDays(1).atStartOfDay(SurveyDeadline.TOKYO).toInstant());
        return new AuditFilter(staff.insurerCode(), staffId, member, action, since, until);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Optional<Long> id(String raw, String code) {
        if (blank(raw)) {
            return Optional.empty();
        }
        String s = JapaneseText.nfkc(raw);
        if (!s.matches("[1-9][0-9]{0,17}")) {
            throw new InvalidValueException(code);
        }
        return Optional.of(Long.parseLong(s));
    }

    private static AuditAction action(String raw) {
        try {
            return AuditAction.valueOf(JapaneseText.nfkc(raw));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("auditLog.filter.actionInvalid");
        }
    }

    private static Optional<LocalDate> day(String raw, String code) {
        if (blank(raw)) {
            return Optional.empty();
        }
        return Optional.of(DateInput.parse(raw).orElseThrow(() -> new InvalidValueException(code)));
    }

    /** What the audit line of a look at the log says was looked for: ids and names only, no typed text. */
    static String describe(AuditFilter filter) {
        return "staff=" + filter.staff().map(s -> Long.toString(s.value())).orElse("*")
                + " member=" + filter.member().map(m -> Long.toString(m.value())).orElse("*")
                + " action=" + filter.action().map(Enum::name).orElse("*")
                + " from=" + filter.from().map(Instant::toString).orElse("*")
                + " until=" + filter.until().map(Instant::toString).orElse("*");
    }
}
