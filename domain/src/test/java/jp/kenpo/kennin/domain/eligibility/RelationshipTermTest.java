package jp.kenpo.kennin.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kenpo.kennin.domain.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RelationshipTermTest {

    @ParameterizedTest(name = "[{index}] {0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "妻 | SPOUSE", "夫 | SPOUSE", "配偶者 | SPOUSE",
            "内縁の妻 | DE_FACTO_SPOUSE", "内縁の夫 | DE_FACTO_SPOUSE", "妻（未届） | DE_FACTO_SPOUSE",
            "夫(未届) | DE_FACTO_SPOUSE", "事実婚の配偶者 | DE_FACTO_SPOUSE",
            "子 | CHILD", "長男 | CHILD", "次男 | CHILD", "二男 | CHILD", "三男 | CHILD", "長女 | CHILD",
            "次女 | CHILD", "三女 | CHILD", "十女 | CHILD", "息子 | CHILD", "娘 | CHILD", "養子 | CHILD", "養女 | CHILD",
            "孫 | GRANDCHILD", "孫娘 | GRANDCHILD",
            "兄 | SIBLING", "弟 | SIBLING", "姉 | SIBLING", "妹 | SIBLING",
            "父 | PARENT", "母 | PARENT", "養父 | PARENT", "養母 | PARENT", "実母 | PARENT",
            "祖父 | GRANDPARENT", "祖母 | GRANDPARENT", "曾祖父 | GRANDPARENT", "曽祖母 | GRANDPARENT",
            "高祖父 | GRANDPARENT",
            "義父 | SPOUSE_PARENT", "義母 | SPOUSE_PARENT", "妻の母 | SPOUSE_PARENT", "夫の父 | SPOUSE_PARENT",
            "妻の子 | STEPCHILD", "連れ子 | STEPCHILD",
            "内縁の妻の父 | DE_FACTO_SPOUSE_PARENT", "夫（未届）の母 | DE_FACTO_SPOUSE_PARENT",
            "内縁の夫の子 | DE_FACTO_SPOUSE_CHILD", "妻(未届)の子 | DE_FACTO_SPOUSE_CHILD",
            "おじ | UNCLE_AUNT", "伯父 | UNCLE_AUNT", "叔父 | UNCLE_AUNT", "おば | UNCLE_AUNT", "伯母 | UNCLE_AUNT",
            "叔母 | UNCLE_AUNT",
            "甥 | NEPHEW_NIECE", "姪 | NEPHEW_NIECE", "おい | NEPHEW_NIECE", "めい | NEPHEW_NIECE",
            "曾孫 | OTHER_THIRD_DEGREE", "ひ孫 | OTHER_THIRD_DEGREE", "子の妻 | OTHER_THIRD_DEGREE",
            "嫁 | OTHER_THIRD_DEGREE", "義兄 | OTHER_THIRD_DEGREE", "継母 | OTHER_THIRD_DEGREE",
            "いとこ | OUT_OF_SCOPE", "従兄弟 | OUT_OF_SCOPE", "縁故者 | OUT_OF_SCOPE", "同居人 | OUT_OF_SCOPE",
    })
    void everyUsualTermMaps(String term, Relationship relationship) {
        assertThat(RelationshipTerm.parse(term)).isEqualTo(relationship);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "'　妻　' | SPOUSE", "長 男 | CHILD", "内縁の 妻 | DE_FACTO_SPOUSE", "オジ | UNCLE_AUNT",
            "ｵﾊﾞ | UNCLE_AUNT", "妻 (未届) | DE_FACTO_SPOUSE",
    })
    void widthSpacingAndKanaDoNotMatter(String term, Relationship relationship) {
        assertThat(RelationshipTerm.parse(term)).isEqualTo(relationship);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ペット", "上司", "子供たち", "長男の嫁の妹"})
    void anUnknownTermIsRefusedRatherThanGuessed(String term) {
        assertThatThrownBy(() -> RelationshipTerm.parse(term)).isInstanceOf(InvalidValueException.class)
                .hasMessage("dependent.relationship.unknown");
    }
}
