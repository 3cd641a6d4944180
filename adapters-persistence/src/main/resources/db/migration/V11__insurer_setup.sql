-- The back office sets an insurer up (issue 9).

-- InsurerOverrides of the eligibility rules: how monthly and daily figures are rounded (null: the
-- national rule's) and the insurer's own limit for a band, which wins over the rounding for it.
alter table insurer add column eligibility_rounding varchar(12);
alter table insurer add constraint insurer_eligibility_rounding
    check (eligibility_rounding is null or eligibility_rounding in ('CEILING', 'FLOOR', 'HALF_UP', 'HALF_DOWN', 'HALF_EVEN'));
create table insurer_income_limit (
    insurer_code varchar(30) not null references insurer (code),
    band         varchar(30) not null,
    annual_yen   bigint      not null,
    monthly_yen  bigint      not null,
    daily_yen    bigint      not null,
    primary key (insurer_code, band),
    constraint insurer_income_limit_band check (band in ('STANDARD', 'ELDERLY_OR_DISABLED', 'YOUNG_ADULT')),
    constraint insurer_income_limit_positive check (annual_yen > 0 and monthly_yen > 0 and daily_yen > 0)
);

-- Notices are drafted, published and withdrawn by staff; members see PUBLISHED ones only. Notices
-- posted before the back office existed were published when posted.
alter table notice add column state varchar(10) default 'PUBLISHED' not null;
alter table notice add constraint notice_state check (state in ('DRAFT', 'PUBLISHED', 'WITHDRAWN'));
alter table notice add column created_at timestamp with time zone;
alter table notice add column updated_at timestamp with time zone;
alter table notice add column withdrawn_at timestamp with time zone;
create index notice_insurer_state_idx on notice (insurer_code, state);
