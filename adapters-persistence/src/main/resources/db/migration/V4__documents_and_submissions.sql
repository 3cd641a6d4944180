-- Proof documents, submissions with their receipt numbers, staff's return reason and per-member
-- deadline extensions (issue 5). Same dialect rules as V1: runs unchanged on PostgreSQL and on H2
-- in PostgreSQL mode, read by jOOQ's DDLDatabase.

-- Why staff sent the response back (差し戻し); only a RETURNED response has one, and the next
-- submission clears it.
alter table survey_response add column return_reason varchar(1000);
alter table survey_response add constraint survey_response_return_reason_ck
    check (return_reason is null or status = 'RETURNED');

-- What is known of an uploaded file; the bytes stay in document storage under the same id
-- (128 random bits in lower-case hex). kind and document_type hold the enum constant names.
create table survey_document (
    id            char(32)                 not null primary key,
    insurer_code  varchar(30)              not null,
    fiscal_year   integer                  not null,
    dependent_id  bigint                   not null references dependent (id),
    kind          varchar(40)              not null,
    document_type varchar(10)              not null,
    size_bytes    bigint                   not null,
    sha256        char(64)                 not null,
    file_name     varchar(200)             not null,
    uploaded_at   timestamp with time zone not null,
    constraint survey_document_year_fk foreign key (insurer_code, fiscal_year)
        references survey_year (insurer_code, fiscal_year)
);
create index survey_document_dependent_ix on survey_document (insurer_code, fiscal_year, dependent_id);

-- One row per submission (提出); a member who corrects returned responses submits again under a
-- new receipt number, so the latest is the one with the greatest submitted_at.
create table survey_submission (
    receipt_number varchar(14)              not null primary key,
    insurer_code   varchar(30)              not null,
    fiscal_year    integer                  not null,
    member_id      bigint                   not null references member (id),
    submitted_at   timestamp with time zone not null,
    constraint survey_submission_year_fk foreign key (insurer_code, fiscal_year)
        references survey_year (insurer_code, fiscal_year)
);
create index survey_submission_member_ix on survey_submission (insurer_code, fiscal_year, member_id, submitted_at);

-- The dependents whose responses a submission handed over; ordinal keeps the order they were
-- listed in.
create table survey_submission_dependent (
    receipt_number varchar(14) not null references survey_submission (receipt_number),
    dependent_id   bigint      not null references dependent (id),
    ordinal        integer     not null,
    primary key (receipt_number, dependent_id)
);

-- A later deadline staff granted one member; at most one per member and survey year.
create table deadline_extension (
    insurer_code varchar(30) not null,
    fiscal_year  integer     not null,
    member_id    bigint      not null references member (id),
    deadline     date        not null,
    primary key (insurer_code, fiscal_year, member_id),
    constraint deadline_extension_year_fk foreign key (insurer_code, fiscal_year)
        references survey_year (insurer_code, fiscal_year)
);
