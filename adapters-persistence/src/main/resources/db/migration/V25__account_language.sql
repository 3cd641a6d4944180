-- English for members (issue 13): the language a member chose for the site and their mails, kept
-- on the account so that the next login and every later mail follow it. Empty until they choose
-- (pages then follow the browser, mails are Japanese); only 'ja' and 'en' are stored. Same dialect
-- rules as V1: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode, read by jOOQ's DDLDatabase.
alter table account add column language varchar(2);
alter table account add constraint account_language_ck check (language in ('ja', 'en'));
