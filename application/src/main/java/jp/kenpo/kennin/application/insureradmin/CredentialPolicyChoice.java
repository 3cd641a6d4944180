package jp.kenpo.kennin.application.insureradmin;

import java.util.Arrays;
import java.util.Optional;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;

/** The credential policies staff choose between: the manual's rules or NIST SP 800-63B's. */
public enum CredentialPolicyChoice {
    MANUAL(CredentialPolicy.manualDefault()),
    NIST(CredentialPolicy.nist());

    private final CredentialPolicy policy;

    CredentialPolicyChoice(CredentialPolicy policy) {
        this.policy = policy;
    }

    public CredentialPolicy policy() {
        return policy;
    }

    /** The choice a form names, or empty for anything else. */
    public static Optional<CredentialPolicyChoice> named(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }

    /** Which choice a stored policy is; empty for one set up otherwise (by the command line, say). */
    public static Optional<CredentialPolicyChoice> of(CredentialPolicy policy) {
        return Arrays.stream(values()).filter(c -> c.policy.equals(policy)).findFirst();
    }
}
