package jp.kenpo.kennin.adapters.reports.letters;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.kenpo.kennin.application.letters.LetterPdfPort;
import jp.kenpo.kennin.domain.mailing.MaskedCard;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;

/**
 * Writes {@code args[0]} letters to {@code args[1]} (scratch in its directory) and prints the time,
 * the file size and the peak heap used, for the measurement in the report and the small-heap test.
 * Run: {@code java -Xmx64m -cp <test classpath> ...LetterBatchProbe 10000 /tmp/letters/batch.pdf}
 */
public final class LetterBatchProbe {
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        Files.createDirectories(file.getParent());
        long start = System.nanoTime();
        String[] family = {"山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村"};
        String[] given = {"太郎", "花子", "一郎", "美咲", "健太", "陽子", "大輔", "真由美"};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             LetterPdfPort.LetterDocument document = new LetterPdf()
                     .open(LettersReadBackWithTheirTextAndAQrCodeTest.SENDER, out)) {
            for (int i = 0; i < count; i++) {
                document.add(new LetterPdfPort.Letter(family[i % 8] + " " + given[(i / 8) % 8] + i,
                        MaskedCard.of(new MemberSymbol(String.valueOf(1000 + i / 500)), new MemberNumber(String.valueOf(i + 1))),
                        LocalDate.of(2025, 8, 31).plusDays(i % 3)));
            }
            document.finish();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("letters=" + count + " millis=" + millis + " bytes=" + Files.size(file)
                + " peakHeapMB=" + peak / (1024 * 1024) + " maxHeapMB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.println(Files.size(file));
    }
}
