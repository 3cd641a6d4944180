package jp.kenpo.kennin.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Races: the same call on many threads released at one moment, for the contracts' concurrency checks. */
final class Race {
    private Race() {
    }

    /** How many of {@code count} calls started at once answered true. */
    static int inParallel(int count, Callable<Boolean> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            int yes = 0;
            for (Future<Boolean> result : results) {
                if (result.get(30, TimeUnit.SECONDS)) {
                    yes++;
                }
            }
            return yes;
        } finally {
            pool.shutdownNow();
        }
    }
}
