package jp.kenpo.kennin.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.domain.InvalidValueException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An embedder who passes null gets the library's own exception with a reason code (and the name of
 * what was missing in the message), not a bare NullPointerException from deep inside a rule.
 */
class NullInputsAreRefusedWithTheLibrarysOwnExceptionTest {
    private static final EligibilityEngine ENGINE = EligibilityEngine.of(RuleSets.japan());
    private static final DependentFacts WIFE = DependentFacts.of(Relationship.SPOUSE, LocalDate.of(1980, 1, 1), Living.TOGETHER);
    private static final MemberFacts MEMBER = new MemberFacts(LocalDate.of(1975, 4, 10), 6_000_000);
    private static final LocalDate ON = LocalDate.of(2025, 11, 1);

    record Call(String name, ThrowingCallable call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Call> nullInputs() {
        return List.of(
                new Call("engine without dependent", () -> ENGINE.judge(null, MEMBER, ON)),
                new Call("engine without member", () -> ENGINE.judge(WIFE, null, ON)),
                new Call("engine without date", () -> ENGINE.judge(WIFE, MEMBER, null)),
                new Call("engine without rule sets", () -> EligibilityEngine.of(null)),
                new Call("engine without policies", () -> EligibilityEngine.of(RuleSets.japan(), null)),
                new Call("engine with a null policy", () -> EligibilityEngine.of(RuleSets.japan(), java.util.Arrays.asList(new IncomeLimitPolicy(), null))),
                new Call("dependent without relationship", () -> DependentFacts.of(null, LocalDate.of(1980, 1, 1), Living.TOGETHER)),
                new Call("dependent without birth date", () -> DependentFacts.of(Relationship.SPOUSE, null, Living.TOGETHER)),
                new Call("dependent without living", () -> DependentFacts.of(Relationship.SPOUSE, LocalDate.of(1980, 1, 1), null)),
                new Call("null income", () -> WIFE.withIncome(null)),
                new Call("null residence", () -> WIFE.residing(null)),
                new Call("null unemployment benefit", () -> WIFE.withUnemploymentBenefit(null)),
                new Call("member without birth date", () -> new MemberFacts(null, 0)),
                new Call("income without kind", () -> Income.annual(null, 1)),
                new Call("benefit without state", () -> new UnemploymentBenefit(null, 0)),
                new Call("rounding null", () -> InsurerOverrides.none().withRounding(null)),
                new Call("limit for null band", () -> InsurerOverrides.none().withLimit(null, IncomeLimit.under(1_300_000, RoundingMode.CEILING))),
                new Call("null limit", () -> InsurerOverrides.none().withLimit(IncomeBand.STANDARD, null)),
                new Call("overrides null", () -> RuleSets.japan().withOverrides(null)),
                new Call("limit rounded by null", () -> IncomeLimit.under(1_300_000, null)),
                new Call("rule sets of null", () -> new RuleSets(null)),
                new Call("rule in force on null", () -> RuleSets.japan().inForceOn(null)),
                new Call("overrides with null rounding", () -> new InsurerOverrides(null, Map.of())),
                new Call("overrides with null limits", () -> new InsurerOverrides(Optional.empty(), null)),
                new Call("age of null", () -> Ages.ageOn(null, ON)),
                new Call("age on null", () -> Ages.ageOn(LocalDate.of(1980, 1, 1), null)),
                new Call("reason without code", () -> Reason.note(null)),
                new Call("document without kind", () -> RequiredDocument.one(null)),
                new Call("judgement of null", () -> Judgement.of(null, List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullInputs")
    void isRefusedWithAReasonCode(Call call) {
        assertThatThrownBy(call.call())
                .isExactlyInstanceOf(InvalidValueException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidValueException) e).code())
                        .isEqualTo("eligibility.input.missing"));
    }
}
