package jp.kenpo.kennin.adapters.web.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {

    @Test
    void blocksOfBothFamiliesMatchTheirAddressesOnly() {
        TrustedProxies proxies = TrustedProxies.parse(" 10.0.0.0/8, 192.0.2.10 ,fd00::/8, ::1");

        assertThat(proxies.contains("10.200.3.4")).isTrue();
        assertThat(proxies.contains("11.0.0.1")).isFalse();
        assertThat(proxies.contains("192.0.2.10")).isTrue();
        assertThat(proxies.contains("192.0.2.11")).isFalse();
        assertThat(proxies.contains("fd12:3456::1")).isTrue();
        assertThat(proxies.contains("fe80::1")).isFalse();
        assertThat(proxies.contains("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(proxies.contains("[::1]")).isTrue();
        assertThat(proxies.contains("proxy.example.jp")).as("names are never looked up").isFalse();
    }

    @Test
    void aPrefixThatIsNotOnAByteBoundaryMasksTheRightBits() {
        TrustedProxies proxies = TrustedProxies.parse("172.16.0.0/12");

        assertThat(proxies.contains("172.31.255.255")).isTrue();
        assertThat(proxies.contains("172.32.0.0")).isFalse();
        assertThat(proxies.contains("172.15.255.255")).isFalse();
    }

    @Test
    void anEmptyListTrustsNobody() {
        assertThat(TrustedProxies.parse("").isEmpty()).isTrue();
        assertThat(TrustedProxies.parse(" , ").contains("127.0.0.1")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.256", "10.0.0", "proxy.example.jp", "::1/129", "10.0.0.0/x",
            "10.0.0.0/", "fd00::/-1", "1.2.3.4/8/8"})
    void anythingButACidrBlockIsRefusedNamingTheEntry(String entry) {
        assertThatThrownBy(() -> TrustedProxies.parse("192.0.2.1, " + entry))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(entry);
    }

    @Test
    void clientAddressIsTheRightMostHopThatIsNotATrustedProxy() {
        ClientAddresses clients = new ClientAddresses(TrustedProxies.parse("10.0.0.0/8"));

        // The client wrote 1.1.1.1 itself; the outer proxy 10.0.0.2 saw 203.0.113.9 and the inner one saw 10.0.0.2.
        assertThat(clients.resolve("10.0.0.1", List.of("1.1.1.1, 203.0.113.9, 10.0.0.2"))).isEqualTo("203.0.113.9");
        assertThat(clients.resolve("10.0.0.1", List.of("1.1.1.1", "203.0.113.9"))).as("several header lines")
                .isEqualTo("203.0.113.9");
        assertThat(clients.resolve("10.0.0.1", List.of("2001:db8::7"))).isEqualTo("2001:db8::7");
    }

    @Test
    void theHeaderIsIgnoredFromAPeerThatIsNoTrustedProxy() {
        ClientAddresses clients = new ClientAddresses(TrustedProxies.parse("10.0.0.0/8"));

        assertThat(clients.resolve("198.51.100.7", List.of("203.0.113.9"))).isEqualTo("198.51.100.7");
        assertThat(new ClientAddresses(TrustedProxies.none()).resolve("127.0.0.1", List.of("203.0.113.9")))
                .isEqualTo("127.0.0.1");
    }

    @Test
    void aTrustedProxyWithoutOrWithAGarbledHeaderIsTheClient() {
        ClientAddresses clients = new ClientAddresses(TrustedProxies.parse("10.0.0.0/8"));

        assertThat(clients.resolve("10.0.0.1", List.of())).isEqualTo("10.0.0.1");
        assertThat(clients.resolve("10.0.0.1", List.of("203.0.113.9, not-an-address"))).isEqualTo("10.0.0.1");
        assertThat(clients.resolve("10.0.0.1", List.of("not-an-address, 10.0.0.3"))).isEqualTo("10.0.0.3");
    }
}
