-- Sign-up limits per member record, across codes (issue 8). A code has its own 5 tries; these
-- bound what a series of codes can add up to:
--   code_tries      codes compared for this member record since the last successful
--                   registration, whichever code they were typed for; at the cap no code is
--                   compared and none is mailed until staff reset it (NIST 800-63B 5.2.2)
--   issue_day,      how many codes were mailed on that day (Japan time), for the daily cap
--   codes_that_day
--   last_issued_at  when the last code was mailed, for the cool-down between two codes
-- Each is changed by one conditional update, so parallel requests cannot pass a limit.
create table signup_limit (
    member_id      bigint                   not null primary key references member (id),
    code_tries     integer                  not null,
    issue_day      date,
    codes_that_day integer                  not null,
    last_issued_at timestamp with time zone
);

-- One account per member and survey year: sign-up never replaces a current account, and two
-- registrations racing for the same member cannot both succeed. Until now each registration
-- deleted the member's accounts first, so no member has two rows and the index can be built.
create unique index account_member_year_uk on account (member_id, fiscal_year);
