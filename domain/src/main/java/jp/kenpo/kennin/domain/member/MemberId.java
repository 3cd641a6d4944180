package jp.kenpo.kennin.domain.member;

/** Surrogate key of an insured member record. */
public record MemberId(long value) {
}
