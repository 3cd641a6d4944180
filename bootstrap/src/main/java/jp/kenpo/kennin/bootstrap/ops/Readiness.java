package jp.kenpo.kennin.bootstrap.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ArrayBlockingQueue;
import jp.kenpo.kennin.application.document.DocumentStoragePort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this node can serve: the database answers a trivial query and the document storage is
 * reachable. Each check has its own deadline (a database that does not answer must not hold the
 * load balancer's probe for the pool's 30-second connection timeout), runs on two daemon threads
 * of its own (probes that pile up are refused, not queued without end), and a failure names the
 * check only: no message, host or stack trace reaches the probe (the log has the exception's class).
 */
public final class Readiness implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);
    static final long DEADLINE_MILLIS = 2_000;

    /** A check that throws when it fails. */
    @FunctionalInterface
    public interface Check {
        void run() throws Exception;
    }

    /** @param checks by name, in the order they are shown: "up", "down" or "timeout" */
    public record Report(boolean ready, Map<String, String> checks) {
        /** A small JSON object: {"status":"ready","checks":{"database":"up","storage":"up"}}. */
        public String json() {
            StringBuilder out = new StringBuilder("{\"status\":\"").append(ready ? "ready" : "not ready").append("\",\"checks\":{");
            String separator = "";
            for (Map.Entry<String, String> check : checks.entrySet()) {
                out.append(separator).append('"').append(check.getKey()).append("\":\"").append(check.getValue()).append('"');
                separator = ",";
            }
            return out.append("}}").toString();
        }
    }

    private final Map<String, Check> checks;
    private final ExecutorService executor = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(8),
            runnable -> {
                Thread thread = new Thread(runnable, "kennin-readiness");
                thread.setDaemon(true);
                return thread;
            });

    public Readiness(Map<String, Check> checks) {
        this.checks = new LinkedHashMap<>(checks);
    }

    /** The database (a "select 1" with a query timeout) and the document storage. */
    public static Readiness of(Check database, DocumentStoragePort storage) {
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("database", database);
        checks.put("storage", storage::checkReachable);
        return new Readiness(checks);
    }

    public Report check() {
        Map<String, Future<?>> running = new LinkedHashMap<>();
        Map<String, String> results = new LinkedHashMap<>();
        for (Map.Entry<String, Check> check : checks.entrySet()) {
            try {
                running.put(check.getKey(), executor.submit(() -> {
                    check.getValue().run();
                    return null;
                }));
            } catch (RejectedExecutionException e) {
                results.put(check.getKey(), "busy");
            }
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DEADLINE_MILLIS);
        for (Map.Entry<String, Future<?>> check : running.entrySet()) {
            try {
                check.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                results.put(check.getKey(), "up");
            } catch (TimeoutException e) {
                check.getValue().cancel(true);
                results.put(check.getKey(), "timeout");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.put(check.getKey(), "down");
            } catch (Exception e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                LOG.warn("readiness check {} failed: {}", check.getKey(), cause.getClass().getName());
                results.put(check.getKey(), "down");
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        checks.keySet().forEach(name -> ordered.put(name, results.get(name)));
        return new Report(ordered.values().stream().allMatch("up"::equals), ordered);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
