package jp.kenpo.kennin.adapters.web.staff.helpdesk;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import jp.kenpo.kennin.application.helpdesk.ShowMemberCaseUseCase.DependentCase;
import jp.kenpo.kennin.application.helpdesk.ShowMemberCaseUseCase.MemberCase;
import jp.kenpo.kennin.application.helpdesk.ShowMemberCaseUseCase.Registration;
import jp.kenpo.kennin.application.helpdesk.ShowMemberCaseUseCase.SurveyCase;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyStatus;

/** The case screen's texts, worked out here so the template only prints (and escapes) them. */
public record CaseView(long memberId, String card, String name, String kana, String birthDate, String office,
                       String email, String registration, String login, boolean loginLocked, String signup,
                       boolean signupLocked, boolean codePending, Optional<SurveyView> survey, List<Row> mails,
                       List<Row> notes, List<Row> proxyEntries) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    /** A line of a list: when, who or what, and the text. */
    public record Row(String when, String who, String text) {
    }

    public record DependentView(long id, String number, String name, String relationship, String status,
                                boolean submitted, String returnReason, List<DocumentView> documents) {
    }

    /** @param id the stored document's key, for the link that opens it */
    public record DocumentView(String id, String kind, String fileName, String uploadedAt) {
    }

    public record SurveyView(String title, String deadline, String extension, List<DependentView> dependents,
                             List<Row> submissions) {
    }

    public static String time(Instant at) {
        return TIME.format(at.atZone(SurveyDeadline.TOKYO));
    }

    public static String day(java.time.LocalDate day) {
        return DAY.format(day);
    }

    static CaseView of(MemberCase c, Messages m) {
        var member = c.member();
        return new CaseView(member.id().value(), member.symbol() + "-" + member.number(), member.name().written(),
                member.name().kana(), DAY.format(member.birthDate()), member.office(), member.email().value(),
                registration(c.registration(), m),
                c.login().locked() ? m.text("helpdesk.case.loginLocked", c.login().recentFailures(),
                        time(c.login().lockedUntil().orElseThrow()))
                        : m.text("helpdesk.case.loginFailures", c.login().recentFailures()),
                c.login().locked(),
                c.signup().locked() ? m.text("helpdesk.case.signupLocked", c.signup().codeTries())
                        : m.text("helpdesk.case.signupTries", c.signup().codeTries(), c.signup().max()),
                c.signup().locked(), c.registration() instanceof Registration.CodePending,
                c.survey().map(s -> survey(s, m)),
                c.mails().stream().map(mail -> new Row(time(mail.at()), m.text("helpdesk.mail." + mail.template().name()),
                        m.text("helpdesk.mail.outcome." + mail.outcome().name()))).toList(),
                c.callNotes().stream().map(n -> new Row(time(n.writtenAt()), n.staffLogin().value(), n.text().value())).toList(),
                c.proxyEntries().stream().map(p -> new Row(time(p.at()), p.staffLogin().value(),
                        m.text("helpdesk.proxy.action." + p.action().name()) + p.dependent().map(d -> " (" + d.value() + ")")
                                .orElse("") + " — " + p.reason().value())).toList());
    }

    private static String registration(Registration r, Messages m) {
        if (r instanceof Registration.Registered reg) {
            return m.text("helpdesk.registration.registered", String.valueOf(reg.fiscalYear()), reg.userId().value(), time(reg.registeredAt()));
        }
        if (r instanceof Registration.CodePending pending) {
            return m.text(pending.expired() ? "helpdesk.registration.codeExpired" : "helpdesk.registration.codePending",
                    time(pending.expiresAt()));
        }
        if (r instanceof Registration.Retired retired) {
            return m.text("helpdesk.registration.retired", String.valueOf(retired.lastFiscalYear()), retired.userId().value());
        }
        return m.text("helpdesk.registration.none");
    }

    private static SurveyView survey(SurveyCase s, Messages m) {
        return new SurveyView(s.year().title(), DAY.format(s.year().deadline().day()),
                s.extension().map(e -> DAY.format(e.day())).orElse(""),
                s.dependents().stream().map(d -> dependent(d, m)).toList(),
                s.submissions().stream().map(sub -> new Row(time(sub.submittedAt()), sub.receipt().value(),
                        m.text("helpdesk.case.submissionCount", sub.dependents().size()))).toList());
    }

    private static DependentView dependent(DependentCase d, Messages m) {
        String status = d.status().map(st -> m.text("helpdesk.status." + st.name()))
                .orElseGet(() -> m.text("helpdesk.status.OUT_OF_SCOPE"));
        return new DependentView(d.dependent().id().value(), d.dependent().number().toString(), d.dependent().name().written(),
                d.dependent().relationship().term(), status, d.status().equals(Optional.of(SurveyStatus.SUBMITTED)),
                d.returnReason().orElse(""), d.documents().stream().map(doc -> new DocumentView(doc.id().value(),
                        m.text("eligibility.document." + doc.kind().name()), doc.fileName(), time(doc.uploadedAt()))).toList());
    }
}
