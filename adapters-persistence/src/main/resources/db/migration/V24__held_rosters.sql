-- Held rosters (issue 12): a roster file a staff member has previewed waits here for its commit,
-- so the commit can reach any node behind the load balancer (it waited in one node's memory).
-- Only the SHA-256 of the token the preview page carries is stored. Rows older than 30 minutes
-- are deleted by the held-roster-expiry job. Same dialect rules as V1: runs unchanged on PostgreSQL and on
-- H2 in PostgreSQL mode, read by jOOQ's DDLDatabase.
create table held_roster (
    token_hash varchar(64)              not null primary key,
    staff_id   bigint                   not null references staff (id),
    file_name  varchar(255)             not null,
    kind       varchar(12)              not null,
    encoding   varchar(20)              not null,
    content    bytea                    not null,
    held_at    timestamp with time zone not null
);
create index held_roster_staff_idx on held_roster (staff_id);
create index held_roster_held_at_idx on held_roster (held_at);
