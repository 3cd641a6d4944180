package jp.kenpo.kennin.application.review;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kenpo.kennin.application.mail.BestEffortMail;
import jp.kenpo.kennin.application.mail.InsurerMails;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.review.DecisionOutcome;
import jp.kenpo.kennin.domain.review.ReviewDecision;
import jp.kenpo.kennin.domain.review.ReviewTexts;

/** The mails the review sends the member: a return (差し戻し) and, once everything is decided, the result. */
final class ReviewMails {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private final ReviewPorts ports;
    private final SendMailPort mail;
    private final String loginUrl;
    private final Clock clock;

    ReviewMails(ReviewPorts ports, SendMailPort mail, String loginUrl, Clock clock) {
        this.ports = ports;
        this.mail = mail;
        this.loginUrl = loginUrl;
        this.clock = clock;
    }

    /** Tells the member to log in and read why; false when the mail server refused (the return stands). */
    boolean returned(StaffCase c) {
        return BestEffortMail.send(mail, InsurerMails.toMember(c.insurer(), c.member(), MailTemplate.SURVEY_RETURNED,
                params(c)));
    }

    /**
     * Sends the result mail when every dependent asked about this year has a final decision (call
     * it after the transaction that made the last one final committed), once per member and year;
     * false when something is still open, it went already, or the mail server refused.
     */
    boolean resultIfComplete(StaffCase c) {
        List<Dependent> inScope = ReviewScope.inScope(ports, c);
        Map<DependentId, ReviewDecision> decisions = ports.decisions()
                .decisionsOf(c.year().insurer(), c.year().fiscalYear(), inScope.stream().map(Dependent::id).toList())
                .stream().collect(Collectors.toMap(ReviewDecision::dependent, Function.identity()));
        if (inScope.isEmpty() || !inScope.stream().allMatch(d -> Optional.ofNullable(decisions.get(d.id()))
                .map(ReviewDecision::isFinal).orElse(false))) {
            return false;
        }
        // Two reviewers completing the member's last two dependents at once: only the first mails.
        if (!ports.resultMails().firstResultMail(c.year().insurer(), c.year().fiscalYear(), c.member().id(),
                clock.instant())) {
            return false;
        }
        String results = inScope.stream().map(d -> line(d, decisions.get(d.id()))).collect(Collectors.joining("\n"));
        Map<String, String> params = params(c);
        params.put("results", results);
        return BestEffortMail.send(mail, InsurerMails.toMember(c.insurer(), c.member(), MailTemplate.REVIEW_RESULT, params));
    }

    static String line(Dependent d, ReviewDecision decision) {
        if (decision.outcome() == DecisionOutcome.CONTINUE) {
            return ReviewTexts.text("review.result.continued", Locale.JAPANESE, d.name().written());
        }
        return ReviewTexts.text("review.result.removed", Locale.JAPANESE, d.name().written(),
                DAY.format(decision.lossDate().orElseThrow()),
                ReviewTexts.text(decision.removalReason().orElseThrow(), Locale.JAPANESE));
    }

    private Map<String, String> params(StaffCase c) {
        Map<String, String> params = new HashMap<>(InsurerMails.contactMail(c.insurer()));
        params.put("loginUrl", loginUrl);
        return params;
    }
}
