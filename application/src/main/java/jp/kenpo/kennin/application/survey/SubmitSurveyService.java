package jp.kenpo.kennin.application.survey;

import jp.kenpo.kennin.domain.account.Language;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.StaffActor;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.mail.BestEffortMail;
import jp.kenpo.kennin.application.mail.InsurerMails;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.security.SecretGenerator;
import jp.kenpo.kennin.application.survey.ShowSurveyConfirmationUseCase.SurveyConfirmation;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.ConfirmationMail;
import jp.kenpo.kennin.application.progress.ProgressTracker;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.review.Prospect;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.ReceiptNumber;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveySubmission;

public final class SubmitSurveyService implements SubmitSurveyUseCase, SurveyForStaff.Submit {
    /** A fresh random receipt collides about once in 10^12; a few tries make a refusal practically impossible. */
    private static final int RECEIPT_TRIES = 3;
    private static final DateTimeFormatter RECEIVED_AT = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm")
            .withZone(SurveyDeadline.TOKYO);
    private static final DateTimeFormatter RECEIVED_AT_EN = DateTimeFormatter.ofPattern("d MMMM uuuu, H:mm", java.util.Locale.ENGLISH)
            .withZone(SurveyDeadline.TOKYO);

    private final MemberSurvey surveys;
    private final SurveyConfirmations confirmations;
    private final SurveyReviews reviews;
    private final SurveyPorts ports;
    private final SecretGenerator secrets;
    private final SendMailPort mail;
    private final String loginUrl;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final ProgressTracker progress;

    public SubmitSurveyService(SurveyPorts ports, SecretGenerator secrets, SendMailPort mail, String loginUrl,
                               Transactions transactions, RecordAuditPort audit, Clock clock) {
        this(ports, secrets, mail, loginUrl, transactions, audit, clock, ProgressTracker.none());
    }

    public SubmitSurveyService(SurveyPorts ports, SecretGenerator secrets, SendMailPort mail, String loginUrl,
                               Transactions transactions, RecordAuditPort audit, Clock clock, ProgressTracker progress) {
        this.surveys = new MemberSurvey(ports);
        this.confirmations = new SurveyConfirmations(ports, clock);
        this.reviews = new SurveyReviews(ports);
        this.ports = ports;
        this.secrets = secrets;
        this.mail = mail;
        this.loginUrl = loginUrl;
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
        this.progress = progress;
    }

    @Override
    public SubmitSurveyResult submitSurvey(AccountId account, ClientAddress client) {
        return submit(surveys.of(account), client);
    }

    @Override
    public SubmitSurveyResult submitFor(StaffActor staff, MemberId member, ClientAddress client) {
        return submit(surveys.ofMember(member, staff), client);
    }

    private SubmitSurveyResult submit(Optional<MemberSurvey.Context> context, ClientAddress client) {
        if (context.isEmpty()) {
            return new SubmitSurveyResult.NotFound();
        }
        MemberSurvey.Context c = context.get();
        SurveyConfirmation confirmation = confirmations.of(c);
        List<DependentReview> toSubmit = confirmation.toSubmit();
        if (toSubmit.isEmpty()) {
            return new SubmitSurveyResult.NothingToSubmit();
        }
        if (confirmation.late()) {
            c.audit(audit, AuditAction.SURVEY_SUBMISSION_REFUSED, client, "late deadline=" + confirmation.deadline().day());
            return new SubmitSurveyResult.Late(confirmation.deadline());
        }
        List<DependentReview> notReady = toSubmit.stream().filter(r -> !r.ready()).toList();
        if (!notReady.isEmpty()) {
            c.audit(audit, AuditAction.SURVEY_SUBMISSION_REFUSED, client, "incomplete dependents="
                    + notReady.stream().map(r -> String.valueOf(r.dependent().id().value())).toList());
            return new SubmitSurveyResult.Incomplete(notReady);
        }
        Optional<SurveySubmission> stored;
        try {
            stored = store(c, toSubmit);
        } catch (ChangedMeanwhile e) {
            c.audit(audit, AuditAction.SURVEY_SUBMISSION_REFUSED, client, "changed meanwhile dependents="
                    + e.notReady.stream().map(r -> String.valueOf(r.dependent().id().value())).toList());
            return new SubmitSurveyResult.Incomplete(e.notReady);
        }
        if (stored.isEmpty()) {
            return new SubmitSurveyResult.NothingToSubmit();
        }
        SurveySubmission submission = stored.get();
        c.audit(audit, AuditAction.SURVEY_SUBMITTED, client, "receipt=" + submission.receipt() + " dependents="
                + submission.dependents().stream().map(DependentId::value).toList());
        Map<String, String> params = new HashMap<>(InsurerMails.contactMail(c.insurer()));
        params.put("receipt", submission.receipt().value());
        // The member's own language when they submitted it themselves; staff entering a paper answer mail in Japanese.
        Language language = c.who() instanceof MemberSurvey.Who.Member m ? m.account().mailLanguage() : Language.DEFAULT;
        params.put("submittedAt", (language == Language.EN ? RECEIVED_AT_EN : RECEIVED_AT).format(submission.submittedAt()));
        params.put("count", String.valueOf(submission.dependents().size()));
        params.put("loginUrl", loginUrl);
        boolean sent = BestEffortMail.send(mail, InsurerMails.toMember(c.insurer(), c.member(),
                MailTemplate.SURVEY_SUBMITTED, params).in(language));
        return new SubmitSurveyResult.Submitted(submission, sent ? ConfirmationMail.SENT : ConfirmationMail.NOT_SENT);
    }

    /** Empty when a concurrent submission (a double click) already handed these responses to staff. */
    private Optional<SurveySubmission> store(MemberSurvey.Context c, List<DependentReview> toSubmit) {
        for (int attempt = 1; ; attempt++) {
            SurveySubmission submission = new SurveySubmission(ReceiptNumber.of(c.year().fiscalYear(), secrets.receiptCode()),
                    c.year().insurer(), c.year().fiscalYear(), c.member().id(), clock.instant(),
                    toSubmit.stream().map(r -> r.dependent().id()).toList());
            try {
                transactions.inTransaction(() -> {
                    for (DependentReview r : toSubmit) {
                        if (!ports.responses().markSubmitted(r.response().submitted())) {
                            throw new SubmittedMeanwhile();
                        }
                        ports.responses().saveProspect(c.year().insurer(), c.year().fiscalYear(), r.dependent().id(),
                                prospect(r));
                    }
                    // Read again under the row locks just taken: a draft save or a file deletion from another tab
                    // that committed after the check above may have left something missing.
                    List<DependentReview> notReady = reviews.all(c).stream().filter(r -> submission.dependents()
                            .contains(r.dependent().id())).filter(r -> !r.ready()).toList();
                    if (!notReady.isEmpty()) {
                        throw new ChangedMeanwhile(notReady);
                    }
                    ports.submissions().saveSubmission(submission);
                    progress.memberChanged(c.year().insurer(), c.year().fiscalYear(), c.member().id());
                });
                return Optional.of(submission);
            } catch (SubmittedMeanwhile e) {
                return Optional.empty();
            } catch (SurveySubmissionPort.DuplicateReceiptException e) {
                if (attempt == RECEIPT_TRIES) {
                    throw e;
                }
            }
        }
    }

    /** What the engine said as the response goes to staff; a declared loss of status is the member's own word. */
    static Prospect prospect(DependentReview r) {
        if (r.response().noLongerEligible().isPresent()) {
            return Prospect.DECLARED_LOSS;
        }
        return r.judgement().map(Prospect::of).orElse(Prospect.NEEDS_REVIEW);
    }

    /** Rolls the transaction back: another request submitted one of these responses first. */
    private static final class SubmittedMeanwhile extends RuntimeException {
        SubmittedMeanwhile() {
            super(null, null, false, false);
        }
    }

    /** Rolls the transaction back: another tab changed a response after it was checked, and now something is missing. */
    private static final class ChangedMeanwhile extends RuntimeException {
        private final List<DependentReview> notReady;

        ChangedMeanwhile(List<DependentReview> notReady) {
            super(null, null, false, false);
            this.notReady = notReady;
        }
    }
}
