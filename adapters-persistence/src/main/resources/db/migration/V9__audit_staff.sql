-- The back office: every audit line names the staff member who acted or looked, when one did,
-- so the audit screen can filter by staff as well as by member.
alter table audit_log add column staff_id bigint;
create index audit_log_staff_idx on audit_log (staff_id);
create index audit_log_insurer_time_idx on audit_log (insurer_code, occurred_at);
