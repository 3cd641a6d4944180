package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.ACCOUNT;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_CAMPAIGN;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_OUTBOX;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER_PROGRESS;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.UNDELIVERABLE_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kenpo.kennin.adapters.persistence.mailing.outbox.OutboxRepository;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.application.mailing.OutgoingMail;
import jp.kenpo.kennin.application.mailing.outbox.ClaimedMail;
import jp.kenpo.kennin.application.mailing.outbox.OutboxClaim;
import jp.kenpo.kennin.application.mailing.outbox.StartCampaignPort.Started;
import jp.kenpo.kennin.domain.account.Language;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import org.junit.jupiter.api.Test;

/**
 * The outbox: campaign starts queue each addressed member once (however many nodes start them),
 * workers racing for mails never take one twice, paused campaigns wait, a dead worker's mails go
 * back after the stuck limit and its late answers are ignored, and result notices are queued once.
 *
 * <p>The tests share one database and claims take any due mail, so each test works at its own
 * moment, earlier than every test before it: mails other tests left queued are not due yet.
 */
interface OutboxContract extends PersistenceContract {
    AtomicInteger OUTBOX_MOMENTS = new AtomicInteger();
    EmailAddress SENDER = EmailAddress.parse("kenpo@example.jp");

    private OutboxRepository outbox() {
        return database().outbox();
    }

    /** A moment no earlier test of this contract has used or passed. */
    private Instant moment() {
        return Instant.parse("1990-01-01T00:00:00Z").minus(Duration.ofDays(30L * OUTBOX_MOMENTS.incrementAndGet()));
    }

    /** Members of a new insurer with their progress status in 2025, in the order given. */
    private List<MemberId> members(InsurerCode insurer, ProgressStatus... statuses) {
        Fixtures.openSurveyYears(database(), insurer, 2025);
        List<jp.kenpo.kennin.application.roster.RosterEntry> entries = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            entries.add(Fixtures.entry("01", String.valueOf(1000 + i), "m" + i + "." + insurer.value() + "@example.jp"));
        }
        database().members().storeRoster(insurer, entries);
        List<MemberId> ids = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            MemberId id = database().members().findByCard(insurer, MemberSymbol.parse("01"), MemberNumber.parse(String.valueOf(1000 + i)))
                    .orElseThrow().id();
            sql().insertInto(MEMBER_PROGRESS)
                    .set(MEMBER_PROGRESS.INSURER_CODE, insurer.value())
                    .set(MEMBER_PROGRESS.FISCAL_YEAR, 2025)
                    .set(MEMBER_PROGRESS.MEMBER_ID, id.value())
                    .set(MEMBER_PROGRESS.OFFICE, "本社")
                    .set(MEMBER_PROGRESS.STATUS, statuses[i].name())
                    .execute();
            ids.add(id);
        }
        return ids;
    }

    private CampaignId campaign(InsurerCode insurer, CampaignKind kind, Instant startsAt) {
        CampaignMailText text = CampaignMailText.standard(kind);
        return new CampaignId(sql().insertInto(MAIL_CAMPAIGN)
                .set(MAIL_CAMPAIGN.INSURER_CODE, insurer.value())
                .set(MAIL_CAMPAIGN.FISCAL_YEAR, 2025)
                .set(MAIL_CAMPAIGN.KIND, kind.name())
                .set(MAIL_CAMPAIGN.STARTS_AT, startsAt)
                .set(MAIL_CAMPAIGN.SUBJECT, text.subject())
                .set(MAIL_CAMPAIGN.BODY, text.body())
                .set(MAIL_CAMPAIGN.CREATED_AT, startsAt)
                .returning(MAIL_CAMPAIGN.ID)
                .fetchOne(MAIL_CAMPAIGN.ID));
    }

    private Optional<Started> start(CampaignId campaign, CampaignKind kind, Instant at) {
        return database().transactions().inTransaction(() -> outbox().start(campaign, kind.addressedStatuses(), "example.jp", at));
    }

    private Map<Long, String> states(CampaignId campaign) {
        return sql().select(MAIL_OUTBOX.MEMBER_ID, MAIL_OUTBOX.STATE).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.CAMPAIGN_ID.eq(campaign.value())).fetchMap(MAIL_OUTBOX.MEMBER_ID, MAIL_OUTBOX.STATE);
    }

    @Test
    default void aReminderStartedByFourNodesAtOnceQueuesEachMemberNotYetSubmittedOnceAndLeavesRefusedAddressesToLetters() throws Exception {
        InsurerCode insurer = newInsurer();
        List<MemberId> m = members(insurer, ProgressStatus.UNREGISTERED, ProgressStatus.REGISTERED, ProgressStatus.ANSWERING,
                ProgressStatus.SUBMITTED, ProgressStatus.CONFIRMED, ProgressStatus.OUT_OF_SCOPE, ProgressStatus.UNREGISTERED);
        Instant t = moment();
        sql().insertInto(UNDELIVERABLE_ADDRESS)
                .set(UNDELIVERABLE_ADDRESS.INSURER_CODE, insurer.value())
                .set(UNDELIVERABLE_ADDRESS.EMAIL_KEY, "m6." + insurer.value() + "@example.jp")
                .set(UNDELIVERABLE_ADDRESS.MEMBER_ID, m.get(6).value())
                .set(UNDELIVERABLE_ADDRESS.REPLY, "550 no such user")
                .set(UNDELIVERABLE_ADDRESS.SINCE, t)
                .execute();
        CampaignId reminder = campaign(insurer, CampaignKind.REMINDER, t);
        CampaignId later = campaign(insurer, CampaignKind.FINAL_NOTICE, t.plusSeconds(60));

        assertThat(outbox().dueCampaigns(t)).extracting(d -> d.id()).contains(reminder).doesNotContain(later);
        ConcurrentLinkedQueue<Started> started = new ConcurrentLinkedQueue<>();
        int won = Race.inParallel(4, () -> {
            Optional<Started> s = start(reminder, CampaignKind.REMINDER, t);
            s.ifPresent(started::add);
            return s.isPresent();
        });

        assertThat(won).isEqualTo(1);
        assertThat(started).containsExactly(new Started(3, 1));
        assertThat(states(reminder)).containsOnlyKeys(m.get(0).value(), m.get(1).value(), m.get(2).value())
                .allSatisfy((member, state) -> assertThat(state).isEqualTo("QUEUED"));
        assertThat(sql().select(MAIL_OUTBOX.MESSAGE_ID).from(MAIL_OUTBOX).where(MAIL_OUTBOX.CAMPAIGN_ID.eq(reminder.value()))
                .and(MAIL_OUTBOX.MEMBER_ID.eq(m.get(0).value())).fetchOne(MAIL_OUTBOX.MESSAGE_ID))
                .isEqualTo(OutgoingMail.outboxMessageId(reminder, m.get(0), SENDER));
        assertThat(sql().select(MAIL_CAMPAIGN.RECIPIENTS).from(MAIL_CAMPAIGN).where(MAIL_CAMPAIGN.ID.eq(reminder.value()))
                .fetchOne(MAIL_CAMPAIGN.RECIPIENTS)).isEqualTo(3);
        assertThat(outbox().dueCampaigns(t)).extracting(d -> d.id()).doesNotContain(reminder);
    }

    @Test
    default void anInvitationGoesToEveryMemberInScopeButPausedAndCancelledCampaignsDoNotStart() {
        InsurerCode insurer = newInsurer();
        members(insurer, ProgressStatus.UNREGISTERED, ProgressStatus.SUBMITTED, ProgressStatus.OUT_OF_SCOPE);
        Instant t = moment();
        CampaignId invitation = campaign(insurer, CampaignKind.INVITATION, t);
        CampaignId paused = campaign(insurer, CampaignKind.REMINDER, t);
        CampaignId cancelled = campaign(insurer, CampaignKind.REMINDER, t);
        sql().update(MAIL_CAMPAIGN).set(MAIL_CAMPAIGN.PAUSED, true).where(MAIL_CAMPAIGN.ID.eq(paused.value())).execute();
        sql().update(MAIL_CAMPAIGN).set(MAIL_CAMPAIGN.CANCELLED_AT, t).where(MAIL_CAMPAIGN.ID.eq(cancelled.value())).execute();

        assertThat(outbox().dueCampaigns(t)).extracting(d -> d.id()).contains(invitation).doesNotContain(paused, cancelled);
        assertThat(start(invitation, CampaignKind.INVITATION, t)).contains(new Started(2, 0));
        assertThat(start(paused, CampaignKind.REMINDER, t)).isEmpty();
        assertThat(start(cancelled, CampaignKind.REMINDER, t)).isEmpty();
        assertThat(states(paused)).isEmpty();
    }

    @Test
    default void fourWorkersRacingForTheQueueTakeEveryMailExactlyOnce() throws Exception {
        InsurerCode insurer = newInsurer();
        ProgressStatus[] statuses = new ProgressStatus[120];
        java.util.Arrays.fill(statuses, ProgressStatus.UNREGISTERED);
        members(insurer, statuses);
        Instant t = moment();
        CampaignId invitation = campaign(insurer, CampaignKind.INVITATION, t);
        start(invitation, CampaignKind.INVITATION, t);
        ConcurrentLinkedQueue<Long> taken = new ConcurrentLinkedQueue<>();
        AtomicInteger workers = new AtomicInteger();

        Race.inParallel(4, () -> {
            String worker = "node-" + workers.incrementAndGet();
            for (List<ClaimedMail> batch = outbox().claimDue(worker, t, 7); !batch.isEmpty(); batch = outbox().claimDue(worker, t, 7)) {
                for (ClaimedMail mail : batch) {
                    taken.add(mail.claim().outboxId());
                    assertThat(outbox().markSent(mail.claim(), mail.recipient().email(), t)).isTrue();
                }
            }
            return true;
        });

        assertThat(taken).hasSize(120).doesNotHaveDuplicates();
        assertThat(states(invitation).values()).hasSize(120).containsOnly("SENT");
    }

    @Test
    default void mailsOfAPausedCampaignWaitUntilItIsResumed() {
        InsurerCode insurer = newInsurer();
        members(insurer, ProgressStatus.UNREGISTERED, ProgressStatus.REGISTERED);
        Instant t = moment();
        CampaignId invitation = campaign(insurer, CampaignKind.INVITATION, t);
        start(invitation, CampaignKind.INVITATION, t);
        sql().update(MAIL_CAMPAIGN).set(MAIL_CAMPAIGN.PAUSED, true).where(MAIL_CAMPAIGN.ID.eq(invitation.value())).execute();

        assertThat(outbox().claimDue("w", t, 10)).isEmpty();

        sql().update(MAIL_CAMPAIGN).set(MAIL_CAMPAIGN.PAUSED, false).where(MAIL_CAMPAIGN.ID.eq(invitation.value())).execute();
        assertThat(outbox().claimDue("w", t, 10)).hasSize(2);
    }

    @Test
    default void aMailLeftSendingByADeadWorkerGoesBackAfterTheLimitAndItsLateAnswerIsIgnored() {
        InsurerCode insurer = newInsurer();
        members(insurer, ProgressStatus.UNREGISTERED);
        Instant t = moment();
        CampaignId invitation = campaign(insurer, CampaignKind.INVITATION, t);
        start(invitation, CampaignKind.INVITATION, t);
        ClaimedMail lost = outbox().claimDue("dead", t, 10).get(0);

        assertThat(outbox().putBackStuck(t)).as("claimed at the limit, not before it").isZero();
        assertThat(outbox().claimDue("alive", t.plusSeconds(1), 10)).isEmpty();
        assertThat(outbox().putBackStuck(t.plusSeconds(1))).isEqualTo(1);

        ClaimedMail again = outbox().claimDue("alive", t.plusSeconds(2), 10).get(0);
        assertThat(again.claim().outboxId()).isEqualTo(lost.claim().outboxId());
        assertThat(again.attempts()).as("putting back uses no attempt").isZero();
        assertThat(again.messageId()).isEqualTo(lost.messageId());
        assertThat(outbox().markSent(lost.claim(), lost.recipient().email(), t)).as("the dead worker's claim is gone").isFalse();
        assertThat(outbox().markSent(again.claim(), again.recipient().email(), t.plusSeconds(3))).isTrue();
        assertThat(outbox().putBackStuck(t.plusSeconds(3600))).as("a sent mail never goes back").isZero();
        assertThat(states(invitation)).containsValue("SENT");
    }

    @Test
    default void aClaimedMailCarriesTheMemberAsTheyAreNowAndEachOutcomeIsWrittenUnderItsClaim() {
        InsurerCode insurer = newInsurer();
        List<MemberId> m = members(insurer, ProgressStatus.REGISTERED, ProgressStatus.UNREGISTERED, ProgressStatus.ANSWERING,
                ProgressStatus.UNREGISTERED);
        Instant t = moment();
        sql().update(MEMBER_PROGRESS).set(MEMBER_PROGRESS.EXTENDED_UNTIL, LocalDate.of(2025, 9, 30))
                .where(MEMBER_PROGRESS.MEMBER_ID.eq(m.get(0).value())).execute();
        sql().insertInto(ACCOUNT)
                .set(ACCOUNT.MEMBER_ID, m.get(0).value()).set(ACCOUNT.INSURER_CODE, insurer.value())
                .set(ACCOUNT.USER_ID, "u" + m.get(0).value()).set(ACCOUNT.USER_ID_KEY, "u" + m.get(0).value())
                .set(ACCOUNT.PASSWORD_HASH, "x").set(ACCOUNT.FISCAL_YEAR, 2025).set(ACCOUNT.CREATED_AT, t)
                .set(ACCOUNT.ACCEPTED_TERMS_VERSION, 1).execute();
        sql().insertInto(ACCOUNT)
                .set(ACCOUNT.MEMBER_ID, m.get(2).value()).set(ACCOUNT.INSURER_CODE, insurer.value())
                .set(ACCOUNT.USER_ID, "u" + m.get(2).value()).set(ACCOUNT.USER_ID_KEY, "u" + m.get(2).value())
                .set(ACCOUNT.PASSWORD_HASH, "x").set(ACCOUNT.FISCAL_YEAR, 2025).set(ACCOUNT.CREATED_AT, t)
                .set(ACCOUNT.ACCEPTED_TERMS_VERSION, 1).set(ACCOUNT.LANGUAGE, "en").execute();
        CampaignId invitation = campaign(insurer, CampaignKind.INVITATION, t);
        start(invitation, CampaignKind.INVITATION, t);

        List<ClaimedMail> mails = outbox().claimDue("w", t, 10);

        assertThat(mails).hasSize(4);
        ClaimedMail first = mails.stream().filter(x -> x.recipient().member().equals(m.get(0))).findFirst().orElseThrow();
        assertThat(first.recipient().deadline()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(first.recipient().hasAccount()).isTrue();
        assertThat(first.recipient().language()).as("an account that never chose reads Japanese").isEqualTo(Language.JA);
        assertThat(first.recipient().email().value()).isEqualTo("m0." + insurer.value() + "@example.jp");
        assertThat(first.recipient().name()).isEqualTo("山田 太郎");
        assertThat(first.text()).isEqualTo(CampaignMailText.standard(CampaignKind.INVITATION));
        ClaimedMail second = mails.stream().filter(x -> x.recipient().member().equals(m.get(1))).findFirst().orElseThrow();
        assertThat(second.recipient().deadline()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(second.recipient().hasAccount()).isFalse();
        assertThat(second.recipient().language()).isEqualTo(Language.JA);

        ClaimedMail third = mails.stream().filter(x -> x.recipient().member().equals(m.get(2))).findFirst().orElseThrow();
        ClaimedMail fourth = mails.stream().filter(x -> x.recipient().member().equals(m.get(3))).findFirst().orElseThrow();
        assertThat(third.recipient().hasAccount()).isTrue();
        assertThat(third.recipient().language()).as("the language the member chose on the site").isEqualTo(Language.EN);
        assertThat(outbox().markSent(first.claim(), first.recipient().email(), t)).isTrue();
        assertThat(outbox().markSent(first.claim(), first.recipient().email(), t)).as("once").isFalse();
        assertThat(outbox().markRetry(second.claim(), t.plusSeconds(60), "451 4.3.0 try again\r\nlater")).isTrue();
        assertThat(outbox().markUndeliverable(third.claim(), third.recipient().email(), "550 5.1.1 user unknown", t)).isTrue();
        assertThat(outbox().putBack(List.of(fourth.claim(), first.claim()))).isEqualTo(1);

        assertThat(states(invitation)).containsEntry(m.get(0).value(), "SENT").containsEntry(m.get(1).value(), "QUEUED")
                .containsEntry(m.get(2).value(), "UNDELIVERABLE").containsEntry(m.get(3).value(), "QUEUED");
        var retried = sql().selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.CAMPAIGN_ID.eq(invitation.value()))
                .and(MAIL_OUTBOX.MEMBER_ID.eq(m.get(1).value())).fetchOne();
        assertThat(retried.getAttempts()).isEqualTo(1);
        assertThat(retried.getNextAttemptAt()).isEqualTo(t.plusSeconds(60));
        assertThat(retried.getLastError()).isEqualTo("451 4.3.0 try again later");
        assertThat(sql().select(UNDELIVERABLE_ADDRESS.MEMBER_ID, UNDELIVERABLE_ADDRESS.REPLY).from(UNDELIVERABLE_ADDRESS)
                .where(UNDELIVERABLE_ADDRESS.INSURER_CODE.eq(insurer.value())).fetchOne().intoList())
                .containsExactly(m.get(2).value(), "550 5.1.1 user unknown");

        List<ClaimedMail> next = outbox().claimDue("w2", t, 10);
        assertThat(next).extracting(x -> x.recipient().member()).containsExactly(m.get(3));
        assertThat(next.get(0).attempts()).as("put back untried").isZero();

        CampaignId reminder = campaign(insurer, CampaignKind.REMINDER, t);
        assertThat(start(reminder, CampaignKind.REMINDER, t)).as("the refused address is left to letters")
                .contains(new Started(3, 1));
    }

    @Test
    default void aResultNoticeIsQueuedOncePerMemberInTheYearsOneResultCampaignMadeOnFirstUse() throws Exception {
        InsurerCode insurer = newInsurer();
        List<MemberId> m = members(insurer, ProgressStatus.CONFIRMED, ProgressStatus.REMOVAL_DECIDED, ProgressStatus.CONFIRMED,
                ProgressStatus.CONFIRMED);
        Instant t = moment();
        AtomicInteger turn = new AtomicInteger();

        int queued = Race.inParallel(4, () -> database().transactions().inTransaction(() -> outbox().queueResultNotice(insurer,
                2025, m.get(turn.getAndIncrement()), "健保 花子様：継続", t)));
        boolean twice = outbox().queueResultNotice(insurer, 2025, m.get(0), "健保 花子様：継続", t.plusSeconds(1));
        int sameMember = Race.inParallel(4, () -> database().transactions().inTransaction(() ->
                outbox().queueResultNotice(insurer, 2025, m.get(1), "again", t)));

        List<Long> campaigns = sql().select(MAIL_CAMPAIGN.ID).from(MAIL_CAMPAIGN).where(MAIL_CAMPAIGN.INSURER_CODE.eq(insurer.value()))
                .fetch(MAIL_CAMPAIGN.ID);
        assertThat(campaigns).hasSize(1);
        assertThat(queued).isEqualTo(4);
        assertThat(twice).isFalse();
        assertThat(sameMember).isZero();
        var campaign = sql().selectFrom(MAIL_CAMPAIGN).where(MAIL_CAMPAIGN.ID.eq(campaigns.get(0))).fetchOne();
        assertThat(campaign.getKind()).isEqualTo("RESULT_NOTICE");
        assertThat(campaign.getEnqueuedAt()).isEqualTo(t);
        assertThat(campaign.getSubject()).isEqualTo(CampaignMailText.standard(CampaignKind.RESULT_NOTICE).subject());

        List<ClaimedMail> mails = outbox().claimDue("w", t, 10);
        assertThat(mails).hasSize(4).allSatisfy(x -> {
            assertThat(x.recipient().results()).contains("健保 花子様：継続");
            assertThat(x.text().kind()).isEqualTo(CampaignKind.RESULT_NOTICE);
        });
    }

    @Test
    default void aResultCampaignUsesTheInsurersOwnTemplate() {
        InsurerCode insurer = newInsurer();
        List<MemberId> m = members(insurer, ProgressStatus.CONFIRMED);
        Instant t = moment();
        sql().insertInto(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_TEMPLATE)
                .set(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_TEMPLATE.INSURER_CODE, insurer.value())
                .set(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_TEMPLATE.KIND, "RESULT_NOTICE")
                .set(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_TEMPLATE.SUBJECT, "結果 {name}")
                .set(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_TEMPLATE.BODY, "{results}\n{url}")
                .set(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_TEMPLATE.UPDATED_AT, t)
                .execute();

        assertThat(outbox().queueResultNotice(insurer, 2025, m.get(0), "継続", t)).isTrue();

        assertThat(outbox().claimDue("w", t, 10)).singleElement()
                .satisfies(x -> assertThat(x.text()).isEqualTo(new CampaignMailText(CampaignKind.RESULT_NOTICE, "結果 {name}", "{results}\n{url}")));
    }

    @Test
    default void aMemberWhoseAddressWasRefusedSinceTheCampaignStartedIsFlaggedWhenTaken() {
        InsurerCode insurer = newInsurer();
        List<MemberId> m = members(insurer, ProgressStatus.UNREGISTERED);
        Instant t = moment();
        CampaignId invitation = campaign(insurer, CampaignKind.INVITATION, t);
        start(invitation, CampaignKind.INVITATION, t);
        sql().insertInto(UNDELIVERABLE_ADDRESS)
                .set(UNDELIVERABLE_ADDRESS.INSURER_CODE, insurer.value())
                .set(UNDELIVERABLE_ADDRESS.EMAIL_KEY, "m0." + insurer.value() + "@example.jp")
                .set(UNDELIVERABLE_ADDRESS.MEMBER_ID, m.get(0).value())
                .set(UNDELIVERABLE_ADDRESS.REPLY, "550")
                .set(UNDELIVERABLE_ADDRESS.SINCE, t)
                .execute();

        assertThat(outbox().claimDue("w", t, 10)).singleElement().satisfies(x -> assertThat(x.addressUndeliverable()).isTrue());
    }

    /** Claims carry the worker and the claim time: an {@link OutboxClaim} for a row never claimed matches nothing. */
    @Test
    default void anOutcomeForARowThatWasNeverClaimedChangesNothing() {
        assertThat(outbox().markSent(new OutboxClaim(Long.MAX_VALUE, "w", moment()), SENDER, moment())).isFalse();
    }
}
