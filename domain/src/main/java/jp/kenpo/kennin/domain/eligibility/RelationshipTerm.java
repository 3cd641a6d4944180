package jp.kenpo.kennin.domain.eligibility;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.text.JapaneseText;

/** Reads a 続柄 as members and 住民票 write it (妻, 長男, 妻(未届), 叔母, ...). */
public final class RelationshipTerm {
    private static final Map<String, Relationship> TERMS = new HashMap<>();

    static {
        add(Relationship.SPOUSE, "妻", "夫", "配偶者");
        add(Relationship.DE_FACTO_SPOUSE, "内縁の妻", "内縁の夫", "内縁の配偶者", "妻(未届)", "夫(未届)",
                "事実婚の妻", "事実婚の夫", "事実婚の配偶者");
        add(Relationship.CHILD, "子", "子ども", "子供", "息子", "娘", "実子", "養子", "養女");
        for (String order : List.of("長", "次", "二", "三", "四", "五", "六", "七", "八", "九", "十")) {
            add(Relationship.CHILD, order + "男", order + "女");
        }
        add(Relationship.GRANDCHILD, "孫", "孫息子", "孫娘", "まご");
        add(Relationship.SIBLING, "兄", "弟", "姉", "妹", "兄弟", "姉妹", "あに", "おとうと", "あね", "いもうと");
        add(Relationship.PARENT, "父", "母", "父親", "母親", "実父", "実母", "養父", "養母", "ちち", "はは");
        add(Relationship.GRANDPARENT, "祖父", "祖母", "曾祖父", "曾祖母", "曽祖父", "曽祖母", "高祖父", "高祖母",
                "そふ", "そぼ");
        add(Relationship.SPOUSE_PARENT, "義父", "義母", "妻の父", "妻の母", "夫の父", "夫の母", "配偶者の父",
                "配偶者の母", "舅", "姑");
        add(Relationship.STEPCHILD, "妻の子", "夫の子", "配偶者の子", "連れ子", "継子");
        for (String deFacto : List.of("内縁の妻", "内縁の夫", "妻(未届)", "夫(未届)")) {
            add(Relationship.DE_FACTO_SPOUSE_PARENT, deFacto + "の父", deFacto + "の母");
            add(Relationship.DE_FACTO_SPOUSE_CHILD, deFacto + "の子");
        }
        add(Relationship.UNCLE_AUNT, "おじ", "伯父", "叔父", "おば", "伯母", "叔母");
        add(Relationship.NEPHEW_NIECE, "甥", "姪", "おい", "めい");
        add(Relationship.OTHER_THIRD_DEGREE, "曾孫", "曽孫", "ひ孫", "ひまご", "子の妻", "子の夫", "嫁", "婿",
                "孫の妻", "孫の夫", "義兄", "義弟", "義姉", "義妹", "継父", "継母", "妻の祖父", "妻の祖母",
                "夫の祖父", "夫の祖母");
        add(Relationship.OUT_OF_SCOPE, "いとこ", "従兄", "従弟", "従姉", "従妹", "従兄弟", "従姉妹", "大おじ",
                "大おば", "縁故者", "同居人", "知人", "友人");
    }

    private RelationshipTerm() {
    }

    private static void add(Relationship relationship, String... terms) {
        for (String term : terms) {
            TERMS.put(JapaneseText.kanaKey(term), relationship);
        }
    }

    /**
     * The relationship a term names, in any width or spacing and in hiragana or katakana.
     *
     * @throws InvalidValueException {@code dependent.relationship.unknown} for a term not in the table:
     *                               staff must classify it, guessing would decide eligibility
     */
    public static Relationship parse(String term) {
        Relationship relationship = TERMS.get(JapaneseText.kanaKey(term));
        if (relationship == null) {
            throw new InvalidValueException("dependent.relationship.unknown");
        }
        return relationship;
    }
}
