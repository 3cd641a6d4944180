package jp.kenpo.kennin.domain.credential;

/** Which characters a password may contain under a {@link CredentialPolicy}. */
public enum PasswordCharacters {
    /** Half-width letters and digits and the policy's listed symbols only: the insurer manual's policy. */
    LISTED,
    /**
     * Any Unicode character, spaces and Japanese included, except control characters (NIST SP 800-63B
     * §3.1.1.2); each code point counts as one character.
     */
    ANY
}
