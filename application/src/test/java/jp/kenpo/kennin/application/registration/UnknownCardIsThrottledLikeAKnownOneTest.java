package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberCommand;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, existence oracle: after repeated failures an existing 記号・番号 was told to wait and an
 * unknown one was not, so the answer said which cards belong to a member. Both are throttled
 * alike now, each from its own address so that only the card's limit can tell them apart.
 */
class UnknownCardIsThrottledLikeAKnownOneTest {
    private final Omron omron = new Omron();

    private List<Class<?>> answersFor(String number) {
        List<Class<?>> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            IdentifyMemberResult result = omron.system.identifyMember.identifyMember(new IdentifyMemberCommand("omron", "12",
                    number, "1980/01/0" + (i + 1), "ヤマダ タロウ", new ClientAddress("198.51.100." + (i + 1))));
            answers.add(result.getClass());
            omron.system.clock.advance(Duration.ofSeconds(6));
        }
        return answers;
    }

    @Test
    void aCardNoMemberHasAnswersLikeAMembersCardAfterRepeatedFailures() {
        List<Class<?>> known = answersFor("3456");
        List<Class<?>> unknown = answersFor("9999");

        assertThat(known).contains(IdentifyMemberResult.Throttled.class);
        assertThat(unknown).isEqualTo(known);
    }

    @Test
    void theSameCardTypedInAnotherWidthCountsUnderTheSameKey() {
        answersFor("9999");

        IdentifyMemberResult fullWidth = omron.system.identifyMember.identifyMember(new IdentifyMemberCommand("ｏｍｒｏｎ", "１２",
                "９９９９", "1980/01/01", "ヤマダ タロウ", new ClientAddress("203.0.113.50")));

        assertThat(fullWidth).isInstanceOf(IdentifyMemberResult.Throttled.class);
    }
}
