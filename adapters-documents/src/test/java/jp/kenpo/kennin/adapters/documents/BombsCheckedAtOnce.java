package jp.kenpo.kennin.adapters.documents;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kenpo.kennin.application.document.DocumentCheck;

/**
 * Run in a child JVM with a small heap by {@link FourBombsAtOnceFitInASmallHeapTest}: checks four
 * bombs and one ordinary PDF (files the test wrote into the directory given) at the same moment, then prints each outcome, the time taken and the
 * heap's peak. Exit code 0 when it ran to the end, 3 on OutOfMemoryError.
 */
public final class BombsCheckedAtOnce {
    private BombsCheckedAtOnce() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of("objectStream", "xrefStream", "contentStream", "objectStream2", "ordinary")) {
            files.put(name, Files.readAllBytes(directory.resolve(name + ".pdf")));
        }
        Inspection inspection = new Inspection(directory.resolve("storage"));
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(files.size());
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    long begin = System.nanoTime();
                    DocumentCheck check = inspection.check(file.getValue(), file.getKey() + ".pdf");
                    long millis = (System.nanoTime() - begin) / 1_000_000;
                    String outcome = check instanceof DocumentCheck.Rejected rejected ? rejected.reason().name() : "ACCEPTED";
                    return file.getKey() + " " + file.getValue().length + " " + outcome + " " + millis;
                }));
            }
            start.countDown();
            for (Future<String> outcome : outcomes) {
                System.out.println("outcome " + outcome.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                System.out.println("OutOfMemoryError " + e.getCause().getMessage());
                System.exit(3);
            }
            throw e;
        } finally {
            threads.shutdownNow();
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.println("peakHeapMiB " + peak / (1024 * 1024) + " maxHeapMiB " + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
