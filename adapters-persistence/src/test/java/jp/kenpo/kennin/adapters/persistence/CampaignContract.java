package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_CAMPAIGN;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_LOG;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_OUTBOX;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.UNDELIVERABLE_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kenpo.kennin.adapters.persistence.mailing.campaign.CampaignRepository;
import jp.kenpo.kennin.application.mail.MailLogPort;
import jp.kenpo.kennin.application.mail.MailLogPort.MailLogEntry;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.application.mailing.CampaignRecipient;
import jp.kenpo.kennin.application.mailing.campaign.CampaignPort.NewCampaign;
import jp.kenpo.kennin.application.mailing.campaign.CampaignProgress;
import jp.kenpo.kennin.application.mailing.campaign.CampaignState;
import jp.kenpo.kennin.application.mailing.campaign.UndeliverableAddress;
import jp.kenpo.kennin.application.staff.StaffPort.NewStaff;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.mailing.DeliveryState;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import org.junit.jupiter.api.Test;

/** The campaign mail screens' storage: templates, campaigns steered by conditional updates, the outbox counted. */
interface CampaignContract extends PersistenceContract {
    Instant T0 = Instant.parse("2025-07-01T00:00:00Z");
    AtomicInteger CAMPAIGN_STAFF = new AtomicInteger();

    private CampaignRepository campaigns() {
        return database().campaigns();
    }

    private StaffId administrator(InsurerCode insurer) {
        return database().staff().createStaff(new NewStaff(Optional.of(insurer), new LoginName("camp" + CAMPAIGN_STAFF.incrementAndGet()
                + "." + insurer.value()), "管理 花子", Optional.of(EmailAddress.parse("kanri@example.jp")), StaffRole.ADMINISTRATOR,
                Optional.empty()), T0).orElseThrow();
    }

    /** An insurer with its 2025 survey year and a 管理者. */
    private InsurerCode insurerWithYear() {
        InsurerCode insurer = newInsurer();
        Fixtures.openSurveyYears(database(), insurer, 2025);
        return insurer;
    }

    private CampaignId create(InsurerCode insurer, CampaignKind kind, StaffId by) {
        return campaigns().createCampaign(new NewCampaign(insurer, 2025, CampaignMailText.standard(kind), T0.plusSeconds(3600), by,
                T0), kind.oncePerYear()).orElseThrow();
    }

    private void outbox(CampaignId campaign, InsurerCode insurer, MemberId member, DeliveryState state, String sentTo, String error) {
        sql().insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.CAMPAIGN_ID, campaign.value())
                .set(MAIL_OUTBOX.MEMBER_ID, member.value())
                .set(MAIL_OUTBOX.INSURER_CODE, insurer.value())
                .set(MAIL_OUTBOX.STATE, state.name())
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, T0)
                .set(MAIL_OUTBOX.SENT_TO, sentTo)
                .set(MAIL_OUTBOX.LAST_ERROR, error)
                .set(MAIL_OUTBOX.MESSAGE_ID, "<kennin." + campaign.value() + "." + member.value() + "@example.jp>")
                .set(MAIL_OUTBOX.CREATED_AT, T0)
                .execute();
    }

    private void started(CampaignId campaign, int recipients) {
        sql().update(MAIL_CAMPAIGN).set(MAIL_CAMPAIGN.ENQUEUED_AT, T0.plusSeconds(3600)).set(MAIL_CAMPAIGN.RECIPIENTS, recipients)
                .where(MAIL_CAMPAIGN.ID.eq(campaign.value())).execute();
    }

    @Test
    default void aTemplateIsTheInsurersOwnAndASecondSaveReplacesIt() {
        InsurerCode a = insurerWithYear();
        InsurerCode b = insurerWithYear();
        StaffId admin = administrator(a);
        CampaignMailText first = new CampaignMailText(CampaignKind.REMINDER, "【{insurer}】ご提出のお願い", "{name} 様\n{url}");
        CampaignMailText second = new CampaignMailText(CampaignKind.REMINDER, "再度のお願い", "{name} 様\n\n{url}\n{contact}");

        campaigns().saveTemplate(a, first, admin, T0);
        campaigns().saveTemplate(a, second, admin, T0.plusSeconds(60));

        assertThat(campaigns().loadTemplate(a, CampaignKind.REMINDER)).hasValueSatisfying(t -> {
            assertThat(t.text()).isEqualTo(second);
            assertThat(t.updatedAt()).isEqualTo(T0.plusSeconds(60));
        });
        assertThat(campaigns().loadTemplate(a, CampaignKind.INVITATION)).isEmpty();
        assertThat(campaigns().loadTemplate(b, CampaignKind.REMINDER)).isEmpty();
    }

    @Test
    default void aKindSentOnceAYearIsCreatedOnceEvenByRacingStaffAndAgainOnlyAfterCancelling() throws Exception {
        InsurerCode insurer = insurerWithYear();
        StaffId admin = administrator(insurer);
        NewCampaign invitation = new NewCampaign(insurer, 2025, CampaignMailText.standard(CampaignKind.INVITATION),
                T0.plusSeconds(3600), admin, T0);

        int created = Race.inParallel(4, () -> database().transactions().inTransaction(
                () -> campaigns().createCampaign(invitation, true)).isPresent());

        assertThat(created).isEqualTo(1);
        CampaignProgress only = campaigns().campaignsOf(insurer, 2025).get(0);
        assertThat(campaigns().cancel(insurer, only.id(), T0)).isTrue();
        assertThat(campaigns().createCampaign(invitation, true)).isPresent();
        // Reminders may go several times a year.
        create(insurer, CampaignKind.REMINDER, admin);
        campaigns().createCampaign(new NewCampaign(insurer, 2025, CampaignMailText.standard(CampaignKind.REMINDER),
                T0.plusSeconds(7200), admin, T0), false).orElseThrow();
        assertThat(campaigns().campaignsOf(insurer, 2025)).hasSize(4);
    }

    @Test
    default void aDoubleClickOnAReminderMakesOneReminder() throws Exception {
        InsurerCode insurer = insurerWithYear();
        StaffId admin = administrator(insurer);
        NewCampaign reminder = new NewCampaign(insurer, 2025, CampaignMailText.standard(CampaignKind.REMINDER),
                T0.plusSeconds(3600), admin, T0);

        int answered = Race.inParallel(4, () -> database().transactions().inTransaction(
                () -> campaigns().createCampaign(reminder, false)).isPresent());

        assertThat(answered).as("every click answered with the campaign").isEqualTo(4);
        assertThat(campaigns().campaignsOf(insurer, 2025)).hasSize(1);
    }

    @Test
    default void aCampaignKeepsTheTextItWasCreatedWith() {
        InsurerCode insurer = insurerWithYear();
        StaffId admin = administrator(insurer);
        CampaignMailText text = new CampaignMailText(CampaignKind.FINAL_NOTICE, "最終のご案内 {deadline}", "{name} 様\n{url}");

        CampaignId id = campaigns().createCampaign(new NewCampaign(insurer, 2025, text, T0.plusSeconds(60), admin, T0), true)
                .orElseThrow();

        var row = sql().selectFrom(MAIL_CAMPAIGN).where(MAIL_CAMPAIGN.ID.eq(id.value())).fetchOne();
        assertThat(row.getSubject()).isEqualTo("最終のご案内 {deadline}");
        assertThat(row.getBody()).isEqualTo("{name} 様\n{url}");
        assertThat(row.getKind()).isEqualTo("FINAL_NOTICE");
        assertThat(row.getStartsAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(row.getPaused()).isFalse();
        assertThat(campaigns().findCampaign(insurer, id).orElseThrow().state()).isEqualTo(CampaignState.SCHEDULED);
    }

    @Test
    default void cancelPauseAndResumeChangeOnlyWhatTheyMayAndOnlyOnce() {
        InsurerCode insurer = insurerWithYear();
        InsurerCode other = insurerWithYear();
        StaffId admin = administrator(insurer);
        CampaignId notStarted = create(insurer, CampaignKind.INVITATION, admin);
        CampaignId running = create(insurer, CampaignKind.REMINDER, admin);
        started(running, 0);

        assertThat(campaigns().cancel(other, notStarted, T0)).as("another insurer's id").isFalse();
        assertThat(campaigns().cancel(insurer, running, T0)).as("started").isFalse();
        assertThat(campaigns().cancel(insurer, notStarted, T0)).isTrue();
        assertThat(campaigns().cancel(insurer, notStarted, T0)).as("second click").isFalse();
        assertThat(campaigns().findCampaign(insurer, notStarted).orElseThrow().state()).isEqualTo(CampaignState.CANCELLED);

        assertThat(campaigns().setPaused(other, running, true)).isFalse();
        assertThat(campaigns().setPaused(insurer, running, true)).isTrue();
        assertThat(campaigns().setPaused(insurer, running, true)).as("second click").isFalse();
        assertThat(campaigns().findCampaign(insurer, running).orElseThrow().state()).isEqualTo(CampaignState.PAUSED);
        assertThat(campaigns().setPaused(insurer, running, false)).isTrue();
        assertThat(campaigns().setPaused(insurer, running, false)).isFalse();
        assertThat(campaigns().setPaused(insurer, notStarted, true)).as("cancelled").isFalse();

        assertThat(campaigns().findCampaign(other, running)).isEmpty();
        assertThat(campaigns().campaignsOf(other, 2025)).isEmpty();
    }

    @Test
    default void progressCountsTheOutboxByStateForEachCampaignOfTheYear() {
        InsurerCode insurer = insurerWithYear();
        StaffId admin = administrator(insurer);
        List<MemberId> members = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            members.add(Fixtures.family(database(), insurer, String.valueOf(500 + i)).member());
        }
        CampaignId invitation = create(insurer, CampaignKind.INVITATION, admin);
        CampaignId reminder = create(insurer, CampaignKind.REMINDER, admin);
        started(invitation, 6);
        DeliveryState[] states = {DeliveryState.QUEUED, DeliveryState.SENDING, DeliveryState.SENT, DeliveryState.SENT,
                DeliveryState.FAILED, DeliveryState.UNDELIVERABLE};
        for (int i = 0; i < 6; i++) {
            outbox(invitation, insurer, members.get(i), states[i], null, null);
        }

        CampaignProgress shown = campaigns().campaignsOf(insurer, 2025).stream().filter(c -> c.id().equals(invitation))
                .findFirst().orElseThrow();
        assertThat(shown.count(DeliveryState.QUEUED)).isEqualTo(1);
        assertThat(shown.count(DeliveryState.SENDING)).isEqualTo(1);
        assertThat(shown.count(DeliveryState.SENT)).isEqualTo(2);
        assertThat(shown.count(DeliveryState.FAILED)).isEqualTo(1);
        assertThat(shown.count(DeliveryState.UNDELIVERABLE)).isEqualTo(1);
        assertThat(shown.recipients()).contains(6);
        assertThat(shown.state()).isEqualTo(CampaignState.SENDING);
        assertThat(campaigns().findCampaign(insurer, reminder).orElseThrow().counts()).isEmpty();

        sql().update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATE, "SENT").where(MAIL_OUTBOX.CAMPAIGN_ID.eq(invitation.value()),
                MAIL_OUTBOX.STATE.in("QUEUED", "SENDING")).execute();
        assertThat(campaigns().findCampaign(insurer, invitation).orElseThrow().state()).isEqualTo(CampaignState.DONE);
    }

    @Test
    default void undeliverableAddressesOfACampaignAndOfTheInsurerAreItsOwnAndCurrent() {
        InsurerCode insurer = insurerWithYear();
        InsurerCode other = insurerWithYear();
        StaffId admin = administrator(insurer);
        MemberId refused = Fixtures.family(database(), insurer, "601").member();
        MemberId sent = Fixtures.family(database(), insurer, "602").member();
        MemberId changedSince = Fixtures.family(database(), insurer, "603").member();
        MemberId foreign = Fixtures.family(database(), other, "601").member();
        CampaignId invitation = create(insurer, CampaignKind.INVITATION, admin);
        started(invitation, 3);
        outbox(invitation, insurer, refused, DeliveryState.UNDELIVERABLE, "m601@example.jp", "550 5.1.1 no such user");
        outbox(invitation, insurer, sent, DeliveryState.SENT, "m602@example.jp", null);
        undeliverable(insurer, refused, "m601@example.jp", "550 5.1.1 no such user");
        // An address refused once, since changed by the member: usable again.
        undeliverable(insurer, changedSince, "old603@example.jp", "550 gone");
        undeliverable(other, foreign, "m601@example.jp", "550 other insurer");

        List<UndeliverableAddress> ofCampaign = new ArrayList<>();
        assertThat(campaigns().eachUndeliverable(insurer, Optional.of(invitation), ofCampaign::add)).isEqualTo(1);
        assertThat(ofCampaign).singleElement().satisfies(a -> {
            assertThat(a.symbol()).isEqualTo("01");
            assertThat(a.number()).isEqualTo("601");
            assertThat(a.name()).isEqualTo("山田 太郎");
            assertThat(a.office()).isEqualTo("本社");
            assertThat(a.address()).isEqualTo("m601@example.jp");
            assertThat(a.reply()).isEqualTo("550 5.1.1 no such user");
            assertThat(a.since()).isEqualTo(T0.plusSeconds(7200));
        });
        List<UndeliverableAddress> ofInsurer = new ArrayList<>();
        assertThat(campaigns().eachUndeliverable(insurer, Optional.empty(), ofInsurer::add)).isEqualTo(1);
        assertThat(ofInsurer).extracting(UndeliverableAddress::number).containsExactly("601");
        assertThat(campaigns().membersWithoutUsableAddress(insurer)).isEqualTo(1);
        assertThat(campaigns().membersWithoutUsableAddress(other)).isEqualTo(1);
        assertThat(campaigns().eachUndeliverable(other, Optional.of(invitation), a -> { })).isZero();
    }

    private void undeliverable(InsurerCode insurer, MemberId member, String address, String reply) {
        sql().insertInto(UNDELIVERABLE_ADDRESS)
                .set(UNDELIVERABLE_ADDRESS.INSURER_CODE, insurer.value())
                .set(UNDELIVERABLE_ADDRESS.EMAIL_KEY, EmailAddress.parse(address).key())
                .set(UNDELIVERABLE_ADDRESS.MEMBER_ID, member.value())
                .set(UNDELIVERABLE_ADDRESS.REPLY, reply)
                .set(UNDELIVERABLE_ADDRESS.SINCE, T0.plusSeconds(7200))
                .execute();
    }

    @Test
    default void failedImmediateMailsAreCountedForTheInsurersMembersSinceAMoment() {
        InsurerCode insurer = insurerWithYear();
        InsurerCode other = insurerWithYear();
        MemberId member = Fixtures.family(database(), insurer, "701").member();
        MemberId foreign = Fixtures.family(database(), other, "701").member();
        Instant now = Instant.parse("2025-07-10T00:00:00Z");
        log(member, now.minusSeconds(3600), MailLogPort.Outcome.FAILED);
        log(member, now.minusSeconds(3 * 86_400), MailLogPort.Outcome.FAILED);
        log(member, now.minusSeconds(10 * 86_400), MailLogPort.Outcome.FAILED);
        log(member, now.minusSeconds(60), MailLogPort.Outcome.SENT);
        log(foreign, now.minusSeconds(60), MailLogPort.Outcome.FAILED);
        // A campaign mail the outbox filed in the log (template CAMPAIGN_*): not an immediate mail.
        sql().insertInto(MAIL_LOG).set(MAIL_LOG.MEMBER_ID, member.value()).set(MAIL_LOG.TEMPLATE, "CAMPAIGN_INVITATION")
                .set(MAIL_LOG.SENT_AT, now.minusSeconds(60)).set(MAIL_LOG.OUTCOME, "FAILED").execute();

        assertThat(campaigns().failedImmediateMails(insurer, now.minusSeconds(86_400))).isEqualTo(1);
        assertThat(campaigns().failedImmediateMails(insurer, now.minusSeconds(7 * 86_400))).isEqualTo(2);
    }

    private void log(MemberId member, Instant at, MailLogPort.Outcome outcome) {
        database().mailLog().recordMail(new MailLogEntry(member, MailTemplate.REGISTRATION_CODE, at, outcome));
    }

    @Test
    default void aRecipientIsFoundByCardAtTheInsurerOnlyWithTheirOwnDeadline() {
        InsurerCode insurer = insurerWithYear();
        InsurerCode other = insurerWithYear();
        MemberId member = Fixtures.family(database(), insurer, "801").member();
        Fixtures.family(database(), insurer, "802");

        CampaignRecipient plain = campaigns().recipientByCard(insurer, 2025, MemberSymbol.parse("01"), MemberNumber.parse("802"))
                .orElseThrow();
        assertThat(plain.deadline()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(plain.hasAccount()).isFalse();
        assertThat(plain.email()).isEqualTo(EmailAddress.parse("m802@example.jp"));

        database().surveySubmissions().extendDeadline(insurer, 2025, member, new SurveyDeadline(LocalDate.of(2025, 9, 30)));
        CampaignRecipient extended = campaigns().recipientByCard(insurer, 2025, MemberSymbol.parse("01"), MemberNumber.parse("801"))
                .orElseThrow();
        assertThat(extended.member()).isEqualTo(member);
        assertThat(extended.name()).isEqualTo("山田 太郎");
        assertThat(extended.deadline()).isEqualTo(LocalDate.of(2025, 9, 30));

        assertThat(campaigns().recipientByCard(other, 2025, MemberSymbol.parse("01"), MemberNumber.parse("801"))).isEmpty();
        assertThat(campaigns().recipientByCard(insurer, 2026, MemberSymbol.parse("01"), MemberNumber.parse("801"))).isEmpty();
    }
}
