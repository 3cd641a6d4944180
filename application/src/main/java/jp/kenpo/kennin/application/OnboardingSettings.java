package jp.kenpo.kennin.application;

import java.time.Duration;
import java.util.Objects;
import jp.kenpo.kennin.domain.throttle.Throttle;

/**
 * The limits of registration, login and account recovery, decided once in the wiring.
 *
 * @param codeValidity            how long a mailed 認証コード works
 * @param maxCodeTries            wrong codes after which a code is void
 * @param resendCoolDown          least time between two mailed codes for the same pending verification
 * @param resetLinkValidity       how long a password-reset link works
 * @param loginPerAccount         failed logins on one account
 * @param loginPerAddress         failed logins from one client address, whatever the account
 * @param identifyPerMember       failed identity checks (初回認証) against one member record
 * @param identifyPerAddress      failed identity checks from one client address
 * @param forgottenPerAddress     requests of "forgot password" and of "forgot user ID" (each its own key)
 *                                from one client address, counted whether or not they matched
 * @param baseUrl                 how members reach this installation, for links in mails; no trailing slash
 */
public record OnboardingSettings(Duration codeValidity, int maxCodeTries, Duration resendCoolDown, Duration resetLinkValidity,
                                 Throttle loginPerAccount, Throttle loginPerAddress, Throttle identifyPerMember,
                                 Throttle identifyPerAddress, Throttle forgottenPerAddress, String baseUrl) {
    public OnboardingSettings {
        Objects.requireNonNull(codeValidity);
        Objects.requireNonNull(resendCoolDown);
        Objects.requireNonNull(resetLinkValidity);
        Objects.requireNonNull(loginPerAccount);
        Objects.requireNonNull(loginPerAddress);
        Objects.requireNonNull(identifyPerMember);
        Objects.requireNonNull(identifyPerAddress);
        Objects.requireNonNull(forgottenPerAddress);
        if (maxCodeTries < 1) {
            throw new IllegalArgumentException("maxCodeTries must be at least 1");
        }
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("baseUrl is required");
        }
        baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    /** The login page, as links in mails name it. */
    public String loginUrl() {
        return baseUrl + "/login";
    }

    /** The limits the insurer manual and the security review agreed on. */
    public static OnboardingSettings defaults(String baseUrl) {
        return new OnboardingSettings(
                Duration.ofMinutes(10), 5, Duration.ofSeconds(60), Duration.ofMinutes(30),
                new Throttle(3, Duration.ofSeconds(5), 10, Duration.ofMinutes(30)),
                new Throttle(10, Duration.ofSeconds(2), 50, Duration.ofMinutes(15)),
                new Throttle(3, Duration.ofSeconds(5), 5, Duration.ofMinutes(30)),
                new Throttle(10, Duration.ofSeconds(2), 30, Duration.ofMinutes(30)),
                // No slowing down: these requests are not guesses at a secret, only a flood is refused.
                new Throttle(10, Duration.ZERO, 10, Duration.ofMinutes(60)),
                baseUrl);
    }

    /** Whole minutes of code validity, as the mails and screens state it. */
    public int codeValidMinutes() {
        return Math.toIntExact(codeValidity.toMinutes());
    }
}
