-- An administrator can revoke an invitation that was not used yet: the code then admits nobody.
ALTER TABLE hub.invitation ADD COLUMN revoked_at timestamptz;
ALTER TABLE hub.invitation ADD COLUMN revoked_by varchar(64);
