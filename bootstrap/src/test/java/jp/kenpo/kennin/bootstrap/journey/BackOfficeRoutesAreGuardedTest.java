package jp.kenpo.kennin.bootstrap.journey;

import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.helpdesk.FindMemberUseCase.FindMemberCommand;
import jp.kenpo.kennin.application.helpdesk.FindMemberUseCase.FindMemberResult;
import jp.kenpo.kennin.application.helpdesk.FindMemberUseCase.MemberQuery;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterCommand;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.domain.member.MemberId;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.kenpo.kennin.adapters.web.staff.StaffAccess;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable.StaffRoute;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.insurer.SetUpInsurerUseCase.SetUpInsurerCommand;
import jp.kenpo.kennin.application.insurer.SetUpInsurerUseCase.SetUpInsurerResult;
import jp.kenpo.kennin.application.notice.AttachNoticeFileUseCase.AttachNoticeFileCommand;
import jp.kenpo.kennin.application.notice.AttachNoticeFileUseCase.AttachNoticeFileResult;
import jp.kenpo.kennin.application.notice.CreateNoticeUseCase.CreateNoticeCommand;
import jp.kenpo.kennin.application.notice.CreateNoticeUseCase.CreateNoticeResult;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tenant isolation and roles over the back office's whole route table, on the production wiring
 * and database: for every /admin route and every role, staff of insurer A get 403 where their
 * role lacks the route's permission, and 404 where it has it but the ids in the path are insurer
 * B's (the operator works across insurers by design: its routes must simply work). The routes come from the running server's table, so a new page is walked without anyone
 * remembering to add it; a path parameter this test cannot fill with B's id fails the test.
 */
class BackOfficeRoutesAreGuardedTest {
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}|<([^>]+)>");
    /** Routes open to anybody: signing in and enrolment only. */
    private static final Set<String> PUBLIC = Set.of("GET /admin/login", "POST /admin/login", "GET /admin/enrol/{token}",
            "POST /admin/enrol/{token}");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;
    private OnboardingSystem system;
    private BackOfficeStaff staff;

    @BeforeEach
    void start() {
        system = new OnboardingSystem(dataDir, mail);
        staff = new BackOfficeStaff(system);
        var other = system.wiring.staffUseCases().setUpInsurer().setUpInsurer(new SetUpInsurerCommand("other",
                "他健康保険組合", "kenpo@other.example.jp", new InsurerContact("03-0000-0000", "平日 9:00〜17:00",
                        "toiawase@other.example.jp", "https://other.example.jp/faq"), CredentialPolicy.manualDefault(), 2026));
        assertThat(other).isInstanceOf(SetUpInsurerResult.Created.class);
    }

    @AfterEach
    void stop() {
        system.close();
    }

    @Test
    void everyRouteRefusesRolesWithoutItsPermissionAndHidesTheOtherInsurersIds() {
        BackOfficeStaff.Enrolled operator = staff.operator("ops.kanri");
        BackOfficeStaff.Enrolled adminA = staff.staff(operator, OnboardingSystem.INSURER, "admin.a", StaffRole.ADMINISTRATOR);
        BackOfficeStaff.Enrolled adminB = staff.staff(operator, "other", "admin.b", StaffRole.ADMINISTRATOR);
        Map<StaffRole, BackOfficeStaff.Enrolled> ofA = new EnumMap<>(StaffRole.class);
        ofA.put(StaffRole.OPERATOR, operator);
        ofA.put(StaffRole.ADMINISTRATOR, adminA);
        for (StaffRole role : List.of(StaffRole.REVIEWER, StaffRole.HELP_DESK, StaffRole.EMPLOYER_CONTACT)) {
            ofA.put(role, staff.staff(adminA, null, role.name().toLowerCase().replace('_', '.') + ".a", role));
        }
        Map<String, String> foreign = foreignIds(adminB);

        List<StaffRoute> routes = new ArrayList<>(system.wiring.staffRoutes());
        // Signing out ends the session the other checks run in: last.
        routes.sort(Comparator.comparing(r -> r.path().equals("/admin/logout")));
        assertThat(routes.stream().filter(r -> r.access().kind() == StaffAccess.Kind.PUBLIC)
                .map(r -> r.method() + " " + r.path()).collect(Collectors.toSet())).isEqualTo(PUBLIC);

        List<String> wrong = new ArrayList<>();
        for (var entry : ofA.entrySet()) {
            StaffRole role = entry.getKey();
            Browser browser = system.browser();
            staff.signIn(browser, entry.getValue());
            for (StaffRoute route : routes) {
                if (route.access().kind() == StaffAccess.Kind.PUBLIC) {
                    continue;
                }
                boolean permitted = route.access().permission().map(role::permits).orElse(true);
                boolean hasIds = PARAM.matcher(route.path()).find();
                String path = fill(route.path(), foreign);
                HttpResponse<String> response = request(browser, route, path);
                int status = response.statusCode();
                String seen = role + " " + route.method() + " " + path + " → " + status;
                if (!permitted && status != 403) {
                    wrong.add(seen + " (expected 403: the role lacks " + route.access().permission().orElseThrow() + ")");
                } else if (permitted && hasIds && role.belongsToInsurer() && status != 404) {
                    wrong.add(seen + " (expected 404: the ids are the other insurer's)");
                } else if (permitted && (!hasIds || !role.belongsToInsurer()) && (status == 403 || status == 404 || status >= 500)) {
                    wrong.add(seen + " (expected the page)");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private HttpResponse<String> request(Browser browser, StaffRoute route, String path) {
        if (route.method() == StaffRouteTable.Method.GET) {
            return browser.fetch(path);
        }
        browser.open("/admin"); // a page of the signed-in session, for its CSRF token
        Map<String, String> form = new HashMap<>();
        browser.csrfToken().ifPresent(token -> form.put("_csrf", token));
        form.put("reason", "テスト");
        return browser.post(path, form, Map.of());
    }

    /** Ids owned by insurer B, by the name of the path parameter that carries them. */
    private Map<String, String> foreignIds(BackOfficeStaff.Enrolled adminB) {
        Map<String, String> ids = new HashMap<>();
        ids.put("staff", Long.toString(adminB.principal().id().value()));
        ids.put("staffId", Long.toString(adminB.principal().id().value()));
        // --- helpdesk ---
        ids.put("memberId", Long.toString(otherInsurersMember(adminB).value()));
        // A document key of the right shape; the member it is asked under is the other insurer's.
        ids.put("documentId", "0123456789abcdef0123456789abcdef");
        // --- screens --- a page number of a file: the member and file named with it are the other insurer's
        ids.put("page", "1");
        // --- setup ---
        var setup = system.wiring.setupUseCases();
        long notice = ((CreateNoticeResult.Created) setup.createNotice().createNotice(new CreateNoticeCommand(adminB.principal(),
                "他組合のお知らせ", "", null, ClientAddress.local()))).noticeId();
        long attachment = ((AttachNoticeFileResult.Attached) setup.attachNoticeFile().attachNoticeFile(new AttachNoticeFileCommand(
                adminB.principal(), notice, "map.jpg", "image/jpeg", SamplePhotos.jpeg(), ClientAddress.local()))).attachmentId();
        ids.put("noticeId", Long.toString(notice));
        ids.put("attachmentId", Long.toString(attachment));
        // --- campaigns --- a campaign of insurer B, in the survey year opened for it
        var opened = system.wiring.staffUseCases().openSurveyYear().openSurveyYear(
                new jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearCommand("other", 2026, "令和8年度",
                        java.time.LocalDate.of(2026, 7, 1), java.time.LocalDate.of(2026, 8, 31), Optional.empty(),
                        jp.kenpo.kennin.domain.survey.SurveyScope.all()));
        assertThat(opened).isNotNull();
        var campaign = system.wiring.mailingUseCases().create().createCampaign(
                new jp.kenpo.kennin.application.mailing.campaign.CreateCampaignUseCase.CreateCampaignCommand(adminB.principal(),
                        jp.kenpo.kennin.domain.mailing.CampaignKind.INVITATION,
                        Optional.of(java.time.LocalDateTime.of(2099, 1, 1, 9, 0)), ClientAddress.local()));
        ids.put("campaignId", ((jp.kenpo.kennin.application.mailing.campaign.CreateCampaignUseCase.CreateCampaignResult.Created)
                campaign).id().toString());
        // --- letters --- a batch of letters of insurer B (in the survey year opened above, its one member listed)
        var batch = system.wiring.letterPagesUseCases().request().requestLetterBatch(
                new jp.kenpo.kennin.application.letters.RequestLetterBatchUseCase.RequestLetterBatchCommand(adminB.principal(),
                        jp.kenpo.kennin.application.letters.LetterSelection.Kind.LIST, "07 1234", ClientAddress.local()));
        ids.put("batchId", Long.toString(
                ((jp.kenpo.kennin.application.letters.RequestLetterBatchUseCase.RequestLetterBatchResult.Queued) batch).batchId()));
        return ids;
    }

    /** A member on insurer B's roster, as B's help desk finds them. */
    private MemberId otherInsurersMember(BackOfficeStaff.Enrolled adminB) {
        system.wiring.staffUseCases().importRoster().importRoster(new ImportRosterCommand("other", Optional.empty(),
                List.of(new RosterRow(2, "07", "1234", "他 太郎", "ホカ タロウ", "1980/01/01", "hoka@other.example.jp", "")),
                CredentialPolicy.manualDefault()));
        FindMemberResult found = system.wiring.helpDeskUseCases().find().findMember(new FindMemberCommand(adminB.principal(),
                new MemberQuery.ByCard("07", "1234"), 0, ClientAddress.local()));
        return ((FindMemberResult.Found) found).members().get(0).id();
    }

    private static String fill(String path, Map<String, String> ids) {
        Matcher m = PARAM.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String id = ids.get(name);
            assertThat(id).as("an id of the other insurer for {%s} of %s: add one to foreignIds", name, path).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(id));
        }
        m.appendTail(out);
        return out.toString();
    }
}
