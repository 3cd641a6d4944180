-- Roster imports (issue 12): a file's valid rows are streamed into a staging table (COPY on
-- PostgreSQL, batched inserts on H2), checked as a whole (repeated keys, unknown members) and
-- merged into member / dependent with one set-based statement per change, in the import's one
-- transaction. Same dialect rules as V1.
--
-- On PostgreSQL each import copies these layouts into a temporary table of its own session
-- (CREATE TEMP TABLE ... (LIKE ...)): no WAL for rows that live a few seconds, nothing another
-- import can see. H2 uses these tables themselves, each import's rows under its own import_id
-- and deleted when it ends. Values are stored already normalised by the domain (the keys are
-- what member / dependent store), so the merge compares column to column.
create sequence roster_import_seq;

create table roster_member_stage (
    import_id     bigint       not null,
    line          integer      not null,
    symbol        varchar(8)   not null,
    number        varchar(10)  not null,
    name_written  varchar(100) not null,
    name_kana     varchar(100) not null,
    name_kana_key varchar(100) not null,
    birth_date    date         not null,
    email         varchar(254) not null,
    email_key     varchar(254) not null,
    office        varchar(200) not null
);
create index roster_member_stage_idx on roster_member_stage (import_id, symbol, number);

create table roster_dependent_stage (
    import_id         bigint       not null,
    line              integer      not null,
    symbol            varchar(8)   not null,
    number            varchar(10)  not null,
    dependent_number  varchar(4)   not null,
    name_written      varchar(100) not null,
    name_kana         varchar(100) not null,
    birth_date        date         not null,
    relationship      varchar(30)  not null,
    relationship_term varchar(30)  not null,
    sex               varchar(10)  not null,
    cohabitation      varchar(10)  not null,
    certified_on      date
);
create index roster_dependent_stage_idx on roster_dependent_stage (import_id, symbol, number, dependent_number);
