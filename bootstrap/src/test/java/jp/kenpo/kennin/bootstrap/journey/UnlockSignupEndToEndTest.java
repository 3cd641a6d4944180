package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.cli.ConsoleMessages;
import jp.kenpo.kennin.adapters.cli.ExitStatus;
import jp.kenpo.kennin.adapters.persistence.Database;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsCommand;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.application.registration.SignupLimits;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.bootstrap.Main;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code unlock-signup} as staff run it from the jar: a member whose sign-up stopped after the
 * record's every code try was used can sign up again, and the staff are told when nothing matched.
 */
class UnlockSignupEndToEndTest {
    private static final String PASSWORD = "Kennin#2026";

    @TempDir
    Path dataDir;
    private Map<String, String> env;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private MemberId member;

    @BeforeEach
    void aMemberHasUsedEveryCodeTry() {
        env = Map.of(KenninConfig.DATA_DIR, dataDir.toString(), KenninConfig.SECRET, "unlock-cli-test-secret-unlock-cli-test");
        try (Wiring wiring = wiring()) {
            RosterRow row = new RosterRow(2, "31", "7001", "解除　太郎", "カイジョ タロウ", "1970/02/02", "taro.kaijo@example.com", "");
            assertThat(wiring.importRoster(new ImportRosterCommand("acme", Optional.of("アクメ健康保険組合"), List.of(row))))
                    .isInstanceOf(ImportRosterResult.Imported.class);
        }
        // The cap is reached by the member's wrong codes; counted here in the table itself, as 100 wrong codes would.
        KenninConfig config = KenninConfig.fromEnvironment(env);
        try (Database database = Database.connectEmbedded(config.dataDir(), config.embeddedDatabasePassword())) {
            member = database.members().findByCard(InsurerCode.parse("acme"), MemberSymbol.parse("31"), MemberNumber.parse("7001"))
                    .orElseThrow().id();
            int max = SignupLimits.defaults().maxCodeTries();
            for (int i = 0; i < max; i++) {
                database.signupLimits().countCodeTry(member, max);
            }
        }
        assertThat(chooseCredentials()).isInstanceOf(ChooseCredentialsResult.Locked.class);
    }

    @Test
    void staffUnlockTheMemberWhoCanThenAskForACode() {
        ExitStatus status = unlock("acme", "３１", "7001");

        assertThat(status.exitCode()).hasValue(0);
        assertThat(text(out)).contains("初回登録の停止を解除しました。", "Sign-up is unlocked");
        assertThat(chooseCredentials()).isInstanceOf(ChooseCredentialsResult.CodeSent.class);
    }

    @Test
    void anUnknownMemberOrABadArgumentIsRefusedAndTheMemberStaysLocked() {
        assertThat(unlock("acme", "31", "9999").exitCode()).hasValue(1);
        assertThat(text(err)).contains("該当する被保険者が見つかりません");
        assertThat(unlock("acme", "記号", "7001").exitCode()).hasValue(1);
        assertThat(text(err)).contains("解除できません: 記号は");
        assertThat(main().run("unlock-signup", "--insurer", "acme", "--symbol", "31", "--number", "7001").exitCode())
                .hasValue(2);
        assertThat(text(err)).contains("--staff を指定してください。", "--staff is required.");

        assertThat(chooseCredentials()).isInstanceOf(ChooseCredentialsResult.Locked.class);
    }

    private ChooseCredentialsResult chooseCredentials() {
        try (Wiring wiring = wiring()) {
            return wiring.webUseCases().chooseCredentials().chooseCredentials(new ChooseCredentialsCommand(member, "taro-kaijo",
                    PASSWORD, PASSWORD, ClientAddress.local()));
        }
    }

    private ExitStatus unlock(String insurer, String symbol, String number) {
        err.reset();
        return main().run("unlock-signup", "--insurer", insurer, "--symbol", symbol, "--number", number, "--staff", "staff-kato");
    }

    private Main main() {
        err.reset();
        return new Main(env, Wiring::of, ConsoleMessages.standard(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Wiring wiring() {
        return Wiring.of(KenninConfig.fromEnvironment(env));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
