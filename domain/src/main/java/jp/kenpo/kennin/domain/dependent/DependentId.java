package jp.kenpo.kennin.domain.dependent;

/** Surrogate key of a dependent record. */
public record DependentId(long value) {
}
