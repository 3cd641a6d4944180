-- Member and staff sessions (issue 12), shared by every app node so that any node serves any
-- request. Same dialect rules as V1: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode,
-- read by jOOQ's DDLDatabase.
--   token_hash    SHA-256 of the 256-bit random token in the browser's cookie, as 64 hex digits;
--                 the token itself is never stored, so a copy of this table opens no session
--   kind          MEMBER (members, and visitors part-way through sign-up) or STAFF
--   owner_id      the member's account id or the staff id once signed in; null for a visitor.
--                 No foreign key: an account may be deleted (a new survey year) while a browser
--                 still holds a session for it, which then names nobody and is refused
--   created_at    when the token was issued (each sign-in issues a new one): the absolute lifetime
--   last_seen_at  refreshed at most once a minute, not at every request: the idle timeout
--   version       one more at each change of data; every write is conditional on the version read
--   data          a few named strings, form-encoded (k=v&...): never serialized objects
create table web_session (
    token_hash   varchar(64)              not null primary key,
    kind         varchar(10)              not null,
    owner_id     bigint,
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null,
    version      bigint                   not null,
    data         varchar(4000)            not null,
    constraint web_session_kind_ck check (kind in ('MEMBER', 'STAFF'))
);
-- Ending every session of one account (a password reset, a disabled staff member); at most 5 per staff member.
create index web_session_owner_idx on web_session (kind, owner_id);
-- The sweep of idle sessions, oldest first, and of those past their lifetime.
create index web_session_last_seen_idx on web_session (kind, last_seen_at);
create index web_session_created_idx on web_session (kind, created_at);
