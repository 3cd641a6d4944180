package jp.kenpo.kennin.adapters.reports.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import jp.kenpo.kennin.application.letters.LetterFilesPort;
import jp.kenpo.kennin.application.letters.LetterPdfPort;
import jp.kenpo.kennin.application.letters.LetterPdfPort.Letter;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.mailing.MaskedCard;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The letters as a member gets them: each page read back by PDFBox has the member's name with 様,
 * the masked card and never the full 番号, their own deadline, the sign-up URL, the insurer's
 * contact; and its QR code, rendered and decoded by ZXing, is the sign-up URL.
 */
class LettersReadBackWithTheirTextAndAQrCodeTest {
    static final String URL = "https://kennin.example.jp/signup";
    static final LetterPdfPort.Sender SENDER = new LetterPdfPort.Sender("オムロン健康保険組合",
            new InsurerContact("0120-123-456", "平日 9:00〜17:00", "help@omron-kenpo.example.jp", "https://omron-kenpo.example.jp/faq"),
            URL, 2025);

    @TempDir
    Path dir;

    byte[] letters(Letter... letters) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LetterPdfPort.LetterDocument document = new LetterPdf().open(SENDER, out)) {
            for (Letter letter : letters) {
                document.add(letter);
            }
            document.finish();
        }
        return out.toByteArray();
    }

    static Letter letter(String name, String symbol, String number, LocalDate deadline) {
        return new Letter(name, MaskedCard.of(new MemberSymbol(symbol), new MemberNumber(number)), deadline);
    }

    @Test
    void eachMemberGetsOneA4PageWithTheirNameMaskedCardOwnDeadlineTheUrlAndTheInsurersContact() throws IOException {
        byte[] pdf = letters(letter("山田 太郎", "1234", "987654", LocalDate.of(2025, 8, 31)),
                letter("佐藤 花子", "1234", "13", LocalDate.of(2025, 9, 30)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDRectangle size = document.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(size.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            String first = page(document, 1);
            assertThat(first).contains("2025年度 被扶養者資格確認調査のお願い", "山田 太郎 様", "記号 1234 番号 ※※※※54", "2025年8月31日", URL,
                    "オムロン健康保険組合", "0120-123-456", "平日 9:00〜17:00", "help@omron-kenpo.example.jp",
                    "https://omron-kenpo.example.jp/faq", "生年月日", "QRコード")
                    .doesNotContain("987654").doesNotContain("佐藤");
            String second = page(document, 2);
            assertThat(second).contains("佐藤 花子 様", "記号 1234 番号 ※3", "2025年9月30日").doesNotContain("山田")
                    .doesNotContain("2025年8月31日");
        }
    }

    @Test
    void theQrCodeOnEveryPageDecodesToTheSignupUrl() throws Exception {
        byte[] pdf = letters(letter("山田 太郎", "1234", "987654", LocalDate.of(2025, 8, 31)),
                letter("鈴木 一郎", "77", "5", LocalDate.of(2025, 8, 31)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 150, ImageType.RGB);
                assertThat(decode(image).getText()).isEqualTo(URL);
            }
        }
    }

    @Test
    void aLongNameAndALongContactWrapWithinTheMargins() throws IOException {
        String longName = "寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末食う寝る処に住む処やぶら小路の藪柑子パイポパイポ";
        byte[] pdf = letters(letter(longName, "1", "1", LocalDate.of(2025, 8, 31)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(document);
            // Wrapped: the name runs over two lines, nothing of it is lost.
            assertThat(text.replaceAll("\\s", "")).contains(longName.replace(" ", "") + "様");
            assertThat(text.lines().filter(l -> l.contains("寿限無")).findFirst().orElseThrow()).doesNotContain("パイポパイポ");
        }
    }

    @Test
    void aBatchIsKeptUnderItsNameOnlyOnceFinishedAndAnUnfinishedOneLeavesNothing() throws IOException {
        LetterFiles files = new LetterFiles(dir.resolve("letters"));

        try (LetterFilesPort.NewLetterFile file = files.newLetterFile(7)) {
            file.out().write("%PDF-half".getBytes());
            // the run dies here: never kept
        }
        assertThat(Files.list(dir.resolve("letters"))).isEmpty();
        assertThat(files.copyLetterFile("batch-7.pdf", ByteArrayOutputStream::new)).isFalse();

        String name;
        try (LetterFilesPort.NewLetterFile file = files.newLetterFile(7)) {
            file.out().write("%PDF-whole".getBytes());
            name = file.keep();
        }
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        assertThat(files.copyLetterFile(name, () -> copy)).isTrue();
        assertThat(copy.toString()).isEqualTo("%PDF-whole");
        assertThat(files.copyLetterFile("../letters/" + name, () -> copy)).isFalse();
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir.resolve("letters")))).isEqualTo("rwx------");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir.resolve("letters").resolve(name)))).isEqualTo("rw-------");
        }
    }

    static String page(PDDocument document, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(document);
    }

    static Result decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(),
                pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found on the page", e);
        }
    }
}
