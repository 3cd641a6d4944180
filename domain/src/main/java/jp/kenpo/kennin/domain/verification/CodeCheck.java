package jp.kenpo.kennin.domain.verification;

/** What checking a typed code against a challenge found. */
public sealed interface CodeCheck {
    record Accepted() implements CodeCheck {
    }

    /** Wrong code; {@code remainingTries} more before the challenge is void. */
    record Wrong(int remainingTries) implements CodeCheck {
    }

    /** Wrong too often: the challenge is void and a new code must be requested. */
    record Exhausted() implements CodeCheck {
    }

    record Expired() implements CodeCheck {
    }

    /** The code was already used once. */
    record AlreadyUsed() implements CodeCheck {
    }
}
