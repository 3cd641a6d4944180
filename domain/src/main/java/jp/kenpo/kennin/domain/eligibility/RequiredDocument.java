package jp.kenpo.kennin.domain.eligibility;

import jp.kenpo.kennin.domain.InvalidValueException;

/** A document the survey asks for and how many of it (one 年金通知書 per pension). */
public record RequiredDocument(DocumentKind kind, int copies) {
    public RequiredDocument {
        Inputs.present(kind, "kind");
        if (copies < 1) {
            throw new InvalidValueException("eligibility.document.copies");
        }
    }

    public static RequiredDocument one(DocumentKind kind) {
        return new RequiredDocument(kind, 1);
    }
}
