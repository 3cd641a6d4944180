package jp.kenpo.kennin.application.mailing.campaign;

import static jp.kenpo.kennin.application.mailing.campaign.MailingsOnFakes.OMRON;
import static jp.kenpo.kennin.application.mailing.campaign.MailingsOnFakes.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort.DeliveryResult;
import jp.kenpo.kennin.application.mailing.OutgoingMail;
import jp.kenpo.kennin.application.mailing.campaign.ChangeCampaignStateUseCase.Change;
import jp.kenpo.kennin.application.mailing.campaign.ChangeCampaignStateUseCase.ChangeCampaignStateCommand;
import jp.kenpo.kennin.application.mailing.campaign.ChangeCampaignStateUseCase.ChangeCampaignStateResult;
import jp.kenpo.kennin.application.mailing.campaign.ChangeCampaignStateUseCase.ChangeRefusal;
import jp.kenpo.kennin.application.mailing.campaign.CreateCampaignUseCase.CreateCampaignCommand;
import jp.kenpo.kennin.application.mailing.campaign.CreateCampaignUseCase.CreateCampaignResult;
import jp.kenpo.kennin.application.mailing.campaign.CreateCampaignUseCase.CreateRefusal;
import jp.kenpo.kennin.application.mailing.campaign.ExportUndeliverableAddressesUseCase.ExportUndeliverableAddressesCommand;
import jp.kenpo.kennin.application.mailing.campaign.ExportUndeliverableAddressesUseCase.ExportUndeliverableAddressesResult;
import jp.kenpo.kennin.application.mailing.campaign.PreviewCampaignMailUseCase.PreviewCampaignMailCommand;
import jp.kenpo.kennin.application.mailing.campaign.PreviewCampaignMailUseCase.PreviewCampaignMailResult;
import jp.kenpo.kennin.application.mailing.campaign.SaveMailTemplateUseCase.SaveMailTemplateCommand;
import jp.kenpo.kennin.application.mailing.campaign.SaveMailTemplateUseCase.SaveMailTemplateResult;
import jp.kenpo.kennin.application.mailing.campaign.SendTestCampaignMailUseCase.SendTestCampaignMailCommand;
import jp.kenpo.kennin.application.mailing.campaign.SendTestCampaignMailUseCase.SendTestCampaignMailResult;
import jp.kenpo.kennin.application.mailing.campaign.ShowMailTemplateUseCase.ShowMailTemplateCommand;
import jp.kenpo.kennin.application.mailing.campaign.ShowMailTemplateUseCase.ShowMailTemplateResult;
import jp.kenpo.kennin.application.mailing.campaign.ShowMailingsUseCase.ShowMailingsCommand;
import jp.kenpo.kennin.application.mailing.campaign.ShowMailingsUseCase.ShowMailingsResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.mailing.CampaignMailText.Problem;
import jp.kenpo.kennin.domain.mailing.DeliveryState;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

class AnAdministratorPreparesAndSteersCampaignsTest {
    static final ClientAddress HERE = ClientAddress.local();
    final MailingsOnFakes m = new MailingsOnFakes();
    final SignedInStaff admin = m.staff(OMRON, StaffRole.ADMINISTRATOR, "kanri@omron.example.jp");

    SampleRequest sample(boolean typed, String subject, String body, String number) {
        return new SampleRequest(CampaignKind.INVITATION, typed, subject, body, "01", number);
    }

    CreateCampaignResult create(CampaignKind kind, LocalDateTime at) {
        return m.campaignService.createCampaign(new CreateCampaignCommand(admin, kind, Optional.ofNullable(at), HERE));
    }

    /** 2025-07-01 09:00 in Tokyo is the fakes' now. */
    static LocalDateTime jst(int day, int hour) {
        return LocalDateTime.of(2025, 7, day, hour, 0);
    }

    @Test
    void untilTheInsurerWritesItsOwnTheBuiltInTextIsShown() {
        var shown = (ShowMailTemplateResult.Shown) m.templates.showMailTemplate(new ShowMailTemplateCommand(admin, CampaignKind.REMINDER));

        assertThat(shown.standard()).isTrue();
        assertThat(shown.text()).isEqualTo(CampaignMailText.standard(CampaignKind.REMINDER));
    }

    @Test
    void aTextWithProblemsIsRefusedWithEveryProblemAndTheBadPlaceholdersAndNothingIsStored() {
        SaveMailTemplateResult result = m.templates.saveMailTemplate(new SaveMailTemplateCommand(admin, CampaignKind.REMINDER, "",
                "{nmae} 様 {results}", HERE));

        assertThat(result).isInstanceOfSatisfying(SaveMailTemplateResult.Invalid.class, invalid -> {
            assertThat(invalid.refusal().problems()).containsExactly(Problem.SUBJECT_BLANK, Problem.UNKNOWN_PLACEHOLDER,
                    Problem.PLACEHOLDER_NOT_FOR_KIND, Problem.URL_MISSING);
            assertThat(invalid.refusal().badPlaceholders()).containsExactly("{nmae}", "{results}");
        });
        assertThat(m.campaigns.loadTemplate(OMRON, CampaignKind.REMINDER)).isEmpty();
        assertThat(m.audit.actions()).isEmpty();
    }

    @Test
    void aSavedTextIsTheInsurersOwnAndAudited() {
        m.templates.saveMailTemplate(new SaveMailTemplateCommand(admin, CampaignKind.REMINDER, "お願い", "{name} 様\n{url}", HERE));

        var shown = (ShowMailTemplateResult.Shown) m.templates.showMailTemplate(new ShowMailTemplateCommand(admin, CampaignKind.REMINDER));
        assertThat(shown.standard()).isFalse();
        assertThat(shown.text().subject()).isEqualTo("お願い");
        assertThat(m.campaigns.loadTemplate(OTHER, CampaignKind.REMINDER)).isEmpty();
        assertThat(m.audit.actions()).containsExactly(AuditAction.MAIL_TEMPLATE_SAVED);
    }

    @Test
    void thePreviewFillsTheTypedTextForTheChosenMemberWithoutSavingItAndIsAuditedUnderTheMember() {
        var result = m.samples.previewCampaignMail(new PreviewCampaignMailCommand(admin,
                sample(true, "{name} 様へ", "期限 {deadline}\n{url}\n{card}", "42"), HERE));

        assertThat(result).isInstanceOfSatisfying(PreviewCampaignMailResult.Previewed.class, p -> {
            assertThat(p.mail().subject()).isEqualTo("山田 太郎 様へ");
            assertThat(p.mail().body()).isEqualTo("期限 2025年8月31日\nhttps://kennin.example.jp/signup\n記号 01 番号 ※2");
            assertThat(p.to()).isEqualTo("yamada@example.jp");
        });
        assertThat(m.campaigns.loadTemplate(OMRON, CampaignKind.INVITATION)).isEmpty();
        assertThat(m.audit.last().action()).isEqualTo(AuditAction.CAMPAIGN_MAIL_PREVIEWED);
        assertThat(m.audit.last().memberId()).contains(1L);
        assertThat(m.audit.last().staffId()).contains(admin.id().value());
    }

    @Test
    void thePreviewOfTheSavedTextIgnoresWhatIsTyped() {
        var result = m.samples.previewCampaignMail(new PreviewCampaignMailCommand(admin, sample(false, "", "", "42"), HERE));

        assertThat(result).isInstanceOfSatisfying(PreviewCampaignMailResult.Previewed.class,
                p -> assertThat(p.mail().subject()).startsWith("【オムロン健康保険組合】被扶養者資格確認調査のご案内"));
    }

    @Test
    void anotherInsurersMemberCannotBePreviewedAndNothingIsAudited() {
        assertThat(m.samples.previewCampaignMail(new PreviewCampaignMailCommand(admin, sample(false, "", "", "43"), HERE)))
                .isEqualTo(new PreviewCampaignMailResult.Refused(SampleRequest.Refusal.MEMBER_NOT_FOUND));
        assertThat(m.samples.previewCampaignMail(new PreviewCampaignMailCommand(admin, sample(false, "", "", "4a2"), HERE)))
                .isEqualTo(new PreviewCampaignMailResult.Refused(SampleRequest.Refusal.CARD_INVALID));
        assertThat(m.audit.actions()).isEmpty();
    }

    @Test
    void theTestMailGoesToTheStaffMembersOwnAddressWithARandomMessageIdAndSaysTheServerTookIt() {
        var result = m.samples.sendTestCampaignMail(new SendTestCampaignMailCommand(admin, sample(false, "", "", "42"), HERE));

        assertThat(result).isEqualTo(new SendTestCampaignMailResult.Delivered("kanri@omron.example.jp"));
        OutgoingMail mail = m.delivery.mails.get(0);
        assertThat(mail.to().value()).isEqualTo("kanri@omron.example.jp");
        assertThat(mail.from().value()).isEqualTo("kenpo@omron.example.jp");
        assertThat(mail.body()).contains("山田 太郎 様");
        assertThat(mail.member()).as("not filed as a mail to the member").isEmpty();
        assertThat(mail.messageId()).matches("<kennin\\.test\\.[A-Za-z0-9]+@omron\\.example\\.jp>");
        assertThat(m.delivery.sessionsOpen).as("session closed").isZero();
        assertThat(m.audit.last().action()).isEqualTo(AuditAction.CAMPAIGN_TEST_MAIL_SENT);
    }

    @Test
    void whenTheServerRefusesTheTestMailTheStaffMemberReadsWhatItSaid() {
        m.delivery.answer = new DeliveryResult.Undeliverable("550 5.7.1 relaying denied");

        assertThat(m.samples.sendTestCampaignMail(new SendTestCampaignMailCommand(admin, sample(false, "", "", "42"), HERE)))
                .isEqualTo(new SendTestCampaignMailResult.NotDelivered("kanri@omron.example.jp", "550 5.7.1 relaying denied"));
    }

    @Test
    void aStaffMemberWithoutAnAddressIsToldSoAndNothingIsSent() {
        SignedInStaff noMail = m.staff(OMRON, StaffRole.ADMINISTRATOR, null);

        assertThat(m.samples.sendTestCampaignMail(new SendTestCampaignMailCommand(noMail, sample(false, "", "", "42"), HERE)))
                .isEqualTo(new SendTestCampaignMailResult.Refused(SampleRequest.Refusal.NO_STAFF_ADDRESS));
        assertThat(m.delivery.mails).isEmpty();
    }

    @Test
    void aTestOfABadTypedTextSendsNothing() {
        assertThat(m.samples.sendTestCampaignMail(new SendTestCampaignMailCommand(admin, sample(true, "件名", "{url", "42"), HERE)))
                .isInstanceOf(SendTestCampaignMailResult.InvalidText.class);
        assertThat(m.delivery.mails).isEmpty();
    }

    @Test
    void aCampaignCopiesTheTemplateAsItIsNowAndStartsAtTheJapaneseTimeChosen() {
        m.templates.saveMailTemplate(new SaveMailTemplateCommand(admin, CampaignKind.INVITATION, "ご案内", "{name} 様\n{url}", HERE));

        var created = (CreateCampaignResult.Created) create(CampaignKind.INVITATION, jst(2, 9));
        m.templates.saveMailTemplate(new SaveMailTemplateCommand(admin, CampaignKind.INVITATION, "変更後", "{url}", HERE));

        var row = m.campaigns.campaigns.get(created.id().value());
        assertThat(row.text.subject()).isEqualTo("ご案内");
        assertThat(row.startsAt).isEqualTo(Instant.parse("2025-07-02T00:00:00Z"));
        assertThat(row.fiscalYear).isEqualTo(2025);
        assertThat(m.audit.withAction(AuditAction.CAMPAIGN_CREATED)).hasSize(1);
    }

    @Test
    void aCampaignCannotStartInThePastButMayStartInTheCurrentMinute() {
        m.clock.advance(Duration.ofSeconds(30));
        assertThat(create(CampaignKind.REMINDER, jst(1, 8))).isEqualTo(new CreateCampaignResult.Refused(CreateRefusal.START_IN_PAST));
        assertThat(create(CampaignKind.REMINDER, jst(1, 9))).isInstanceOf(CreateCampaignResult.Created.class);
        assertThat(create(CampaignKind.REMINDER, null)).isEqualTo(new CreateCampaignResult.Refused(CreateRefusal.START_MISSING));
    }

    @Test
    void anInvitationGoesOnceAYearWhileRemindersMayRepeatAndResultNoticesAreNotScheduledHere() {
        assertThat(create(CampaignKind.INVITATION, jst(2, 9))).isInstanceOf(CreateCampaignResult.Created.class);
        assertThat(create(CampaignKind.INVITATION, jst(3, 9))).isEqualTo(new CreateCampaignResult.Refused(CreateRefusal.ALREADY_THIS_YEAR));
        assertThat(create(CampaignKind.REMINDER, jst(10, 9))).isInstanceOf(CreateCampaignResult.Created.class);
        assertThat(create(CampaignKind.REMINDER, jst(20, 9))).isInstanceOf(CreateCampaignResult.Created.class);
        assertThat(create(CampaignKind.RESULT_NOTICE, jst(20, 9)))
                .isEqualTo(new CreateCampaignResult.Refused(CreateRefusal.KIND_NOT_SCHEDULED));
    }

    @Test
    void withoutASurveyYearNoCampaignIsMade() {
        SignedInStaff otherAdmin = m.staff(OTHER, StaffRole.ADMINISTRATOR, "a@other.example.jp");

        assertThat(m.campaignService.createCampaign(new CreateCampaignCommand(otherAdmin, CampaignKind.INVITATION,
                Optional.of(jst(2, 9)), HERE))).isEqualTo(new CreateCampaignResult.Refused(CreateRefusal.NO_SURVEY_YEAR));
        assertThat(m.campaignService.showMailings(new ShowMailingsCommand(otherAdmin)))
                .isInstanceOf(ShowMailingsResult.NoSurveyYear.class);
    }

    ChangeCampaignStateResult change(SignedInStaff who, CampaignId id, Change change) {
        return m.campaignService.changeCampaignState(new ChangeCampaignStateCommand(who, id.value(), change, HERE));
    }

    @Test
    void doubleClicksOnPauseResumeAndCancelAreHarmlessAndAuditedOnce() {
        CampaignId id = ((CreateCampaignResult.Created) create(CampaignKind.INVITATION, jst(2, 9))).id();

        assertThat(change(admin, id, Change.PAUSE)).isEqualTo(new ChangeCampaignStateResult.Changed(Change.PAUSE, true));
        assertThat(change(admin, id, Change.PAUSE)).isEqualTo(new ChangeCampaignStateResult.Changed(Change.PAUSE, false));
        assertThat(change(admin, id, Change.RESUME)).isEqualTo(new ChangeCampaignStateResult.Changed(Change.RESUME, true));
        assertThat(change(admin, id, Change.CANCEL)).isEqualTo(new ChangeCampaignStateResult.Changed(Change.CANCEL, true));
        assertThat(change(admin, id, Change.CANCEL)).isEqualTo(new ChangeCampaignStateResult.Changed(Change.CANCEL, false));
        assertThat(change(admin, id, Change.PAUSE)).isEqualTo(new ChangeCampaignStateResult.Refused(ChangeRefusal.CANCELLED));
        assertThat(m.audit.actions()).containsExactly(AuditAction.CAMPAIGN_CREATED, AuditAction.CAMPAIGN_PAUSED,
                AuditAction.CAMPAIGN_RESUMED, AuditAction.CAMPAIGN_CANCELLED);
    }

    @Test
    void aStartedCampaignCannotBeCancelledButCanBePaused() {
        CampaignId id = ((CreateCampaignResult.Created) create(CampaignKind.INVITATION, jst(2, 9))).id();
        m.campaigns.start(id, Instant.parse("2025-07-02T00:00:00Z"), Map.of(DeliveryState.QUEUED, 3L));

        assertThat(change(admin, id, Change.CANCEL)).isEqualTo(new ChangeCampaignStateResult.Refused(ChangeRefusal.ALREADY_STARTED));
        assertThat(change(admin, id, Change.PAUSE)).isEqualTo(new ChangeCampaignStateResult.Changed(Change.PAUSE, true));
    }

    @Test
    void anotherInsurersCampaignIsNotFoundWhateverIsAsked() {
        CampaignId id = ((CreateCampaignResult.Created) create(CampaignKind.INVITATION, jst(2, 9))).id();
        SignedInStaff otherAdmin = m.staff(OTHER, StaffRole.ADMINISTRATOR, "a@other.example.jp");

        for (Change c : Change.values()) {
            assertThat(change(otherAdmin, id, c)).isEqualTo(new ChangeCampaignStateResult.NotFound());
        }
        assertThat(m.export.exportUndeliverableAddresses(new ExportUndeliverableAddressesCommand(otherAdmin, Optional.of(id.value()),
                CsvEncoding.WINDOWS_31J, ByteArrayOutputStream::new, HERE)))
                .isEqualTo(new ExportUndeliverableAddressesResult.NotFound());
        assertThat(m.campaigns.campaigns.get(id.value()).paused).isFalse();
    }

    @Test
    void theMailingPageShowsTheYearsCampaignsWithTheirCountsAndTheFailedCodeMailsOfTheLastDayAndWeek() {
        CampaignId id = ((CreateCampaignResult.Created) create(CampaignKind.INVITATION, jst(2, 9))).id();
        m.campaigns.start(id, Instant.parse("2025-07-02T00:00:00Z"), Map.of(DeliveryState.SENT, 5L, DeliveryState.UNDELIVERABLE, 1L));
        m.campaigns.failedMail(OMRON, Instant.parse("2025-06-30T12:00:00Z"));
        m.campaigns.failedMail(OMRON, Instant.parse("2025-06-26T12:00:00Z"));
        m.campaigns.addUndeliverable(OMRON, null, new UndeliverableAddress("01", "42", "山田 太郎", "本社", "yamada@example.jp",
                "550 no such user", Instant.parse("2025-07-02T00:05:00Z")));
        m.campaigns.failedMail(OMRON, Instant.parse("2025-06-01T12:00:00Z"));

        var shown = (ShowMailingsResult.Shown) m.campaignService.showMailings(new ShowMailingsCommand(admin));

        assertThat(shown.fiscalYear()).isEqualTo(2025);
        assertThat(shown.campaigns()).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo(CampaignState.DONE);
            assertThat(c.count(DeliveryState.UNDELIVERABLE)).isEqualTo(1);
            assertThat(c.recipients()).contains(6);
        });
        assertThat(shown.failedMails()).isEqualTo(new ShowMailingsUseCase.FailedMails(1, 2));
        assertThat(shown.kinds()).doesNotContain(CampaignKind.RESULT_NOTICE);
        assertThat(shown.withoutUsableAddress()).isEqualTo(1);
    }

    @Test
    void theUndeliverableListOfACampaignIsWrittenAndTheExportAuditedWithItsRowCount() {
        CampaignId id = ((CreateCampaignResult.Created) create(CampaignKind.INVITATION, jst(2, 9))).id();
        m.campaigns.addUndeliverable(OMRON, id, new UndeliverableAddress("01", "42", "山田 太郎", "本社", "yamada@example.jp",
                "550 no such user", Instant.parse("2025-07-02T00:05:00Z")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        var result = m.export.exportUndeliverableAddresses(new ExportUndeliverableAddressesCommand(admin, Optional.of(id.value()),
                CsvEncoding.UTF8_BOM, () -> out, HERE));

        assertThat(result).isEqualTo(new ExportUndeliverableAddressesResult.Exported(1));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("01\t42\t山田 太郎\tUTF8_BOM\n");
        assertThat(m.audit.last().action()).isEqualTo(AuditAction.UNDELIVERABLE_ADDRESSES_EXPORTED);
        assertThat(m.audit.last().detail()).contains("campaign=" + id, "rows=1");
    }

    @Test
    void staffWithoutTheMailingPermissionAreStoppedByEveryUseCase() {
        SignedInStaff reviewer = m.staff(OMRON, StaffRole.REVIEWER, "r@omron.example.jp");

        assertThatThrownBy(() -> m.campaignService.showMailings(new ShowMailingsCommand(reviewer))).isInstanceOf(StaffMayNot.class);
        assertThatThrownBy(() -> m.campaignService.createCampaign(new CreateCampaignCommand(reviewer, CampaignKind.REMINDER,
                Optional.of(jst(2, 9)), HERE))).isInstanceOf(StaffMayNot.class);
        assertThatThrownBy(() -> m.templates.saveMailTemplate(new SaveMailTemplateCommand(reviewer, CampaignKind.REMINDER, "a",
                "{url}", HERE))).isInstanceOf(StaffMayNot.class);
        assertThatThrownBy(() -> m.samples.previewCampaignMail(new PreviewCampaignMailCommand(reviewer, sample(false, "", "", "42"),
                HERE))).isInstanceOf(StaffMayNot.class);
        assertThatThrownBy(() -> m.export.exportUndeliverableAddresses(new ExportUndeliverableAddressesCommand(reviewer,
                Optional.empty(), CsvEncoding.WINDOWS_31J, ByteArrayOutputStream::new, HERE))).isInstanceOf(StaffMayNot.class);
        assertThat(m.campaigns.campaigns).isEmpty();
    }
}
