package jp.kenpo.kennin.bootstrap.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Locale;
import java.util.Optional;

/**
 * Sets logback up from the environment when the first logger is made (found through
 * {@code META-INF/services}; no logback.xml): {@code KENNIN_LOG_FORMAT=json} writes one JSON object
 * per line with logback's own {@link JsonEncoder} (the formatted message, never the raw arguments
 * on their own), anything else the plain lines slf4j-simple wrote before. Both go to standard
 * error, as before. A bad value is reported by the configuration check at start (exit 2); here it
 * falls back to plain so that the message can be logged at all.
 *
 * <p>Level: {@code INFO}, or the system property {@code kennin.log.level} (the benchmarks' old
 * {@code org.slf4j.simpleLogger.defaultLogLevel} is honoured too).
 */
public final class LogFormatConfigurator extends ContextAwareBase implements Configurator {
    public static final String LOG_FORMAT = "KENNIN_LOG_FORMAT";

    /** The formats {@code KENNIN_LOG_FORMAT} accepts. */
    public enum LogFormat {
        PLAIN, JSON;

        public static Optional<LogFormat> parse(String value) {
            if (value == null || value.isBlank()) {
                return Optional.of(PLAIN);
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "plain" -> Optional.of(PLAIN);
                case "json" -> Optional.of(JSON);
                default -> Optional.empty();
            };
        }
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        LogFormat format = LogFormat.parse(System.getenv(LOG_FORMAT)).orElse(LogFormat.PLAIN);
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("console");
        appender.setTarget("System.err");
        appender.setEncoder(encoder(format, context));
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(level());
        root.addAppender(appender);
        // Chatty libraries at their useful level.
        context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
        context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static Encoder<ILoggingEvent> encoder(LogFormat format, LoggerContext context) {
        if (format == LogFormat.JSON) {
            JsonEncoder json = new JsonEncoder();
            json.setContext(context);
            json.setWithSequenceNumber(false);
            json.setWithNanoseconds(false);
            json.setWithContext(false);
            json.setWithMessage(false);
            // The arguments on their own would repeat what the message says, in a second place to keep clean.
            json.setWithArguments(false);
            json.setWithFormattedMessage(true);
            json.start();
            return json;
        }
        PatternLayoutEncoder plain = new PatternLayoutEncoder();
        plain.setContext(context);
        plain.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} [%thread] %-5level %logger - %msg%n");
        plain.start();
        return plain;
    }

    private static Level level() {
        String wanted = System.getProperty("kennin.log.level", System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "info"));
        return Level.toLevel(wanted, Level.INFO);
    }
}
