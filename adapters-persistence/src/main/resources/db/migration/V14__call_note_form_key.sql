-- A call note is saved once even when its form is sent twice (a double click, a resent request):
-- the case page gives each note form a random key, and the note's insert is conditional on no
-- note of that staff member carrying that key (insert ... on conflict do nothing against this
-- unique index), never a read followed by a write. Notes written before this column have none.
-- Same dialect rules as V1: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
alter table call_note add column form_key char(32);
create unique index call_note_form_key_ux on call_note (staff_id, form_key);
