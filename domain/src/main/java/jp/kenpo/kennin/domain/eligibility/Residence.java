package jp.kenpo.kennin.domain.eligibility;

/**
 * Where the dependent lives for the 国内居住要件 (from 2020-04-01), judged from the 住民票.
 * The two visa cases live in Japan yet are excluded by 健康保険法施行規則 第37条の2, so they are
 * not exceptions of living abroad but refusals of living in Japan.
 */
public enum Residence {
    IN_JAPAN(false, Standing.MEETS),
    /** 特定活動「医療滞在」 and the person caring for them. */
    IN_JAPAN_ON_MEDICAL_STAY_VISA(false, Standing.EXCLUDED),
    /** 特定活動「観光・保養を目的とするロングステイ」 (up to one year). */
    IN_JAPAN_AS_LONG_STAY_VISITOR(false, Standing.EXCLUDED),
    ABROAD_STUDYING(true, Standing.ACCEPTED_EXCEPTION),
    ABROAD_ACCOMPANYING_POSTED_MEMBER(true, Standing.ACCEPTED_EXCEPTION),
    /** Sightseeing, volunteering, working holiday: temporary and not to work. */
    ABROAD_TEMPORARILY_NOT_TO_WORK(true, Standing.ACCEPTED_EXCEPTION),
    /** Born or married while the member was posted abroad. */
    ABROAD_RELATIONSHIP_FORMED_DURING_POSTING(true, Standing.ACCEPTED_EXCEPTION),
    ABROAD_WITH_LIFE_BASE_IN_JAPAN(true, Standing.ACCEPTED_EXCEPTION),
    ABROAD_WITHOUT_EXCEPTION(true, Standing.EXCLUDED);

    private enum Standing { MEETS, ACCEPTED_EXCEPTION, EXCLUDED }

    private final boolean abroad;
    private final Standing standing;

    Residence(boolean abroad, Standing standing) {
        this.abroad = abroad;
        this.standing = standing;
    }

    public boolean isAbroad() {
        return abroad;
    }

    /** Abroad, but for a reason the ministry accepts; staff still check the proof. */
    public boolean isAcceptedException() {
        return standing == Standing.ACCEPTED_EXCEPTION;
    }

    public boolean isExcluded() {
        return standing == Standing.EXCLUDED;
    }
}
