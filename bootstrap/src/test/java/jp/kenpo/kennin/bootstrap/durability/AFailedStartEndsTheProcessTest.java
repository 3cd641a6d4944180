package jp.kenpo.kennin.bootstrap.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node whose start fails after its web server came up (here: the management port is taken) must
 * end, with exit code 1, rather than live on serving members without what failed; a load balancer
 * would otherwise keep sending it traffic while monitoring sees nothing.
 */
@Tag("slow") // a JVM of its own
class AFailedStartEndsTheProcessTest {
    @TempDir
    Path work;

    @Test
    void aTakenManagementPortEndsTheNodeWithExitCode1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Map<String, String> env = Map.of(KenninConfig.DATA_DIR, work.resolve("data").toString(),
                    "KENNIN_MANAGEMENT_PORT", Integer.toString(taken.getLocalPort()));
            OptionalInt exit;
            try (ChildServer node = ChildServer.start(env, work.resolve("node.log"))) {
                exit = node.exitCodeWithin(Duration.ofSeconds(30));
            } catch (IllegalStateException ended) {
                // It ended before its web port answered at all: the message carries the exit code.
                assertThat(ended).hasMessageContaining("exited with 1");
                return;
            }
            assertThat(exit).as("exit code of a node whose management port was taken").hasValue(1);
        }
    }
}
