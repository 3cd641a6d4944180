package jp.kenpo.kennin.domain.eligibility;

/**
 * 続柄 as 健康保険法 第3条第7項 groups it: who may be a dependent at all, and who only while
 * living in the member's household (同一世帯). Read typed terms with {@link RelationshipTerm#parse}.
 */
public enum Relationship {
    /** 配偶者. */
    SPOUSE(Scope.WITHOUT_COHABITATION),
    /** 内縁: the law counts an unregistered spouse as a spouse (第3条第7項第1号). */
    DE_FACTO_SPOUSE(Scope.WITHOUT_COHABITATION),
    /** 子, including adopted children. */
    CHILD(Scope.WITHOUT_COHABITATION),
    GRANDCHILD(Scope.WITHOUT_COHABITATION),
    /** 兄弟姉妹: older siblings too since 2016-10-01. */
    SIBLING(Scope.WITHOUT_COHABITATION),
    /** 父母, including adoptive parents. */
    PARENT(Scope.WITHOUT_COHABITATION),
    /** Lineal ascendants above the parents: grandparents, great-grandparents. */
    GRANDPARENT(Scope.WITHOUT_COHABITATION),
    /** 配偶者の父母 (義父・義母): relatives by marriage of the first degree. */
    SPOUSE_PARENT(Scope.WITH_COHABITATION),
    /** 配偶者の子 not adopted by the member (連れ子): a relative by marriage, not a child in law. */
    STEPCHILD(Scope.WITH_COHABITATION),
    DE_FACTO_SPOUSE_PARENT(Scope.WITH_COHABITATION),
    DE_FACTO_SPOUSE_CHILD(Scope.WITH_COHABITATION),
    UNCLE_AUNT(Scope.WITH_COHABITATION),
    NEPHEW_NIECE(Scope.WITH_COHABITATION),
    /**
     * Any other relative within the third degree: a child's spouse, a spouse's sibling, a
     * great-grandchild (the law names only children and grandchildren among descendants), ...
     */
    OTHER_THIRD_DEGREE(Scope.WITH_COHABITATION),
    /** Cousins, more distant relatives, unrelated people: never a dependent. */
    OUT_OF_SCOPE(Scope.NONE);

    private enum Scope { WITHOUT_COHABITATION, WITH_COHABITATION, NONE }

    private final Scope scope;

    Relationship(Scope scope) {
        this.scope = scope;
    }

    public boolean isInScope() {
        return scope != Scope.NONE;
    }

    public boolean requiresCohabitation() {
        return scope == Scope.WITH_COHABITATION;
    }

    /** The 150万 band for ages 19–22 excludes spouses, and a de facto spouse is a spouse in law. */
    public boolean isSpouse() {
        return this == SPOUSE || this == DE_FACTO_SPOUSE;
    }
}
