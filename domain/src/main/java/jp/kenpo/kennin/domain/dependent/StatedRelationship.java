package jp.kenpo.kennin.domain.dependent;

import java.util.Objects;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.eligibility.Relationship;
import jp.kenpo.kennin.domain.eligibility.RelationshipTerm;

/**
 * 続柄 as the insurer's records write it (長男, 義母, ...), kept for display, with the kind of
 * relationship it was read as when the record was made: the rules judge the kind, people read
 * the term.
 */
public record StatedRelationship(String term, Relationship kind) {
    private static final int MAX_TERM_LENGTH = 30;

    public StatedRelationship {
        Objects.requireNonNull(kind);
        if (term == null || term.isBlank() || term.strip().length() > MAX_TERM_LENGTH) {
            throw new InvalidValueException("dependent.relationship.unknown");
        }
        term = term.strip();
    }

    /** @throws InvalidValueException {@code dependent.relationship.unknown} when the term is not one {@link RelationshipTerm} knows */
    public static StatedRelationship parse(String term) {
        if (term == null || term.strip().length() > MAX_TERM_LENGTH) {
            throw new InvalidValueException("dependent.relationship.unknown");
        }
        return new StatedRelationship(term, RelationshipTerm.parse(term));
    }

    public boolean requiresCohabitation() {
        return kind.requiresCohabitation();
    }
}
