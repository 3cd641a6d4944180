-- The review's result mail goes once per member and survey year (issue 10, helper "review"): the
-- decision or approval that completes the member records it here first, so two reviewers finishing
-- a member's last two dependents at the same moment send one mail, not two. Same dialect rules as V1.
create table review_result_mail (
    insurer_code varchar(30)              not null,
    fiscal_year  integer                  not null,
    member_id    bigint                   not null references member (id),
    sent_at      timestamp with time zone not null,
    primary key (insurer_code, fiscal_year, member_id),
    constraint review_result_mail_year_fk foreign key (insurer_code, fiscal_year)
        references survey_year (insurer_code, fiscal_year)
);
