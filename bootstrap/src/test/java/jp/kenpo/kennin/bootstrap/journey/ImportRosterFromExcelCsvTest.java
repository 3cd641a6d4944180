package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.kenpo.kennin.adapters.cli.ConsoleMessages;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberCommand;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberResult;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.bootstrap.Main;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.adapters.cli.ExitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-roster} as staff run it: the real wiring and database, a file saved by Excel in
 * Windows-31J, re-imported unchanged, then a file with bad rows that must import nothing.
 */
class ImportRosterFromExcelCsvTest {
    private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    private static final String HEADER = "番号,記号,氏名,氏名カナ,生年月日,メールアドレス,事業所,備考\r\n";

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anExcelFileImportsOnceAndAgainChangesNothing() throws Exception {
        Path file = write("roster.csv", HEADER
                + "101,12,髙橋　花子,ﾀｶﾊｼ ﾊﾅｺ,1990/05/06,hanako.t@example.com,本社①,\r\n"
                + "102,12,山﨑　太郎,ヤマザキ　タロウ,1979-11-30,taro.y@example.com,,メモ\r\n", WINDOWS_31J);

        assertThat(importRoster(file, "--create-insurer", "アクメ健康保険組合")).isEqualTo(ExitStatus.SUCCESS);
        assertThat(text(out)).contains("作成 2 件 / 更新 0 件 / 変更なし 0 件");

        out.reset();
        assertThat(importRoster(file)).isEqualTo(ExitStatus.SUCCESS);
        assertThat(text(out)).contains("作成 0 件 / 更新 0 件 / 変更なし 2 件");
    }

    @Test
    void aFileWithBadRowsNamesEveryOneAndImportsNothing() throws Exception {
        Path good = write("good.csv", HEADER + "101,12,髙橋　花子,タカハシ　ハナコ,1990/05/06,hanako.t@example.com,,\r\n", WINDOWS_31J);
        assertThat(importRoster(good, "--create-insurer", "アクメ健康保険組合")).isEqualTo(ExitStatus.SUCCESS);

        Path bad = write("bad.csv", HEADER
                + "101,12,髙橋　花子,タカハシ　ハナコ,1990/05/06,hanako.new@example.com,,\r\n"
                + "102,12,山﨑　太郎,Yamazaki,1979/02/30,taro.y@example,,\r\n", WINDOWS_31J);
        out.reset();
        assertThat(importRoster(bad)).isEqualTo(ExitStatus.FAILURE);

        assertThat(text(err)).contains("3行目 氏名カナ", "3行目 生年月日", "3行目 メールアドレス").doesNotContain("2行目");
        // Nothing was stored: the valid first row did not update the member either.
        out.reset();
        assertThat(importRoster(good)).isEqualTo(ExitStatus.SUCCESS);
        assertThat(text(out)).contains("作成 0 件 / 更新 0 件 / 変更なし 1 件");
    }

    @Test
    void aCellWithALineBreakIsNamedByItsLineAndColumnAndNothingIsImported() throws Exception {
        Path file = write("roster.csv", HEADER
                + "101,12,髙橋　花子,ﾀｶﾊｼ ﾊﾅｺ,1990/05/06,hanako.t@example.com,\"本社\r\n2F\",\r\n"
                + "102,12,山﨑　太郎,ヤマザキ　タロウ,1979-11-30,taro.y@example.com,=HYPERLINK(\"\"http://x.example\"\"),\r\n", WINDOWS_31J);

        assertThat(importRoster(file, "--create-insurer", "アクメ健康保険組合")).isEqualTo(ExitStatus.FAILURE);

        assertThat(text(err)).contains("1 件の問題があるため、何も取り込みませんでした", "2行目 事業所: 改行・タブなどの制御文字")
                .doesNotContain("4行目");
        assertThat(text(out)).isEmpty();
    }

    @Test
    void anInsurerNameWithALineBreakIsRefusedWithAMessageNotACrash() throws Exception {
        Path file = write("roster.csv", HEADER + "101,12,髙橋　花子,ﾀｶﾊｼ ﾊﾅｺ,1990/05/06,hanako.t@example.com,,\r\n", WINDOWS_31J);

        assertThat(importRoster(file, "--create-insurer", "アクメ健康\n保険組合")).isEqualTo(ExitStatus.FAILURE);

        assertThat(text(err)).contains("健康保険組合の名称に改行・タブなどの制御文字は使えません").doesNotContain("Exception");
        // Nothing was created: the same file with no name still meets an unknown insurer.
        err.reset();
        assertThat(importRoster(file)).isEqualTo(ExitStatus.FAILURE);
        assertThat(text(err)).contains("--create-insurer");
    }

    @Test
    void anInsurerCreatedWithTheNistPolicyHandsItsMembersTheNistRules() throws Exception {
        Path file = write("roster.csv", HEADER + "101,12,髙橋　花子,ﾀｶﾊｼ ﾊﾅｺ,1990/05/06,hanako.t@example.com,,\r\n", WINDOWS_31J);

        assertThat(importRoster(file, "--create-insurer", "アクメ健康保険組合", "--password-policy", "nist"))
                .isEqualTo(ExitStatus.SUCCESS);

        try (Wiring wiring = Wiring.of(KenninConfig.fromEnvironment(env()))) {
            IdentifyMemberResult result = wiring.webUseCases().identifyMember().identifyMember(new IdentifyMemberCommand(
                    "acme", "12", "101", "1990/05/06", "タカハシ ハナコ", ClientAddress.local()));
            assertThat(result).isInstanceOfSatisfying(IdentifyMemberResult.Identified.class,
                    identified -> assertThat(identified.credentialPolicy()).isEqualTo(CredentialPolicy.nist()));
        }
    }

    @Test
    void anUnknownPasswordPolicyIsAUsageErrorInBothLanguages() throws Exception {
        Path file = write("roster.csv", HEADER, WINDOWS_31J);

        ExitStatus status = importRoster(file, "--create-insurer", "アクメ健康保険組合", "--password-policy", "strong");

        assertThat(status.exitCode()).hasValue(2);
        assertThat(text(err)).contains("パスワード規則「strong」はありません", "There is no password policy strong");
    }

    private ExitStatus importRoster(Path file, String... extra) {
        String[] args = new String[5 + extra.length + 1];
        args[0] = "import-roster";
        args[1] = "--insurer";
        args[2] = "acme";
        args[3] = "--encoding";
        args[4] = "Windows-31J";
        System.arraycopy(extra, 0, args, 5, extra.length);
        args[args.length - 1] = file.toString();
        Main main = new Main(env(), Wiring::of, ConsoleMessages.standard(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return main.run(args);
    }

    private Map<String, String> env() {
        return Map.of("KENNIN_DATA_DIR", dataDir.toString(), "KENNIN_SECRET", "roster-test-secret-roster-test-secret");
    }

    private Path write(String name, String content, Charset charset) throws Exception {
        return Files.write(dataDir.resolve(name), content.getBytes(charset));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
