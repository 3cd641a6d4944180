package jp.kenpo.kennin.adapters.persistence.mailing.campaign;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.DEADLINE_EXTENSION;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_CAMPAIGN;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_LOG;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_OUTBOX;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_TEMPLATE;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_YEAR;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.UNDELIVERABLE_ADDRESS;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.MailCampaignRecord;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.application.mailing.CampaignRecipient;
import jp.kenpo.kennin.adapters.persistence.mailing.AccountLanguage;
import jp.kenpo.kennin.application.mailing.campaign.CampaignPort;
import jp.kenpo.kennin.application.mailing.campaign.CampaignProgress;
import jp.kenpo.kennin.application.mailing.campaign.CampaignQueryPort;
import jp.kenpo.kennin.application.mailing.campaign.MailTemplatePort;
import jp.kenpo.kennin.application.mailing.campaign.UndeliverableAddress;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.mailing.DeliveryState;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.staff.StaffId;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Templates, campaigns and what the mailing pages read of the outbox. The outbox and the
 * undeliverable addresses are written by the worker (outbox's repository); this only counts and lists them.
 */
public final class CampaignRepository implements MailTemplatePort, CampaignPort, CampaignQueryPort {
    private final DSLContext dsl;

    public CampaignRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // --- templates ---

    @Override
    public Optional<StoredTemplate> loadTemplate(InsurerCode insurer, CampaignKind kind) {
        return dsl.selectFrom(MAIL_TEMPLATE)
                .where(MAIL_TEMPLATE.INSURER_CODE.eq(insurer.value()), MAIL_TEMPLATE.KIND.eq(kind.name()))
                .fetchOptional(r -> new StoredTemplate(new CampaignMailText(kind, r.getSubject(), r.getBody()), r.getUpdatedAt()));
    }

    @Override
    public void saveTemplate(InsurerCode insurer, CampaignMailText text, StaffId by, Instant at) {
        dsl.insertInto(MAIL_TEMPLATE)
                .set(MAIL_TEMPLATE.INSURER_CODE, insurer.value())
                .set(MAIL_TEMPLATE.KIND, text.kind().name())
                .set(MAIL_TEMPLATE.SUBJECT, text.subject())
                .set(MAIL_TEMPLATE.BODY, text.body())
                .set(MAIL_TEMPLATE.UPDATED_BY, by.value())
                .set(MAIL_TEMPLATE.UPDATED_AT, at)
                .onConflict(MAIL_TEMPLATE.INSURER_CODE, MAIL_TEMPLATE.KIND)
                .doUpdate()
                .set(MAIL_TEMPLATE.SUBJECT, text.subject())
                .set(MAIL_TEMPLATE.BODY, text.body())
                .set(MAIL_TEMPLATE.UPDATED_BY, by.value())
                .set(MAIL_TEMPLATE.UPDATED_AT, at)
                .execute();
    }

    // --- campaigns ---

    @Override
    public Optional<CampaignId> createCampaign(NewCampaign c, boolean oncePerYear) {
        // Two staff (or two clicks) creating at once: the second waits here for the first's commit, then sees its row.
        dsl.select(SURVEY_YEAR.FISCAL_YEAR).from(SURVEY_YEAR)
                .where(SURVEY_YEAR.INSURER_CODE.eq(c.insurer().value()), SURVEY_YEAR.FISCAL_YEAR.eq(c.fiscalYear()))
                .forUpdate().fetch();
        Condition sameKind = MAIL_CAMPAIGN.INSURER_CODE.eq(c.insurer().value()).and(MAIL_CAMPAIGN.FISCAL_YEAR.eq(c.fiscalYear()))
                .and(MAIL_CAMPAIGN.KIND.eq(c.text().kind().name())).and(MAIL_CAMPAIGN.CANCELLED_AT.isNull());
        if (oncePerYear) {
            if (dsl.fetchExists(MAIL_CAMPAIGN, sameKind)) {
                return Optional.empty();
            }
        } else {
            // A double click on a reminder's form: the same reminder at the same time is the campaign already made,
            // not a second mail to every member.
            Optional<Long> same = dsl.select(MAIL_CAMPAIGN.ID).from(MAIL_CAMPAIGN)
                    .where(sameKind.and(MAIL_CAMPAIGN.STARTS_AT.eq(c.startsAt())))
                    .fetchOptional(MAIL_CAMPAIGN.ID);
            if (same.isPresent()) {
                return same.map(CampaignId::new);
            }
        }
        Long id = dsl.insertInto(MAIL_CAMPAIGN)
                .set(MAIL_CAMPAIGN.INSURER_CODE, c.insurer().value())
                .set(MAIL_CAMPAIGN.FISCAL_YEAR, c.fiscalYear())
                .set(MAIL_CAMPAIGN.KIND, c.text().kind().name())
                .set(MAIL_CAMPAIGN.STARTS_AT, c.startsAt())
                .set(MAIL_CAMPAIGN.SUBJECT, c.text().subject())
                .set(MAIL_CAMPAIGN.BODY, c.text().body())
                .set(MAIL_CAMPAIGN.PAUSED, false)
                .set(MAIL_CAMPAIGN.CREATED_BY, c.createdBy().value())
                .set(MAIL_CAMPAIGN.CREATED_AT, c.createdAt())
                .returningResult(MAIL_CAMPAIGN.ID)
                .fetchOne(MAIL_CAMPAIGN.ID);
        return Optional.of(new CampaignId(id));
    }

    @Override
    public Optional<CampaignProgress> findCampaign(InsurerCode insurer, CampaignId id) {
        List<CampaignProgress> found = progress(MAIL_CAMPAIGN.INSURER_CODE.eq(insurer.value()).and(MAIL_CAMPAIGN.ID.eq(id.value())));
        return found.stream().findFirst();
    }

    @Override
    public List<CampaignProgress> campaignsOf(InsurerCode insurer, int fiscalYear) {
        return progress(MAIL_CAMPAIGN.INSURER_CODE.eq(insurer.value()).and(MAIL_CAMPAIGN.FISCAL_YEAR.eq(fiscalYear)));
    }

    private List<CampaignProgress> progress(Condition which) {
        List<MailCampaignRecord> rows = dsl.selectFrom(MAIL_CAMPAIGN).where(which)
                .orderBy(MAIL_CAMPAIGN.STARTS_AT.desc(), MAIL_CAMPAIGN.ID.desc()).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        // One grouped query over the outbox for every campaign shown.
        Map<Long, Map<DeliveryState, Long>> counts = new HashMap<>();
        Field<Integer> count = DSL.count();
        dsl.select(MAIL_OUTBOX.CAMPAIGN_ID, MAIL_OUTBOX.STATE, count)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.CAMPAIGN_ID.in(rows.stream().map(MailCampaignRecord::getId).toList()))
                .groupBy(MAIL_OUTBOX.CAMPAIGN_ID, MAIL_OUTBOX.STATE)
                .fetch()
                .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new EnumMap<>(DeliveryState.class))
                        .put(DeliveryState.valueOf(r.value2()), r.value3().longValue()));
        return rows.stream().map(r -> new CampaignProgress(new CampaignId(r.getId()), CampaignKind.valueOf(r.getKind()),
                r.getStartsAt(), r.getCreatedAt(), r.getPaused(), Optional.ofNullable(r.getEnqueuedAt()),
                Optional.ofNullable(r.getCancelledAt()), Optional.ofNullable(r.getRecipients()),
                counts.getOrDefault(r.getId(), Map.of()))).toList();
    }

    @Override
    public boolean cancel(InsurerCode insurer, CampaignId id, Instant at) {
        return dsl.update(MAIL_CAMPAIGN)
                .set(MAIL_CAMPAIGN.CANCELLED_AT, at)
                .where(MAIL_CAMPAIGN.ID.eq(id.value()), MAIL_CAMPAIGN.INSURER_CODE.eq(insurer.value()),
                        MAIL_CAMPAIGN.ENQUEUED_AT.isNull(), MAIL_CAMPAIGN.CANCELLED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public boolean setPaused(InsurerCode insurer, CampaignId id, boolean paused) {
        return dsl.update(MAIL_CAMPAIGN)
                .set(MAIL_CAMPAIGN.PAUSED, paused)
                .where(MAIL_CAMPAIGN.ID.eq(id.value()), MAIL_CAMPAIGN.INSURER_CODE.eq(insurer.value()),
                        MAIL_CAMPAIGN.CANCELLED_AT.isNull(), MAIL_CAMPAIGN.PAUSED.eq(!paused))
                .execute() == 1;
    }

    // --- queries ---

    @Override
    public Optional<CampaignRecipient> recipientByCard(InsurerCode insurer, int fiscalYear, MemberSymbol symbol,
                                                       MemberNumber number) {
        Field<String> accountLanguage = AccountLanguage.of(MEMBER.ID, DSL.val(fiscalYear));
        return dsl.select(MEMBER.ID, MEMBER.NAME_WRITTEN, MEMBER.SYMBOL, MEMBER.NUMBER, MEMBER.EMAIL, accountLanguage,
                        DSL.coalesce(DEADLINE_EXTENSION.DEADLINE, SURVEY_YEAR.DEADLINE))
                .from(MEMBER)
                .join(SURVEY_YEAR).on(SURVEY_YEAR.INSURER_CODE.eq(MEMBER.INSURER_CODE), SURVEY_YEAR.FISCAL_YEAR.eq(fiscalYear))
                .leftJoin(DEADLINE_EXTENSION).on(DEADLINE_EXTENSION.MEMBER_ID.eq(MEMBER.ID),
                        DEADLINE_EXTENSION.INSURER_CODE.eq(MEMBER.INSURER_CODE), DEADLINE_EXTENSION.FISCAL_YEAR.eq(fiscalYear))
                .where(MEMBER.INSURER_CODE.eq(insurer.value()), MEMBER.SYMBOL.eq(symbol.value()), MEMBER.NUMBER.eq(number.value()))
                .fetchOptional(r -> new CampaignRecipient(new MemberId(r.value1()), r.value2(), MemberSymbol.parse(r.value3()),
                        MemberNumber.parse(r.value4()), EmailAddress.parse(r.value5()), r.value6() != null,
                        AccountLanguage.language(r.value6()), r.value7(), Optional.empty()));
    }

    @Override
    public long eachUndeliverable(InsurerCode insurer, Optional<CampaignId> campaign, Consumer<UndeliverableAddress> each) {
        org.jooq.ResultQuery<? extends Record> select = campaign.isPresent() ? ofCampaign(insurer, campaign.get()) : ofInsurer(insurer);
        long rows = 0;
        try (Cursor<? extends Record> cursor = select.fetchSize(500).fetchLazy()) {
            for (Record r : cursor) {
                each.accept(new UndeliverableAddress(r.get(MEMBER.SYMBOL), r.get(MEMBER.NUMBER), r.get(MEMBER.NAME_WRITTEN),
                        r.get(MEMBER.OFFICE), r.get(ADDRESS), r.get(REPLY), r.get(SINCE)));
                rows++;
            }
        }
        return rows;
    }

    private static final Field<String> ADDRESS = DSL.field(DSL.name("address"), String.class);
    private static final Field<String> REPLY = DSL.field(DSL.name("reply"), String.class);
    private static final Field<Instant> SINCE = DSL.field(DSL.name("since"), Instant.class);

    /** The mails of the campaign the server refused for good, at the address they were sent to. */
    private org.jooq.ResultQuery<? extends Record> ofCampaign(InsurerCode insurer, CampaignId campaign) {
        Field<Instant> firstRefused = DSL.field(DSL.select(DSL.min(UNDELIVERABLE_ADDRESS.SINCE)).from(UNDELIVERABLE_ADDRESS)
                .where(UNDELIVERABLE_ADDRESS.MEMBER_ID.eq(MAIL_OUTBOX.MEMBER_ID),
                        UNDELIVERABLE_ADDRESS.INSURER_CODE.eq(MAIL_OUTBOX.INSURER_CODE)));
        return dsl.select(MEMBER.SYMBOL, MEMBER.NUMBER, MEMBER.NAME_WRITTEN, MEMBER.OFFICE,
                        DSL.coalesce(MAIL_OUTBOX.SENT_TO, MEMBER.EMAIL).as(ADDRESS),
                        DSL.coalesce(MAIL_OUTBOX.LAST_ERROR, DSL.inline("")).as(REPLY),
                        DSL.coalesce(firstRefused, MAIL_OUTBOX.CLAIMED_AT, MAIL_OUTBOX.CREATED_AT).as(SINCE))
                .from(MAIL_OUTBOX)
                .join(MEMBER).on(MEMBER.ID.eq(MAIL_OUTBOX.MEMBER_ID))
                .where(MAIL_OUTBOX.CAMPAIGN_ID.eq(campaign.value()), MAIL_OUTBOX.INSURER_CODE.eq(insurer.value()),
                        MEMBER.INSURER_CODE.eq(insurer.value()), MAIL_OUTBOX.STATE.eq(DeliveryState.UNDELIVERABLE.name()))
                .orderBy(MEMBER.OFFICE, MEMBER.SYMBOL, MEMBER.NUMBER);
    }

    /** Every member whose address as it is now was refused for good (a changed address is usable again). */
    private org.jooq.ResultQuery<? extends Record> ofInsurer(InsurerCode insurer) {
        return dsl.select(MEMBER.SYMBOL, MEMBER.NUMBER, MEMBER.NAME_WRITTEN, MEMBER.OFFICE, MEMBER.EMAIL.as(ADDRESS),
                        UNDELIVERABLE_ADDRESS.REPLY.as(REPLY), UNDELIVERABLE_ADDRESS.SINCE.as(SINCE))
                .from(UNDELIVERABLE_ADDRESS)
                .join(MEMBER).on(MEMBER.ID.eq(UNDELIVERABLE_ADDRESS.MEMBER_ID), MEMBER.EMAIL_KEY.eq(UNDELIVERABLE_ADDRESS.EMAIL_KEY),
                        MEMBER.INSURER_CODE.eq(UNDELIVERABLE_ADDRESS.INSURER_CODE))
                .where(UNDELIVERABLE_ADDRESS.INSURER_CODE.eq(insurer.value()))
                .orderBy(MEMBER.OFFICE, MEMBER.SYMBOL, MEMBER.NUMBER);
    }

    @Override
    public long membersWithoutUsableAddress(InsurerCode insurer) {
        return dsl.select(DSL.countDistinct(MEMBER.ID)).from(UNDELIVERABLE_ADDRESS)
                .join(MEMBER).on(MEMBER.ID.eq(UNDELIVERABLE_ADDRESS.MEMBER_ID), MEMBER.EMAIL_KEY.eq(UNDELIVERABLE_ADDRESS.EMAIL_KEY),
                        MEMBER.INSURER_CODE.eq(UNDELIVERABLE_ADDRESS.INSURER_CODE))
                .where(UNDELIVERABLE_ADDRESS.INSURER_CODE.eq(insurer.value()))
                .fetchOne(0, Long.class);
    }

    @Override
    public long failedImmediateMails(InsurerCode insurer, Instant since) {
        return dsl.selectCount().from(MAIL_LOG)
                .join(MEMBER).on(MEMBER.ID.eq(MAIL_LOG.MEMBER_ID))
                // The outbox files campaign mails in the same log as CAMPAIGN_*; their failures have their own counts.
                .where(MEMBER.INSURER_CODE.eq(insurer.value()), MAIL_LOG.OUTCOME.eq("FAILED"), MAIL_LOG.SENT_AT.ge(since),
                        MAIL_LOG.TEMPLATE.notLike("CAMPAIGN%"))
                .fetchOne(0, Long.class);
    }
}
