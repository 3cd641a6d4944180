-- Which characters an insurer's password policy allows: LISTED (the manual's half-width letters, digits and
-- listed symbols, every existing insurer) or ANY (NIST SP 800-63B: any Unicode, spaces and Japanese included).
alter table insurer add column password_characters varchar(10) default 'LISTED' not null;
alter table insurer add constraint insurer_password_characters check (password_characters in ('LISTED', 'ANY'));
