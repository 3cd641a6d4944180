-- Document retention (issue 12): the retention job deletes a closed survey year's document files
-- and keeps their rows, marked with when, so the member's and staff's lists and the audit log
-- still say what was uploaded. Same dialect rules as V1: runs unchanged on PostgreSQL and on H2 in
-- PostgreSQL mode, read by jOOQ's DDLDatabase.
alter table survey_document add column purged_at timestamp with time zone;
