-- A member's answers to the survey, per dependent and survey year (issue 4). Same dialect rules
-- as V1: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode, read by jOOQ's DDLDatabase.

-- One row per (survey year, dependent), written at every draft save. Every answer is a column of
-- its own, null while unanswered, so staff can filter on status, living and declarations.
-- Enumerated answers hold the domain enum's constant name; amounts are whole yen.
create table survey_response (
    insurer_code            varchar(30)  not null,
    fiscal_year             integer      not null,
    dependent_id            bigint       not null references dependent (id),
    status                  varchar(20)  not null,
    living                  varchar(40),
    residence               varchar(60),
    situation               varchar(40),
    salary                  bigint,
    pension                 bigint,
    business_income         bigint,
    other_income            bigint,
    employment_changed      boolean,
    unemployment_benefit    varchar(30),
    benefit_daily_amount    bigint,
    other_health_insurance  boolean,
    disabled                boolean,
    annual_remittance       bigint,
    parent_support_reason   varchar(400),
    -- Both set, or both null: the member declared the dependent no longer qualifies.
    no_longer_eligible_on     date,
    no_longer_eligible_reason varchar(40),
    primary key (insurer_code, fiscal_year, dependent_id),
    constraint survey_response_year_fk foreign key (insurer_code, fiscal_year)
        references survey_year (insurer_code, fiscal_year),
    constraint survey_response_declaration_ck check
        ((no_longer_eligible_on is null) = (no_longer_eligible_reason is null))
);

create index survey_response_status_ix on survey_response (insurer_code, fiscal_year, status);

-- The member's own expected income for the year: asked on every dependent's form, needed by the
-- half-of-income rule, kept once.
create table member_survey (
    member_id       bigint  not null references member (id),
    fiscal_year     integer not null,
    expected_income bigint  not null,
    primary key (member_id, fiscal_year)
);
