package jp.kenpo.kennin.application.mailing.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.mail.MailLogPort;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mailing.CampaignMailComposer;
import jp.kenpo.kennin.application.mailing.DeliverOutboxMailsUseCase;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort.DeliveryResult;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort.DeliverySession;
import jp.kenpo.kennin.application.mailing.OutgoingMail;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.mailing.RetrySchedule;

/**
 * The outbox worker's run: puts back what a crashed worker left in SENDING, then takes due mails
 * in small batches and hands them over one connection, recording each outcome the moment the
 * server answered. A mail recorded SENT is never taken again; the only mail that can go twice is
 * one the server accepted just before the process died, before SENT was written.
 *
 * <p>When the server cannot be reached at all the run stops: the mail that found it down uses an
 * attempt, the others taken with it go back untried.
 */
public final class DeliverOutboxMailsService implements DeliverOutboxMailsUseCase {
    /** How long a mail may stay SENDING before it counts as left behind by a dead worker. */
    public static final Duration DEFAULT_STUCK_AFTER = Duration.ofMinutes(15);
    /** Mails taken per claim: what a crash can leave in SENDING (and then delay by the stuck limit). */
    static final int BATCH = 50;

    private final ClaimOutboxMailsPort outbox;
    private final RecordDeliveryPort outcomes;
    private final LoadInsurerPort insurers;
    private final MailDeliveryPort delivery;
    private final CampaignMailComposer composer;
    private final MailLogPort mailLog;
    private final Transactions transactions;
    private final RetrySchedule retries;
    private final Duration stuckAfter;
    private final Clock clock;

    public DeliverOutboxMailsService(ClaimOutboxMailsPort outbox, RecordDeliveryPort outcomes, LoadInsurerPort insurers,
                                     MailDeliveryPort delivery, CampaignMailComposer composer, MailLogPort mailLog,
                                     Transactions transactions, RetrySchedule retries, Duration stuckAfter, Clock clock) {
        this.outbox = outbox;
        this.outcomes = outcomes;
        this.insurers = insurers;
        this.delivery = delivery;
        this.composer = composer;
        this.mailLog = mailLog;
        this.transactions = transactions;
        this.retries = retries;
        this.stuckAfter = stuckAfter;
        this.clock = clock;
    }

    public DeliverOutboxMailsService(ClaimOutboxMailsPort outbox, RecordDeliveryPort outcomes, LoadInsurerPort insurers,
                                     MailDeliveryPort delivery, CampaignMailComposer composer, MailLogPort mailLog,
                                     Transactions transactions, Clock clock) {
        this(outbox, outcomes, insurers, delivery, composer, mailLog, transactions, RetrySchedule.standard(),
                DEFAULT_STUCK_AFTER, clock);
    }

    @Override
    public DeliveryRun deliverDueMails(DeliverDueMailsCommand command) {
        if (command.maxMails() < 0 || command.maxDuration().isNegative()) {
            throw new IllegalArgumentException("maxMails and maxDuration must not be negative");
        }
        if (command.maxDuration().compareTo(stuckAfter.dividedBy(2)) > 0) {
            // A run still sending when its rows count as stuck would have them sent twice.
            throw new IllegalArgumentException("a run must end well before its mails count as stuck (" + stuckAfter + ")");
        }
        Instant start = clock.instant();
        Instant stopTaking = start.plus(command.maxDuration());
        Run run = new Run();
        run.recovered = outbox.putBackStuck(start.minus(stuckAfter));
        DeliverySession session = null;
        try {
            int remaining = command.maxMails();
            while (remaining > 0 && !run.serverDown && clock.instant().isBefore(stopTaking)) {
                List<ClaimedMail> batch = outbox.claimDue(command.worker(), clock.instant(), Math.min(remaining, BATCH));
                if (batch.isEmpty()) {
                    break;
                }
                remaining -= batch.size();
                if (session == null) {
                    session = delivery.open();
                }
                int next = 0;
                try {
                    while (next < batch.size() && !run.serverDown && clock.instant().isBefore(stopTaking)) {
                        deliver(session, batch.get(next), run);
                        next++;
                    }
                } finally {
                    // Untried: the server went down, time ran out, or recording an outcome failed.
                    List<OutboxClaim> untried = new ArrayList<>();
                    for (int i = next; i < batch.size(); i++) {
                        untried.add(batch.get(i).claim());
                    }
                    if (!untried.isEmpty()) {
                        outbox.putBack(untried);
                    }
                    fileMailLog(run);
                }
            }
        } finally {
            if (session != null) {
                session.close();
            }
        }
        return new DeliveryRun(run.sent, run.retried, run.failed, run.undeliverable, run.recovered, run.serverDown);
    }

    private void deliver(DeliverySession session, ClaimedMail mail, Run run) {
        OutboxClaim claim = mail.claim();
        MailTemplate logAs = MailTemplate.ofCampaign(mail.text().kind());
        if (mail.addressUndeliverable()) {
            // Refused for good since the campaign started (another campaign's mail, a result notice).
            outcomes.markUndeliverable(claim, mail.recipient().email(), "address known to be undeliverable", clock.instant());
            run.undeliverable++;
            log(run, mail, logAs, MailLogPort.Outcome.FAILED);
            return;
        }
        Optional<OutgoingMail> outgoing = compose(mail, run);
        if (outgoing.isEmpty()) {
            return;
        }
        DeliveryResult result = session.deliver(outgoing.get());
        Instant now = clock.instant();
        if (result instanceof DeliveryResult.Delivered) {
            outcomes.markSent(claim, outgoing.get().to(), now);
            run.sent++;
            log(run, mail, logAs, MailLogPort.Outcome.SENT);
        } else if (result instanceof DeliveryResult.Undeliverable undeliverable) {
            outcomes.markUndeliverable(claim, outgoing.get().to(), undeliverable.reply(), now);
            run.undeliverable++;
            log(run, mail, logAs, MailLogPort.Outcome.FAILED);
        } else if (result instanceof DeliveryResult.RetryLater retry) {
            int attempt = mail.attempts() + 1;
            Optional<Duration> delay = retries.delayAfter(attempt);
            if (delay.isPresent()) {
                outcomes.markRetry(claim, now.plus(delay.get()), retry.cause());
                run.retried++;
            } else {
                outcomes.markFailed(claim, retry.cause(), now);
                run.failed++;
                log(run, mail, logAs, MailLogPort.Outcome.FAILED);
            }
            run.serverDown = retry.serverDown();
        }
    }

    /** The filled-in mail, or empty when it cannot be made (the insurer is gone, a text the checks let through): FAILED. */
    private Optional<OutgoingMail> compose(ClaimedMail mail, Run run) {
        Optional<Insurer> insurer = run.insurers.computeIfAbsent(mail.insurer(), insurers::loadInsurer);
        String problem;
        if (insurer.isPresent()) {
            try {
                return Optional.of(composer.mail(insurer.get(), mail.text(), mail.recipient(), mail.messageId()));
            } catch (RuntimeException e) {
                problem = "cannot fill in the campaign text: " + e.getMessage();
            }
        } else {
            problem = "insurer " + mail.insurer() + " not found";
        }
        outcomes.markFailed(mail.claim(), problem, clock.instant());
        run.failed++;
        log(run, mail, MailTemplate.ofCampaign(mail.text().kind()), MailLogPort.Outcome.FAILED);
        return Optional.empty();
    }

    private void log(Run run, ClaimedMail mail, MailTemplate template, MailLogPort.Outcome outcome) {
        run.log.add(new MailLogPort.MailLogEntry(mail.recipient().member(), template, clock.instant(), outcome));
    }

    /**
     * The batch's lines of the help desk's mail log in one transaction: a commit per mail for the
     * log as well as for the outbox row halved the mails per second on PostgreSQL. A crash loses at
     * most one batch's lines; the outcome itself is on each outbox row the moment it is known.
     */
    private void fileMailLog(Run run) {
        if (run.log.isEmpty()) {
            return;
        }
        try {
            transactions.inTransaction(() -> run.log.forEach(mailLog::recordMail));
        } catch (RuntimeException logFailed) {
            // The outcomes are recorded on the outbox rows; only the help desk's view of them is missing.
        } finally {
            run.log.clear();
        }
    }

    private static final class Run {
        final Map<InsurerCode, Optional<Insurer>> insurers = new HashMap<>();
        final List<MailLogPort.MailLogEntry> log = new ArrayList<>();
        int sent;
        int retried;
        int failed;
        int undeliverable;
        int recovered;
        boolean serverDown;
    }
}
