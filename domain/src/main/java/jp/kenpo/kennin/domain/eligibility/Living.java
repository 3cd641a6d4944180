package jp.kenpo.kennin.domain.eligibility;

/** Whether the dependent lives with the member, and if not, why (the survey form's choices). */
public enum Living {
    TOGETHER(true),
    /**
     * 単身赴任: the family stays in the member's household while the member works elsewhere;
     * insurers treat such a temporary separation as living together and ask for no remittance.
     */
    APART_MEMBER_POSTED_ALONE(true),
    /** Lodging for school: a separate household that the member must support by remittance. */
    APART_FOR_SCHOOL(false),
    APART_SEPARATE_HOUSEHOLD(false),
    APART_OTHER(false);

    private final boolean countsAsTogether;

    Living(boolean countsAsTogether) {
        this.countsAsTogether = countsAsTogether;
    }

    /** Together for the cohabitation and half-of-income rules; otherwise the remittance rule applies. */
    public boolean countsAsTogether() {
        return countsAsTogether;
    }
}
