package jp.kenpo.kennin.application.session;

/** Whose session a row is: a member's (or a visitor's on the way to being one) or a staff member's. */
public enum SessionKind {
    MEMBER, STAFF
}
