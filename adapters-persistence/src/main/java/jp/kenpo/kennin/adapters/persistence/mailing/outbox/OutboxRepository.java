package jp.kenpo.kennin.adapters.persistence.mailing.outbox;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.INSURER;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_CAMPAIGN;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_OUTBOX;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_TEMPLATE;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER_PROGRESS;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_YEAR;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.UNDELIVERABLE_ADDRESS;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.MailCampaignRecord;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.application.mailing.CampaignRecipient;
import jp.kenpo.kennin.adapters.persistence.mailing.AccountLanguage;
import jp.kenpo.kennin.application.mailing.OutgoingMail;
import jp.kenpo.kennin.application.mailing.QueueResultNoticePort;
import jp.kenpo.kennin.application.mailing.outbox.ClaimOutboxMailsPort;
import jp.kenpo.kennin.application.mailing.outbox.ClaimedMail;
import jp.kenpo.kennin.application.mailing.outbox.OutboxClaim;
import jp.kenpo.kennin.application.mailing.outbox.RecordDeliveryPort;
import jp.kenpo.kennin.application.mailing.outbox.StartCampaignPort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.mailing.DeliveryState;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.SQLDataType;

/**
 * mail_outbox, undeliverable_address and the outbox's side of mail_campaign. Every write of a
 * mail's state is a conditional update: a claim takes QUEUED rows only, an outcome is written
 * only while the row is still SENDING under the same claim (worker and claim time). Claims lock
 * the rows they take with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 alike), so two
 * workers never wait on each other and never take the same row.
 */
public final class OutboxRepository implements ClaimOutboxMailsPort, RecordDeliveryPort, StartCampaignPort,
        QueueResultNoticePort {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int ERROR_LENGTH = 500;
    private static final String QUEUED = DeliveryState.QUEUED.name();
    private static final String SENDING = DeliveryState.SENDING.name();

    private final DSLContext dsl;

    public OutboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- the worker ----

    @Override
    public int putBackStuck(Instant claimedBefore) {
        return dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATE, QUEUED)
                .set(MAIL_OUTBOX.CLAIMED_BY, (String) null)
                .set(MAIL_OUTBOX.CLAIMED_AT, (Instant) null)
                .set(MAIL_OUTBOX.LAST_ERROR, "put back: its worker stopped while sending it (it may have gone once)")
                .where(MAIL_OUTBOX.STATE.eq(SENDING))
                .and(MAIL_OUTBOX.CLAIMED_AT.lt(claimedBefore))
                .execute();
    }

    @Override
    public List<ClaimedMail> claimDue(String worker, Instant now, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // The claim time is part of the claim's key: stored and compared at the precision both databases keep.
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        List<Long> ids = dsl.transactionResult(() -> {
            List<Long> candidates = dsl.select(MAIL_OUTBOX.ID)
                    .from(MAIL_OUTBOX)
                    .where(MAIL_OUTBOX.STATE.eq(QUEUED))
                    .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(at))
                    .and(MAIL_OUTBOX.CAMPAIGN_ID.in(select(MAIL_CAMPAIGN.ID).from(MAIL_CAMPAIGN)
                            .where(MAIL_CAMPAIGN.PAUSED.isFalse())))
                    // No tie-break on id: a started campaign's rows share one due time, and ordering them by id
                    // too would sort every due row of a million-member campaign for each claim of 50, where
                    // mail_outbox_due_idx alone gives the oldest due rows in order and stops at the limit.
                    .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT)
                    .limit(limit)
                    .forUpdate().skipLocked()
                    .fetch(MAIL_OUTBOX.ID);
            if (candidates.isEmpty()) {
                return candidates;
            }
            // Still QUEUED: the lock is what keeps two workers apart, the condition makes sure of it.
            dsl.update(MAIL_OUTBOX)
                    .set(MAIL_OUTBOX.STATE, SENDING)
                    .set(MAIL_OUTBOX.CLAIMED_BY, worker)
                    .set(MAIL_OUTBOX.CLAIMED_AT, at)
                    .where(MAIL_OUTBOX.ID.in(candidates))
                    .and(MAIL_OUTBOX.STATE.eq(QUEUED))
                    .execute();
            return candidates;
        });
        if (ids.isEmpty()) {
            return List.of();
        }
        return readClaimed(ids, worker, at);
    }

    /** The rows this claim holds, with the member as they are now and the campaign's text. */
    private List<ClaimedMail> readClaimed(List<Long> ids, String worker, Instant at) {
        Field<String> accountLanguage = AccountLanguage.of(MAIL_OUTBOX.MEMBER_ID, MAIL_CAMPAIGN.FISCAL_YEAR);
        Field<Boolean> refused = field(exists(selectOne().from(UNDELIVERABLE_ADDRESS)
                .where(UNDELIVERABLE_ADDRESS.INSURER_CODE.eq(MEMBER.INSURER_CODE))
                .and(UNDELIVERABLE_ADDRESS.EMAIL_KEY.eq(MEMBER.EMAIL_KEY)))).as("refused");
        return dsl.select(MAIL_OUTBOX.ID, MAIL_OUTBOX.CAMPAIGN_ID, MAIL_OUTBOX.INSURER_CODE, MAIL_OUTBOX.ATTEMPTS,
                        MAIL_OUTBOX.MESSAGE_ID, MAIL_OUTBOX.PARAMS, MAIL_CAMPAIGN.KIND, MAIL_CAMPAIGN.SUBJECT, MAIL_CAMPAIGN.BODY,
                        MEMBER.ID, MEMBER.NAME_WRITTEN, MEMBER.SYMBOL, MEMBER.NUMBER, MEMBER.EMAIL, SURVEY_YEAR.DEADLINE,
                        MEMBER_PROGRESS.EXTENDED_UNTIL, accountLanguage, refused)
                .from(MAIL_OUTBOX)
                .join(MAIL_CAMPAIGN).on(MAIL_CAMPAIGN.ID.eq(MAIL_OUTBOX.CAMPAIGN_ID))
                .join(MEMBER).on(MEMBER.ID.eq(MAIL_OUTBOX.MEMBER_ID))
                .join(SURVEY_YEAR).on(SURVEY_YEAR.INSURER_CODE.eq(MAIL_CAMPAIGN.INSURER_CODE))
                .and(SURVEY_YEAR.FISCAL_YEAR.eq(MAIL_CAMPAIGN.FISCAL_YEAR))
                .leftJoin(MEMBER_PROGRESS).on(MEMBER_PROGRESS.INSURER_CODE.eq(MAIL_CAMPAIGN.INSURER_CODE))
                .and(MEMBER_PROGRESS.FISCAL_YEAR.eq(MAIL_CAMPAIGN.FISCAL_YEAR))
                .and(MEMBER_PROGRESS.MEMBER_ID.eq(MAIL_OUTBOX.MEMBER_ID))
                .where(MAIL_OUTBOX.ID.in(ids))
                .and(MAIL_OUTBOX.STATE.eq(SENDING))
                .and(MAIL_OUTBOX.CLAIMED_BY.eq(worker))
                .and(MAIL_OUTBOX.CLAIMED_AT.eq(at))
                .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.ID)
                .fetch(r -> toClaimed(r, worker, at, accountLanguage, refused));
    }

    private static ClaimedMail toClaimed(Record r, String worker, Instant at, Field<String> accountLanguage, Field<Boolean> refused) {
        CampaignKind kind = CampaignKind.valueOf(r.get(MAIL_CAMPAIGN.KIND));
        LocalDate deadline = r.get(SURVEY_YEAR.DEADLINE);
        LocalDate extended = r.get(MEMBER_PROGRESS.EXTENDED_UNTIL);
        CampaignRecipient recipient = new CampaignRecipient(new MemberId(r.get(MEMBER.ID)), r.get(MEMBER.NAME_WRITTEN),
                new MemberSymbol(r.get(MEMBER.SYMBOL)), new MemberNumber(r.get(MEMBER.NUMBER)), new EmailAddress(r.get(MEMBER.EMAIL)),
                r.get(accountLanguage) != null, AccountLanguage.language(r.get(accountLanguage)),
                extended != null && extended.isAfter(deadline) ? extended : deadline,
                Optional.ofNullable(r.get(MAIL_OUTBOX.PARAMS)));
        return new ClaimedMail(new OutboxClaim(r.get(MAIL_OUTBOX.ID), worker, at), new CampaignId(r.get(MAIL_OUTBOX.CAMPAIGN_ID)),
                new InsurerCode(r.get(MAIL_OUTBOX.INSURER_CODE)), r.get(MAIL_OUTBOX.ATTEMPTS), r.get(MAIL_OUTBOX.MESSAGE_ID),
                new CampaignMailText(kind, r.get(MAIL_CAMPAIGN.SUBJECT), r.get(MAIL_CAMPAIGN.BODY)), recipient,
                Boolean.TRUE.equals(r.get(refused)));
    }

    @Override
    public int putBack(List<OutboxClaim> claims) {
        int n = 0;
        for (OutboxClaim claim : claims) {
            n += dsl.update(MAIL_OUTBOX)
                    .set(MAIL_OUTBOX.STATE, QUEUED)
                    .set(MAIL_OUTBOX.CLAIMED_BY, (String) null)
                    .set(MAIL_OUTBOX.CLAIMED_AT, (Instant) null)
                    .where(held(claim))
                    .execute();
        }
        return n;
    }

    @Override
    public boolean markSent(OutboxClaim claim, EmailAddress sentTo, Instant at) {
        return dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATE, DeliveryState.SENT.name())
                .set(MAIL_OUTBOX.SENT_AT, at)
                .set(MAIL_OUTBOX.SENT_TO, sentTo.value())
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .where(held(claim))
                .execute() == 1;
    }

    @Override
    public boolean markRetry(OutboxClaim claim, Instant nextAttemptAt, String cause) {
        return dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATE, QUEUED)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, nextAttemptAt)
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.LAST_ERROR, cut(cause))
                .set(MAIL_OUTBOX.CLAIMED_BY, (String) null)
                .set(MAIL_OUTBOX.CLAIMED_AT, (Instant) null)
                .where(held(claim))
                .execute() == 1;
    }

    @Override
    public boolean markFailed(OutboxClaim claim, String cause, Instant at) {
        return dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATE, DeliveryState.FAILED.name())
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.LAST_ERROR, cut(cause))
                .where(held(claim))
                .execute() == 1;
    }

    @Override
    public boolean markUndeliverable(OutboxClaim claim, EmailAddress address, String reply, Instant at) {
        return dsl.transactionResult(() -> {
            Record marked = dsl.update(MAIL_OUTBOX)
                    .set(MAIL_OUTBOX.STATE, DeliveryState.UNDELIVERABLE.name())
                    .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                    .set(MAIL_OUTBOX.LAST_ERROR, cut(reply))
                    .set(MAIL_OUTBOX.SENT_TO, address.value())
                    .where(held(claim))
                    .returning(MAIL_OUTBOX.INSURER_CODE, MAIL_OUTBOX.MEMBER_ID)
                    .fetchOne();
            if (marked == null) {
                return false;
            }
            dsl.insertInto(UNDELIVERABLE_ADDRESS)
                    .set(UNDELIVERABLE_ADDRESS.INSURER_CODE, marked.get(MAIL_OUTBOX.INSURER_CODE))
                    .set(UNDELIVERABLE_ADDRESS.EMAIL_KEY, address.key())
                    .set(UNDELIVERABLE_ADDRESS.MEMBER_ID, marked.get(MAIL_OUTBOX.MEMBER_ID))
                    .set(UNDELIVERABLE_ADDRESS.REPLY, cut(reply))
                    .set(UNDELIVERABLE_ADDRESS.SINCE, at)
                    .onConflictDoNothing()
                    .execute();
            return true;
        });
    }

    private static Condition held(OutboxClaim claim) {
        return MAIL_OUTBOX.ID.eq(claim.outboxId())
                .and(MAIL_OUTBOX.STATE.eq(SENDING))
                .and(MAIL_OUTBOX.CLAIMED_BY.eq(claim.worker()))
                .and(MAIL_OUTBOX.CLAIMED_AT.eq(claim.claimedAt()));
    }

    private static String cut(String text) {
        String s = text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
        return s.length() <= ERROR_LENGTH ? s : s.substring(0, ERROR_LENGTH - 1) + "…";
    }

    // ---- campaign starts ----

    @Override
    public List<DueCampaign> dueCampaigns(Instant now) {
        return dsl.select(MAIL_CAMPAIGN.ID, MAIL_CAMPAIGN.INSURER_CODE, MAIL_CAMPAIGN.FISCAL_YEAR, MAIL_CAMPAIGN.KIND)
                .from(MAIL_CAMPAIGN)
                .where(due(now))
                .orderBy(MAIL_CAMPAIGN.STARTS_AT, MAIL_CAMPAIGN.ID)
                .fetch(r -> new DueCampaign(new CampaignId(r.value1()), new InsurerCode(r.value2()), r.value3(),
                        CampaignKind.valueOf(r.value4())));
    }

    private static Condition due(Instant now) {
        return MAIL_CAMPAIGN.ENQUEUED_AT.isNull()
                .and(MAIL_CAMPAIGN.CANCELLED_AT.isNull())
                .and(MAIL_CAMPAIGN.PAUSED.isFalse())
                .and(MAIL_CAMPAIGN.STARTS_AT.le(now));
    }

    /** In the caller's transaction: the start and the queued mails are stored together or not at all. */
    @Override
    public Optional<Started> start(CampaignId campaign, Set<ProgressStatus> statuses, String messageIdDomain, Instant now) {
        MailCampaignRecord started = dsl.update(MAIL_CAMPAIGN)
                .set(MAIL_CAMPAIGN.ENQUEUED_AT, now)
                .where(MAIL_CAMPAIGN.ID.eq(campaign.value()))
                .and(due(now))
                .returning()
                .fetchOne();
        if (started == null) {
            return Optional.empty();
        }
        Condition addressed = MEMBER_PROGRESS.INSURER_CODE.eq(started.getInsurerCode())
                .and(MEMBER_PROGRESS.FISCAL_YEAR.eq(started.getFiscalYear()))
                .and(MEMBER_PROGRESS.STATUS.in(statuses.stream().map(Enum::name).toList()));
        Condition refused = exists(selectOne().from(UNDELIVERABLE_ADDRESS)
                .where(UNDELIVERABLE_ADDRESS.INSURER_CODE.eq(MEMBER.INSURER_CODE))
                .and(UNDELIVERABLE_ADDRESS.EMAIL_KEY.eq(MEMBER.EMAIL_KEY)));
        // One statement however many members: OutgoingMail.outboxMessageId's form, made by the database.
        Field<String> messageId = concat(inline("<kennin." + campaign.value() + "."),
                MEMBER_PROGRESS.MEMBER_ID.cast(SQLDataType.VARCHAR(20)), inline("@" + messageIdDomain + ">"));
        int queued = dsl.insertInto(MAIL_OUTBOX, MAIL_OUTBOX.CAMPAIGN_ID, MAIL_OUTBOX.MEMBER_ID, MAIL_OUTBOX.INSURER_CODE,
                        MAIL_OUTBOX.STATE, MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.MESSAGE_ID,
                        MAIL_OUTBOX.CREATED_AT)
                .select(select(val(campaign.value()), MEMBER_PROGRESS.MEMBER_ID, MEMBER_PROGRESS.INSURER_CODE, inline(QUEUED),
                        inline(0), val(now), messageId, val(now))
                        .from(MEMBER_PROGRESS)
                        .join(MEMBER).on(MEMBER.ID.eq(MEMBER_PROGRESS.MEMBER_ID))
                        .where(addressed)
                        .andNot(refused))
                .execute();
        int withoutUsableAddress = dsl.fetchCount(dsl.selectOne()
                .from(MEMBER_PROGRESS)
                .join(MEMBER).on(MEMBER.ID.eq(MEMBER_PROGRESS.MEMBER_ID))
                .where(addressed)
                .and(refused));
        dsl.update(MAIL_CAMPAIGN)
                .set(MAIL_CAMPAIGN.RECIPIENTS, queued)
                .where(MAIL_CAMPAIGN.ID.eq(campaign.value()))
                .execute();
        return Optional.of(new Started(queued, withoutUsableAddress));
    }

    // ---- result notices ----

    @Override
    public boolean queueResultNotice(InsurerCode insurer, int fiscalYear, MemberId member, String results, Instant at) {
        return dsl.transactionResult(() -> {
            long campaign = resultNoticeCampaign(insurer, fiscalYear, at);
            String sender = dsl.select(INSURER.SENDER_ADDRESS).from(INSURER).where(INSURER.CODE.eq(insurer.value()))
                    .fetchOne(INSURER.SENDER_ADDRESS);
            String messageId = OutgoingMail.outboxMessageId(new CampaignId(campaign), member, new EmailAddress(sender));
            try {
                return dsl.insertInto(MAIL_OUTBOX)
                        .set(MAIL_OUTBOX.CAMPAIGN_ID, campaign)
                        .set(MAIL_OUTBOX.MEMBER_ID, member.value())
                        .set(MAIL_OUTBOX.INSURER_CODE, insurer.value())
                        .set(MAIL_OUTBOX.STATE, QUEUED)
                        .set(MAIL_OUTBOX.ATTEMPTS, 0)
                        .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, at)
                        .set(MAIL_OUTBOX.MESSAGE_ID, messageId)
                        .set(MAIL_OUTBOX.PARAMS, results)
                        .set(MAIL_OUTBOX.CREATED_AT, at)
                        .onConflictDoNothing()
                        .execute() == 1;
            } catch (DataAccessException e) {
                if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                    return false;
                }
                throw e;
            }
        });
    }

    /**
     * The year's result-notice campaign, made on first use from the insurer's template (or the
     * built-in text), started at once. Two decisions making it at the same moment are put in line
     * by a lock on the survey year's row (FOR NO KEY UPDATE on PostgreSQL, which rows referring to
     * the year do not wait for), and the second finds the first one's campaign.
     */
    private long resultNoticeCampaign(InsurerCode insurer, int fiscalYear, Instant at) {
        Optional<Long> existing = findResultNoticeCampaign(insurer, fiscalYear);
        if (existing.isPresent()) {
            return existing.get();
        }
        var lock = dsl.select(SURVEY_YEAR.FISCAL_YEAR).from(SURVEY_YEAR)
                .where(SURVEY_YEAR.INSURER_CODE.eq(insurer.value()))
                .and(SURVEY_YEAR.FISCAL_YEAR.eq(fiscalYear));
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            lock.forNoKeyUpdate().fetch();
        } else {
            lock.forUpdate().fetch();
        }
        // Asked differently from the first look on purpose: H2 hands a session the result it kept of
        // the very same query with the same parameters when no row changed since, and the commit of the
        // campaign that the lock waited for changes none (an identical query missed it 1 run in 30).
        existing = dsl.select(MAIL_CAMPAIGN.ID).from(MAIL_CAMPAIGN)
                .where(resultNoticeCampaignOf(insurer, fiscalYear))
                .orderBy(MAIL_CAMPAIGN.ID)
                .limit(1)
                .forUpdate()
                .fetchOptional(MAIL_CAMPAIGN.ID);
        if (existing.isPresent()) {
            return existing.get();
        }
        CampaignMailText text = dsl.select(MAIL_TEMPLATE.SUBJECT, MAIL_TEMPLATE.BODY).from(MAIL_TEMPLATE)
                .where(MAIL_TEMPLATE.INSURER_CODE.eq(insurer.value()))
                .and(MAIL_TEMPLATE.KIND.eq(CampaignKind.RESULT_NOTICE.name()))
                .fetchOptional(r -> new CampaignMailText(CampaignKind.RESULT_NOTICE, r.value1(), r.value2()))
                .orElseGet(() -> CampaignMailText.standard(CampaignKind.RESULT_NOTICE));
        return dsl.insertInto(MAIL_CAMPAIGN)
                .set(MAIL_CAMPAIGN.INSURER_CODE, insurer.value())
                .set(MAIL_CAMPAIGN.FISCAL_YEAR, fiscalYear)
                .set(MAIL_CAMPAIGN.KIND, CampaignKind.RESULT_NOTICE.name())
                .set(MAIL_CAMPAIGN.STARTS_AT, at)
                .set(MAIL_CAMPAIGN.SUBJECT, text.subject())
                .set(MAIL_CAMPAIGN.BODY, text.body())
                .set(MAIL_CAMPAIGN.PAUSED, false)
                .set(MAIL_CAMPAIGN.CREATED_AT, at)
                .set(MAIL_CAMPAIGN.ENQUEUED_AT, at)
                .returning(MAIL_CAMPAIGN.ID)
                .fetchOne(MAIL_CAMPAIGN.ID);
    }

    private Optional<Long> findResultNoticeCampaign(InsurerCode insurer, int fiscalYear) {
        return dsl.select(MAIL_CAMPAIGN.ID).from(MAIL_CAMPAIGN)
                .where(resultNoticeCampaignOf(insurer, fiscalYear))
                .orderBy(MAIL_CAMPAIGN.ID)
                .limit(1)
                .fetchOptional(MAIL_CAMPAIGN.ID);
    }

    private static Condition resultNoticeCampaignOf(InsurerCode insurer, int fiscalYear) {
        return MAIL_CAMPAIGN.INSURER_CODE.eq(insurer.value())
                .and(MAIL_CAMPAIGN.FISCAL_YEAR.eq(fiscalYear))
                .and(MAIL_CAMPAIGN.KIND.eq(CampaignKind.RESULT_NOTICE.name()))
                .and(MAIL_CAMPAIGN.CANCELLED_AT.isNull());
    }
}
