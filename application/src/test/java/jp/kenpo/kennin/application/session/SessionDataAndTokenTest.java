package jp.kenpo.kennin.application.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionDataAndTokenTest {

    @Test
    void valuesWithTheEncodingsOwnCharactersComeBackUnchanged() {
        SessionData data = SessionData.of(Map.of("flash", "kind=INFO&key=a.b&a0=50% off", "名前", "健保 太郎\nｶﾅ",
                "empty", "", "plus", "a+b=c"));

        assertThat(SessionData.decode(data.encode())).isEqualTo(data);
    }

    @Test
    void damagedTextIsDroppedPairByPairNeverThrown() {
        assertThat(SessionData.decode("a=1&=nokey&broken%zz=2&b=%E3%81%82&noequals").asMap())
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", "b", "あ"));
        assertThat(SessionData.decode(null).isEmpty()).isTrue();
    }

    @Test
    void moreThanTheColumnHoldsIsRefusedWhenWritten() {
        SessionData big = SessionData.of(Map.of("x", "y".repeat(SessionData.MAX_ENCODED_LENGTH)));
        assertThatThrownBy(big::encode).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theToStringNamesKeysOnly() {
        assertThat(SessionData.of(Map.of("csrf", "secret-value")).toString()).contains("csrf").doesNotContain("secret-value");
        SessionToken token = SessionToken.issue();
        assertThat(token.toString()).doesNotContain(token.value().substring(0, 8));
    }

    @Test
    void tokensAre256RandomBitsAndOnlyTheirShapeIsAccepted() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            SessionToken t = SessionToken.issue();
            assertThat(t.value()).hasSize(43).matches("[A-Za-z0-9_-]{43}");
            assertThat(t.hash()).hasSize(64).matches("[0-9a-f]{64}");
            assertThat(seen.add(t.value())).isTrue();
        }
        assertThat(SessionToken.parse("short")).isEmpty();
        assertThat(SessionToken.parse("a".repeat(64))).as("a stored hash is not a token").isEmpty();
        assertThat(SessionToken.parse("a".repeat(42) + "=")).isEmpty();
        assertThat(SessionToken.parse(null)).isEmpty();
        SessionToken t = SessionToken.issue();
        assertThat(SessionToken.parse(t.value()).orElseThrow().hash()).isEqualTo(t.hash());
    }
}
