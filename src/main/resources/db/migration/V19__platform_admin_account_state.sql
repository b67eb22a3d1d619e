-- Administrators can be disabled (never deleted: the audit log names them), and a changed password ends the sessions
-- that signed in with the old one.
ALTER TABLE platform.admin_account ADD COLUMN disabled_at timestamptz;
ALTER TABLE platform.admin_account ADD COLUMN disabled_by varchar(64);
ALTER TABLE platform.admin_account ADD COLUMN credentials_changed_at timestamptz NOT NULL DEFAULT now();
