-- Authenticator secrets are stored sealed (AES-256-GCM under a key derived from the installation
-- secret): "v1:" + base64url(nonce, ciphertext, tag) is about 83 characters for a 20-byte secret,
-- more than the base32 text the columns were sized for. Rows written before hold the base32 secret
-- itself; the application still reads those and seals them at the owner's next sign-in.
alter table staff alter column totp_secret set data type varchar(200);
alter table staff_enrolment alter column totp_secret set data type varchar(200);

-- Authenticator codes checked against an enrolment link; the tenth uses the link up. Counted by a
-- conditional update before each check, so parallel guesses share the same ten.
alter table staff_enrolment add column code_attempts integer default 0 not null;
