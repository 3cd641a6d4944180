package jp.kenpo.kennin.application.security;

import jp.kenpo.kennin.domain.account.AccountId;

/**
 * Names of the failure counters logins are throttled under. Here rather than in the login
 * capability because a password reset (the account capability) clears them too, and the
 * capabilities must not depend on each other in a circle.
 */
public final class LoginFailureKeys {
    private LoginFailureKeys() {
    }

    /** The key failed logins on an account are counted under; a password reset clears it. */
    public static String account(AccountId account) {
        return "login:account:" + account.value();
    }
}
