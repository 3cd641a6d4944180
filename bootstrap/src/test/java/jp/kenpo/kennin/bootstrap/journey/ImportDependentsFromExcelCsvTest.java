package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.adapters.cli.ConsoleMessages;
import jp.kenpo.kennin.bootstrap.Main;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.adapters.cli.ExitStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-roster --kind dependents} as staff run it: the real wiring and database, the
 * member roster first, then a dependents file saved by Excel in Windows-31J, re-imported
 * unchanged, then a file with bad rows that must import nothing.
 */
class ImportDependentsFromExcelCsvTest {
    private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    private static final String MEMBERS = "記号,番号,氏名,氏名カナ,生年月日,メールアドレス\r\n"
            + "12,101,髙橋　一郎,タカハシ　イチロウ,1975/05/06,ichiro.t@example.com\r\n";
    private static final String HEADER = "番号,記号,被扶養者番号,氏名,氏名カナ,生年月日,続柄,性別,同居区分,認定日,備考\r\n";
    private static final String FAMILY = HEADER
            + "101,12,1,髙橋　花子,ﾀｶﾊｼ ﾊﾅｺ,1978/02/03,妻,女,同居,2005/04/01,\r\n"
            + "101,12,02,髙橋　悠斗,タカハシ　ユウト,2005/04/02,長男,男性,同居,,大学生\r\n"
            + "101,12,3,髙橋　梅子,タカハシ　ウメコ,1955/09/09,母,2,別居,2015/10/01,\r\n";

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void membersAreImportedFirst() throws Exception {
        Path members = write("members.csv", MEMBERS);
        assertThat(run("members", members, "--create-insurer", "アクメ健康保険組合")).isEqualTo(ExitStatus.SUCCESS);
        out.reset();
    }

    @Test
    void anExcelFileOfDependentsImportsOnceAndAgainChangesNothing() throws Exception {
        Path file = write("dependents.csv", FAMILY);

        assertThat(run("dependents", file)).isEqualTo(ExitStatus.SUCCESS);
        assertThat(text(out)).contains("作成 3 件 / 更新 0 件 / 変更なし 0 件");

        out.reset();
        assertThat(run("dependents", file)).isEqualTo(ExitStatus.SUCCESS);
        assertThat(text(out)).contains("作成 0 件 / 更新 0 件 / 変更なし 3 件");
    }

    @Test
    void aFileWithAnUnknownRelationshipAndAnUnknownMemberNamesBothRowsAndImportsNothing() throws Exception {
        Path bad = write("bad.csv", HEADER
                + "101,12,1,髙橋　花子,タカハシ　ハナコ,1978/02/03,妻,女,同居,,\r\n"
                + "101,12,4,髙橋　次郎,タカハシ　ジロウ,2010/01/01,同僚,男,,,\r\n"
                + "999,12,1,山﨑　太郎,ヤマザキ　タロウ,2012/12/12,長男,男,,,\r\n");

        assertThat(run("dependents", bad)).isEqualTo(ExitStatus.FAILURE);

        assertThat(text(err)).contains("3行目 続柄", "4行目 番号", "被保険者は登録されていません").doesNotContain("2行目");
        // Nothing was stored: the valid first row is new on the next import.
        out.reset();
        assertThat(run("dependents", write("good.csv", FAMILY))).isEqualTo(ExitStatus.SUCCESS);
        assertThat(text(out)).contains("作成 3 件 / 更新 0 件 / 変更なし 0 件");
    }

    private ExitStatus run(String kind, Path file, String... extra) {
        List<String> args = new ArrayList<>(List.of("import-roster", "--kind", kind, "--insurer", "acme", "--encoding", "Windows-31J"));
        args.addAll(List.of(extra));
        args.add(file.toString());
        Main main = new Main(Map.of("KENNIN_DATA_DIR", dataDir.toString(), "KENNIN_SECRET", "roster-test-secret-roster-test-secret"),
                Wiring::of, ConsoleMessages.standard(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return main.run(args.toArray(String[]::new));
    }

    private Path write(String name, String content) throws Exception {
        return Files.write(dataDir.resolve(name), content.getBytes(WINDOWS_31J));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
