-- Back-office sessions live in each web process's memory; to end them everywhere when an account
-- is disabled or re-enrolled (from any node or the CLI), each request compares the generation the
-- session pinned at sign-in with this one. Disabling and restarting enrolment add one to it in the
-- same statement that changes the state.
alter table staff add column credential_generation bigint default 0 not null;
