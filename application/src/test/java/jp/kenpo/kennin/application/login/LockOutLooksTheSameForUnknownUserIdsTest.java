package jp.kenpo.kennin.application.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import org.junit.jupiter.api.Test;

/**
 * Someone trying user IDs must not learn which exist from when 「一時的にログインできなくなっています」
 * appears: an unknown ID is slowed down and locked exactly like an account.
 */
class LockOutLooksTheSameForUnknownUserIdsTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    {
        system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
    }

    /** Quick wrong passwords, each from a new address so only the per-ID limit can bite. */
    private List<LogInResult> wrongPasswords(String userId, int count) {
        List<LogInResult> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(system.logIn.logIn(new LogInCommand(userId, "Wrong2025!", new ClientAddress("198.51.100." + i))));
            system.clock.advance(Duration.ofSeconds(1));
        }
        return answers;
    }

    @Test
    void anUnknownIdIsSlowedAndLockedAtTheSameStepsAsAnExistingOne() {
        List<LogInResult> existing = wrongPasswords(Omron.TARO_USER_ID, 14);
        system.clock.advance(Duration.ofHours(1));
        List<LogInResult> unknown = wrongPasswords("hanako.nobody", 14);

        assertThat(unknown.get(3)).as("4th quick try").isInstanceOf(LogInResult.Throttled.class);
        assertThat(kinds(unknown)).isEqualTo(kinds(existing));
    }

    @Test
    void theUnknownIdIsCountedInAnyCaseAndWidthButNeverStoredAsTyped() {
        wrongPasswords("hanako.nobody", 2);
        wrongPasswords("ＨＡＮＡＫＯ．ＮＯＢＯＤＹ", 1);

        assertThat(wrongPasswords("Hanako.Nobody", 1).get(0)).isInstanceOf(LogInResult.Throttled.class);
        // Only through the keyed digest (the fake's digest shows its input as digest(...)).
        assertThat(system.failures.keys()).filteredOn(key -> key.toLowerCase().contains("hanako"))
                .isNotEmpty().allMatch(key -> key.contains("digest("));
    }

    private static List<String> kinds(List<LogInResult> answers) {
        return answers.stream().map(a -> a instanceof LogInResult.Throttled t ? "throttled locked=" + t.locked()
                : a.getClass().getSimpleName()).toList();
    }
}
