package jp.kenpo.kennin.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import jp.kenpo.kennin.application.roster.RosterRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RosterCsvReaderTest {
    private static final String HEADER = "記号,番号,氏名,氏名カナ,生年月日,メールアドレス,事業所\r\n";
    private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");

    private final RosterCsvReader reader = new RosterCsvReader();

    @Test
    void excelCsvUtf8WithByteOrderMarkIsReadAndTheMarkSkipped() throws Exception {
        byte[] file = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (HEADER + "10,123,山田　太郎,ヤマダ　タロウ,1980/04/01,taro@example.invalid,本社\r\n").getBytes(StandardCharsets.UTF_8));

        List<RosterRow> rows = reader.read(file, StandardCharsets.UTF_8);

        assertThat(rows).containsExactly(
                new RosterRow(2, "10", "123", "山田　太郎", "ヤマダ　タロウ", "1980/04/01", "taro@example.invalid", "本社"));
    }

    @Test
    void theByteOrderMarkWinsOverARequestedWindows31J() throws Exception {
        byte[] file = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (HEADER + "10,1,髙橋　一郎,タカハシ　イチロウ,1980/04/01,a@example.invalid,\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read(file, WINDOWS_31J)).extracting(RosterRow::name).containsExactly("髙橋　一郎");
    }

    @Test
    void utf8WithoutByteOrderMarkIsReadAndTheLastLineNeedsNoLineBreak() throws Exception {
        byte[] file = (HEADER + "10,1,佐藤　花子,サトウ　ハナコ,1990-01-02,hanako@example.invalid,大阪支店\n"
                + "11,2,鈴木　一郎,スズキ　イチロウ,19700303,ichiro@example.invalid,").getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read(file, StandardCharsets.UTF_8)).containsExactly(
                new RosterRow(2, "10", "1", "佐藤　花子", "サトウ　ハナコ", "1990-01-02", "hanako@example.invalid", "大阪支店"),
                new RosterRow(3, "11", "2", "鈴木　一郎", "スズキ　イチロウ", "19700303", "ichiro@example.invalid", ""));
    }

    @Test
    void windows31JKeepsTheCharactersOnlyItHas() throws Exception {
        String csv = HEADER + "10,5,髙橋　﨑子,タカハシ　サキコ,1985/05/05,saki@example.invalid,第①工場\r\n";
        byte[] file = csv.getBytes("Windows-31J");

        List<RosterRow> rows = reader.read(file, RosterCsvReader.encodingNamed("Shift_JIS").orElseThrow());

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("髙橋　﨑子");
            assertThat(row.office()).isEqualTo("第①工場");
        });
        assertThat(new String("髙﨑①".getBytes("Shift_JIS"), "Shift_JIS"))
                .as("why Shift_JIS must mean Windows-31J").isNotEqualTo("髙﨑①");
    }

    @Test
    void headersInAnyOrderWithExtraColumnsAndSpacesOfEitherWidthAroundCells() throws Exception {
        String csv = "備考, メールアドレス ,生年月日,氏名カナ,氏名,番号,記号,\r\n"
                + "メモ,\u3000a@example.invalid ,1980/01/01,ヤマダ　ハナコ,\u3000山田　花子\u3000, 0042 ,\u300010,\r\n";

        List<RosterRow> rows = reader.read(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        assertThat(rows).containsExactly(
                new RosterRow(2, "10", "0042", "山田　花子", "ヤマダ　ハナコ", "1980/01/01", "a@example.invalid", ""));
    }

    @Test
    void aQuotedCellSpanningLinesKeepsTheFollowingLineNumbersRight() throws Exception {
        String csv = HEADER
                + "10,1,\"山田\r\n太郎\",ヤマダ　タロウ,1980/01/01,a@example.invalid,\r\n"
                + "\r\n"
                + ",,,,,,\r\n"
                + "10,2,佐藤　花子,サトウ　ハナコ,1980/01/01,b@example.invalid,\"東京\n本社\"\r\n"
                + "10,3,田中　誠,タナカ　マコト,1980/01/01,c@example.invalid,\r\n";

        List<RosterRow> rows = reader.read(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        assertThat(rows).extracting(RosterRow::lineNumber, RosterRow::number)
                .containsExactly(tuple(2, "1"), tuple(6, "2"),
                        tuple(8, "3"));
        assertThat(rows.get(0).name()).isEqualTo("山田\r\n太郎");
    }

    @Test
    void aShortRowGivesBlankCellsNotAnError() throws Exception {
        String csv = HEADER + "10,1,山田　太郎\r\n";

        assertThat(reader.read(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .containsExactly(new RosterRow(2, "10", "1", "山田　太郎", "", "", "", ""));
    }

    @Test
    void missingRequiredHeadersAreListedTogether() {
        String csv = "記号,番号,氏名,生年月日\r\n10,1,山田　太郎,1980/01/01\r\n";

        assertThatThrownBy(() -> reader.read(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(RosterFileException.class, e -> {
                    assertThat(e.key()).isEqualTo("roster.error.missingHeaders");
                    assertThat(e.args()).containsExactly("氏名カナ、メールアドレス");
                });
    }

    @Test
    void aRequiredHeaderTwiceIsAmbiguous() {
        String csv = "記号,番号,氏名,氏名カナ,生年月日,メールアドレス,番号\r\n";

        assertThatThrownBy(() -> reader.read(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(RosterFileException.class, e -> {
                    assertThat(e.key()).isEqualTo("roster.error.duplicateHeader");
                    assertThat(e.args()).containsExactly("番号");
                });
    }

    @Test
    void bytesThatAreNotValidInTheChosenEncodingAreReportedWithTheirLine() throws Exception {
        byte[] file = concat((HEADER + "10,1,山田　太郎,ヤマダ　タロウ,1980/01/01,a@example.invalid,\r\n").getBytes(StandardCharsets.UTF_8),
                "10,2,髙橋　花子,タカハシ　ハナコ,1980/01/01,b@example.invalid,\r\n".getBytes("Windows-31J"));

        assertThatThrownBy(() -> reader.read(file, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(RosterFileException.class, e -> {
                    assertThat(e.key()).isEqualTo("roster.error.malformedBytes");
                    assertThat(e.args()).containsExactly("3", "UTF-8");
                });
    }

    @Test
    void aTruncatedMultiByteCharacterAtTheEndIsReportedToo() {
        byte[] whole = (HEADER + "10,1,山").getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);

        assertThatThrownBy(() -> reader.read(cut, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(RosterFileException.class, e -> assertThat(e.args()).startsWith("2"));
    }

    @Test
    void anUnclosedQuoteIsReportedFromTheLineItStartsOn() {
        String csv = HEADER + "10,1,山田　太郎,ヤマダ　タロウ,1980/01/01,a@example.invalid,\r\n10,2,\"佐藤,\r\n";

        assertThatThrownBy(() -> reader.read(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(RosterFileException.class, e -> {
                    assertThat(e.key()).isEqualTo("roster.error.malformedCsv");
                    assertThat(e.args()[0]).isEqualTo("3");
                });
    }

    @Test
    void aQuoteLeftOpenThatSwallowsTheRestOfAHugeFileIsRefusedBeforeItFillsTheMemory() {
        StringBuilder csv = new StringBuilder(HEADER + "10,1,山田　太郎,ヤマダ　タロウ,1980/01/01,a@example.invalid,\n10,2,\"佐藤");
        csv.append("x".repeat(99).concat("\n").repeat(20_000)); // 2,000,000 characters inside one quoted cell

        assertThatThrownBy(() -> reader.open(csv.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                RosterLayout.MEMBERS).forEachRow(row -> { }))
                .isInstanceOfSatisfying(RosterFileException.Unreadable.class, e -> {
                    assertThat(e.problem().key()).isEqualTo("roster.error.malformedCsv");
                    assertThat(e.problem().args()[0]).isEqualTo("3");
                    assertThat(e.problem().args()[1]).isEqualTo("one row runs past 100000 characters");
                });
    }

    @Test
    void rowsUpToTheLimitTogetherFarBeyondItAreRead() throws Exception {
        String row = "10,%d,山田　太郎,ヤマダ　タロウ,1980/01/01,a@example.invalid,本社\n";
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 20_000; i++) {
            csv.append(String.format(row, i));
        }
        csv.append("10,20001,山田　太郎,ヤマダ　タロウ,1980/01/01,a@example.invalid,").append("本".repeat(90_000)).append('\n');

        assertThat(reader.read(csv.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).hasSize(20_001);
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThatThrownBy(() -> reader.read(new byte[0], StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(RosterFileException.class, e -> assertThat(e.key()).isEqualTo("roster.error.empty"));
    }

    @Test
    void aHeaderWithoutRowsIsAnEmptyRoster() throws Exception {
        assertThat(reader.read(HEADER.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsReportedWithItsName() {
        Path missing = Path.of("no-such-roster.csv");

        assertThatThrownBy(() -> reader.read(missing, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(RosterFileException.class, e -> {
                    assertThat(e.key()).isEqualTo("roster.error.io");
                    assertThat(e.args()[0]).isEqualTo(missing);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Windows-31J", "windows-31j", "Shift_JIS", "shift-jis", "SJIS", "MS932", "cp932"})
    void everyUsualNameOfWindows31JMeansWindows31J(String name) {
        assertThat(RosterCsvReader.encodingNamed(name)).contains(WINDOWS_31J);
    }

    @Test
    void utf8IsKnownByBothSpellingsAndOtherEncodingsAreNot() {
        assertThat(RosterCsvReader.encodingNamed("utf-8")).contains(StandardCharsets.UTF_8);
        assertThat(RosterCsvReader.encodingNamed("UTF8")).contains(StandardCharsets.UTF_8);
        assertThat(RosterCsvReader.encodingNamed("EUC-JP")).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
