package jp.kenpo.kennin.domain.eligibility;

import static jp.kenpo.kennin.domain.eligibility.Fixtures.FIRST_DAY_OF_150MAN;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.judgedOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** 健康保険法 第3条第7項: who may live apart and who must share the member's household. */
class CohabitationByRelationshipTest {
    private static final String TABLE = """
            SPOUSE,                 false
            DE_FACTO_SPOUSE,        false
            CHILD,                  false
            GRANDCHILD,             false
            SIBLING,                false
            PARENT,                 false
            GRANDPARENT,            false
            SPOUSE_PARENT,          true
            STEPCHILD,              true
            DE_FACTO_SPOUSE_PARENT, true
            DE_FACTO_SPOUSE_CHILD,  true
            UNCLE_AUNT,             true
            NEPHEW_NIECE,           true
            OTHER_THIRD_DEGREE,     true
            """;

    private static List<Reason> evaluate(Relationship relationship, Living living) {
        DependentFacts dependent = DependentFacts.of(relationship, LocalDate.of(1990, 1, 1), living);
        return new RelationshipPolicy().evaluate(judgedOn(FIRST_DAY_OF_150MAN, dependent));
    }

    @ParameterizedTest(name = "[{index}] {0} needs cohabitation: {1}")
    @CsvSource(textBlock = TABLE)
    void cohabitationRequirement(Relationship relationship, boolean needsCohabitation) {
        assertThat(relationship.isInScope()).isTrue();
        assertThat(relationship.requiresCohabitation()).isEqualTo(needsCohabitation);
    }

    @ParameterizedTest(name = "[{index}] {0} in a separate household")
    @CsvSource(textBlock = TABLE)
    void livingApart(Relationship relationship, boolean needsCohabitation) {
        assertThat(evaluate(relationship, Living.APART_SEPARATE_HOUSEHOLD)).isEqualTo(needsCohabitation
                ? List.of(Reason.disqualifying("eligibility.relationship.cohabitationRequired", relationship,
                        Living.APART_SEPARATE_HOUSEHOLD))
                : List.of());
    }

    @ParameterizedTest(name = "[{index}] {0} at home")
    @CsvSource(textBlock = TABLE)
    void livingTogetherOrLeftAtHomeByAPostedMember(Relationship relationship) {
        assertThat(evaluate(relationship, Living.TOGETHER)).isEmpty();
        assertThat(evaluate(relationship, Living.APART_MEMBER_POSTED_ALONE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Living.class)
    void someoneOutOfScopeIsNeverADependent(Living living) {
        assertThat(Relationship.OUT_OF_SCOPE.isInScope()).isFalse();
        assertThat(evaluate(Relationship.OUT_OF_SCOPE, living))
                .containsExactly(Reason.disqualifying("eligibility.relationship.outOfScope", Relationship.OUT_OF_SCOPE));
    }
}
