package jp.kenpo.kennin.application.keyrotation;

/**
 * After {@code KENNIN_SECRET} was rotated (the old one set as {@code KENNIN_SECRET_PREVIOUS}): seals
 * every stored secret that still opens only with the previous key again with the current one, so the
 * previous key can be dropped. Idempotent, and safe to run again after it was killed half-way: each
 * value is replaced by its own conditional update, and one already under the current key is left.
 */
public interface ResealSecretsUseCase {
    ResealSecretsResult resealSecrets(ResealSecretsCommand command);

    /** @param operator who runs it, for the audit log */
    record ResealSecretsCommand(String operator) {
        public ResealSecretsCommand {
            if (operator == null || operator.isBlank()) {
                throw new IllegalArgumentException("operator is required");
            }
        }
    }

    /**
     * @param resealed     values sealed again with the current key now
     * @param current      values already under the current key (nothing to do)
     * @param notSealed    values stored before sealing existed (sealed at their owner's next sign-in)
     * @param unreadable   values neither key opens: sealed under some other key, or altered; left as they are
     * @param changedMeanwhile values that changed between reading and replacing (a sign-in or enrolment did it): run again
     */
    record ResealSecretsResult(int resealed, int current, int notSealed, int unreadable, int changedMeanwhile) {
        /** Whether the previous key can be dropped as far as sealed values go. */
        public boolean done() {
            return changedMeanwhile == 0;
        }
    }
}
