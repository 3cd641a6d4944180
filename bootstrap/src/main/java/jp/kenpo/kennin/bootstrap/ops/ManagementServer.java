package jp.kenpo.kennin.bootstrap.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The management port: {@code /metrics} for Prometheus, and {@code /healthz} and {@code /readyz}
 * again for whoever watches this node from inside. Never on the members' port, and bound to
 * 127.0.0.1 unless {@code KENNIN_MANAGEMENT_BIND} says otherwise. The JDK's small HTTP server on
 * one thread: a scrape every few seconds needs no Jetty.
 */
public final class ManagementServer implements AutoCloseable {
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private ManagementServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static ManagementServer start(String bind, int port, OpsMetrics metrics, Readiness readiness) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(bind, port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on management port " + bind + ":" + port, e);
        }
        server.createContext("/metrics", exchange -> answer(exchange, 200, PROMETHEUS_TEXT, metrics.scrape()));
        server.createContext("/healthz", exchange -> answer(exchange, 200, "text/plain; charset=utf-8", "ok"));
        server.createContext("/readyz", exchange -> {
            Readiness.Report report = readiness.check();
            answer(exchange, report.ready() ? 200 : 503, "application/json", report.json());
        });
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kennin-management");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new ManagementServer(server, executor);
    }

    /** The port it listens on (the one chosen when started with 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        try (exchange) {
            // Only the exact paths: /metricsfoo and /metrics/x are not metrics.
            String path = exchange.getRequestURI().getPath();
            if (!path.equals(exchange.getHttpContext().getPath()) || !"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
