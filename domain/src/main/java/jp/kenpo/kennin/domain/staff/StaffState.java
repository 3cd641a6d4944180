package jp.kenpo.kennin.domain.staff;

/** Where a staff account stands. Only an {@link #ACTIVE} account can sign in. */
public enum StaffState {
    /** Created; waits for its owner to choose a password and set up the authenticator behind the one-time link. */
    ENROLLING,
    ACTIVE,
    /** Switched off by a 管理者 or the operator: refused at sign-in like a wrong password. */
    DISABLED
}
