package jp.kenpo.kennin.application.mailing.campaign;

import java.time.LocalDate;
import java.util.Optional;
import jp.kenpo.kennin.application.fakes.InMemoryInsurers;
import jp.kenpo.kennin.application.fakes.InMemoryStaff;
import jp.kenpo.kennin.application.fakes.InMemorySurveyYears;
import jp.kenpo.kennin.application.fakes.InlineTransactions;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.application.fakes.RecordingAuditLog;
import jp.kenpo.kennin.application.fakes.SequentialSecrets;
import jp.kenpo.kennin.application.mailing.CampaignMailComposer;
import jp.kenpo.kennin.application.mailing.CampaignRecipient;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffPort.NewStaff;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyYear;

/**
 * The campaign use cases wired over fakes as bootstrap wires them over the database: two insurers
 * (omron with its 2025 survey year, other without one), a member of each, and staff to call with.
 * Shared with the web adapter's tests through the test-jar.
 */
public final class MailingsOnFakes {
    public static final InsurerCode OMRON = InsurerCode.parse("omron");
    public static final InsurerCode OTHER = InsurerCode.parse("other");

    public final MutableClock clock = MutableClock.at("2025-07-01T00:00:00Z");
    public final InMemoryInsurers insurers = new InMemoryInsurers();
    public final InMemorySurveyYears years = new InMemorySurveyYears();
    public final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    public final InMemoryStaff staff = new InMemoryStaff();
    public final RecordingAuditLog audit = new RecordingAuditLog();
    public final RecordingDelivery delivery = new RecordingDelivery();
    public final MailTemplatesService templates;
    public final MailSamplesService samples;
    public final CampaignsService campaignService;
    public final ExportUndeliverableAddressesService export;

    public MailingsOnFakes() {
        insurers.saveInsurer(insurer(OMRON, "オムロン健康保険組合"));
        insurers.saveInsurer(insurer(OTHER, "他健康保険組合"));
        years.saveSurveyYear(new SurveyYear(OMRON, 2025, "令和7年度", LocalDate.of(2025, 7, 1),
                new SurveyDeadline(LocalDate.of(2025, 8, 31))));
        campaigns.addRecipient(OMRON, recipient(1, "01", "42", "yamada@example.jp"));
        campaigns.addRecipient(OTHER, recipient(2, "01", "43", "hoka@other.example.jp"));
        MailSamples mailSamples = new MailSamples(insurers, campaigns, campaigns, new CampaignMailComposer("https://kennin.example.jp/"));
        templates = new MailTemplatesService(campaigns, audit, clock);
        samples = new MailSamplesService(mailSamples, staff, delivery, new SequentialSecrets(), audit, clock);
        campaignService = new CampaignsService(mailSamples, years, campaigns, campaigns, new InlineTransactions(), audit, clock);
        export = new ExportUndeliverableAddressesService(campaigns, campaigns, new TabSeparatedSheets(), audit, clock);
    }

    private static Insurer insurer(InsurerCode code, String name) {
        return new Insurer(code, name, EmailAddress.parse("kenpo@" + code.value() + ".example.jp"),
                new InsurerContact("0120-123-456", "平日 9:00～17:00", "help@example.jp", "https://example.jp/faq"),
                CredentialPolicy.manualDefault(), 2025);
    }

    private static CampaignRecipient recipient(long id, String symbol, String number, String email) {
        return new CampaignRecipient(new MemberId(id), "山田 太郎", MemberSymbol.parse(symbol), MemberNumber.parse(number),
                EmailAddress.parse(email), false, jp.kenpo.kennin.domain.account.Language.JA, LocalDate.of(2025, 8, 31), Optional.empty());
    }

    /** A staff member of {@code insurer} with {@code role}, stored with {@code email} (may be null). */
    public SignedInStaff staff(InsurerCode insurer, StaffRole role, String email) {
        String login = "s" + System.nanoTime();
        StaffId id = staff.createStaff(new NewStaff(Optional.of(insurer), new LoginName(login), "職員 花子",
                Optional.ofNullable(email).map(EmailAddress::parse), role, role == StaffRole.EMPLOYER_CONTACT
                        ? Optional.of("本社") : Optional.empty()), clock.instant()).orElseThrow();
        return new SignedInStaff(id, new LoginName(login), role, Optional.of(insurer), role == StaffRole.EMPLOYER_CONTACT
                ? Optional.of("本社") : Optional.empty());
    }
}
