package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsCommand;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationCommand;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberCommand;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberResult;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleCommand;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleResult;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependent;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.adapters.cli.ConsoleMessages;
import jp.kenpo.kennin.adapters.cli.ExitStatus;
import jp.kenpo.kennin.bootstrap.Main;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code return-response} and {@code extend-deadline} as staff run them: {@link Main} with the
 * production wiring on an embedded H2 database in a temporary directory, mails written to the
 * outbox. The demo insurer's survey (基準日 2026-11-24, deadline 2026-12-24) holds 審査 太郎, who
 * registers, and his son of 20 (被扶養者番号 1; his daughter of 15, number 2, is outside the survey).
 * Each command builds and closes its own wiring, as a run of the jar does.
 */
class ReviewCommandsEndToEndTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), Wiring.TOKYO);
    private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");
    private static final String EMAIL = "taro.shinsa@example.com";
    private static final String USER_ID = "taro-shinsa";
    private static final String PASSWORD = "Kennin#2026";

    @TempDir
    Path dataDir;
    private Map<String, String> env;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private AccountId account;

    @BeforeEach
    void seedAndRegister() throws Exception {
        env = Map.of(KenninConfig.DATA_DIR, dataDir.toString(), KenninConfig.SECRET, "review-cli-test-secret-review-cli-test");
        try (Wiring wiring = wiring()) {
            wiring.seedDemo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            RosterRow taro = new RosterRow(2, "31", "7001", "審査　太郎", "シンサ タロウ", "1970/02/02", EMAIL, "本社");
            assertThat(wiring.importRoster(new ImportRosterCommand("demo", Optional.empty(), List.of(taro))))
                    .isInstanceOf(ImportRosterResult.Imported.class);
            assertThat(wiring.importDependents(new ImportDependentsCommand("demo", List.of(
                    new DependentRosterRow(2, "31", "7001", "1", "審査　学", "シンサ マナブ", "2006/06/01", "長男", "男", "同居", ""),
                    new DependentRosterRow(3, "31", "7001", "2", "審査　花", "シンサ ハナ", "2011/06/10", "長女", "女", "同居", "")))))
                    .isInstanceOf(ImportRosterResult.Imported.class);
            account = register(wiring, taro);
        }
    }

    @Test
    void staffReturnTheSonsSubmittedResponseOnceAndAreToldWhyTheyCannotOtherwise() throws Exception {
        assertThat(returnResponse("31", "7001", "1", "学生証の裏面も提出してください。")).isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("提出されていないため差し戻せません");
        assertThat(returnResponse("31", "7001", "9", "理由")).isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("該当する被扶養者が見つかりません");
        assertThat(returnResponse("31", "7001", "2", "理由")).as("the daughter of 15 is not surveyed").isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("該当する被扶養者が見つかりません");
        assertThat(returnResponse("記号", "7001", "1", "理由")).isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("差し戻せません: 記号は半角英数字8文字以内で入力してください。");

        submitForTheSon();
        assertThat(returnResponse("31", "7001", "1", "あ".repeat(1001))).isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("差し戻せません: 差し戻しの理由は1000文字以内で入力してください。");

        ExitStatus returned = returnResponse("３１", "７００１", "１", "学生証の裏面も提出してください。");

        assertThat(returned.exitCode()).hasValue(0);
        assertThat(out()).contains("差し戻しました（会員へ通知メールを送信しました）。",
                "Returned (a notification mail was sent to the member).");
        assertThat(mailsTo(EMAIL)).anySatisfy(body -> assertThat(body).contains("差し戻しの理由をご確認"));
        try (Wiring wiring = wiring()) {
            assertThat(wiring.webUseCases().listSurveyDependents().listSurveyDependents(account).dependents())
                    .extracting(SurveyDependent::status).containsExactly(SurveyStatus.RETURNED);
        }
        assertThat(returnResponse("31", "7001", "1", "もう一度")).as("already returned").isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("提出されていないため差し戻せません");
    }

    @Test
    void staffExtendTheMembersDeadlineAfterTheSurveysOwnAndAreToldWhyTheyCannotOtherwise() {
        assertThat(memberDeadline()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(extendDeadline("demo", "31", "7001", "2026/12/01")).isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("期限を延長できません: 延長後の期限日は、調査の回答期限より後の日にしてください。");
        assertThat(extendDeadline("demo", "31", "7001", "来週")).isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("期限を延長できません: 延長後の期限日を YYYY/MM/DD の形式で入力してください。");
        assertThat(extendDeadline("demo", "31", "9999", "2027/01/10")).isEqualTo(ExitStatus.FAILURE);
        assertThat(extendDeadline("acme", "31", "7001", "2027/01/10")).isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("該当する被保険者が見つかりません");
        assertThat(memberDeadline()).as("nothing changed so far").isEqualTo(LocalDate.of(2026, 12, 24));

        ExitStatus extended = extendDeadline("demo", "３１", "7001", "２０２７/１/１０");

        assertThat(extended).isEqualTo(ExitStatus.SUCCESS);
        assertThat(out()).contains("期限を2027年1月10日まで延長しました。",
                "Deadline extended to 2027-01-10.");
        assertThat(memberDeadline()).isEqualTo(LocalDate.of(2027, 1, 10));
    }

    @Test
    void aMissingOptionIsAUsageErrorBeforeTheDatabaseIsOpened() {
        ExitStatus status = main().run("return-response", "--insurer", "demo", "--symbol", "31", "--number", "7001",
                "--dependent", "1", "--staff", "staff-kato");

        assertThat(status).isEqualTo(ExitStatus.INVALID_USE);
        assertThat(err()).contains("--reason を指定してください。", "--reason is required.");
    }

    private ExitStatus returnResponse(String symbol, String number, String dependent, String reason) {
        err.reset();
        return main().run("return-response", "--insurer", "demo", "--symbol", symbol, "--number", number, "--dependent", dependent,
                "--reason", reason, "--staff", "staff-kato");
    }

    private ExitStatus extendDeadline(String insurer, String symbol, String number, String until) {
        err.reset();
        return main().run("extend-deadline", "--insurer", insurer, "--symbol", symbol, "--number", number, "--until", until,
                "--staff", "staff-kato");
    }

    private Main main() {
        return new Main(env, config -> Wiring.withClock(config, CLOCK), ConsoleMessages.standard(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Wiring wiring() {
        return Wiring.withClock(KenninConfig.fromEnvironment(env), CLOCK);
    }

    /** 初回認証 through the use cases the sign-up pages call, reading the code from the outbox. */
    private AccountId register(Wiring wiring, RosterRow member) throws Exception {
        var web = wiring.webUseCases();
        var identified = (IdentifyMemberResult.Identified) web.identifyMember().identifyMember(new IdentifyMemberCommand("demo",
                member.symbol(), member.number(), member.birthDate(), member.nameKana(), ClientAddress.local()));
        assertThat(web.chooseCredentials().chooseCredentials(new ChooseCredentialsCommand(identified.member(), USER_ID, PASSWORD,
                PASSWORD, ClientAddress.local()))).isInstanceOf(ChooseCredentialsResult.CodeSent.class);
        Matcher code = CODE.matcher(String.join("\n", mailsTo(member.email())));
        assertThat(code.find()).as("a 6-digit code in the mail").isTrue();
        assertThat(web.confirmRegistration().confirmRegistration(new ConfirmRegistrationCommand(identified.member(), code.group(1),
                ClientAddress.local()))).isInstanceOf(ConfirmRegistrationResult.Registered.class);
        var loggedIn = (LogInResult.LoggedIn) web.logIn().logIn(new LogInCommand(USER_ID, PASSWORD, ClientAddress.local()));
        return loggedIn.account();
    }

    /** The son is declared no longer a dependent, which needs no documents, and the survey is submitted. */
    private void submitForTheSon() {
        try (Wiring wiring = wiring()) {
            var web = wiring.webUseCases();
            List<SurveyDependent> dependents = web.listSurveyDependents().listSurveyDependents(account).dependents();
            assertThat(dependents).singleElement().satisfies(d -> assertThat(d.dependent().number().value()).isEqualTo("1"));
            assertThat(web.declareNoLongerEligible().declareNoLongerEligible(new DeclareNoLongerEligibleCommand(account,
                    dependents.get(0).dependent().id(), "2026/11/01", "EMPLOYED_WITH_OWN_INSURANCE", ClientAddress.local())))
                    .isInstanceOf(DeclareNoLongerEligibleResult.Declared.class);
            assertThat(web.submitSurvey().submitSurvey(account, ClientAddress.local())).isInstanceOf(SubmitSurveyResult.Submitted.class);
        }
    }

    private LocalDate memberDeadline() {
        try (Wiring wiring = wiring()) {
            return wiring.webUseCases().showSurveyConfirmation().showSurveyConfirmation(account, ClientAddress.local())
                    .orElseThrow().deadline().day();
        }
    }

    /** The bodies of the mails in the outbox to this address. */
    private List<String> mailsTo(String address) throws Exception {
        Session session = Session.getInstance(new Properties());
        try (Stream<Path> files = Files.list(KenninConfig.fromEnvironment(env).outboxDir())) {
            List<MimeMessage> messages = files.filter(f -> f.toString().endsWith(".eml")).sorted().map(f -> {
                try (InputStream in = Files.newInputStream(f)) {
                    return new MimeMessage(session, in);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            List<String> bodies = new ArrayList<>();
            for (MimeMessage message : messages) {
                if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                    bodies.add((String) message.getContent());
                }
            }
            return bodies;
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
