-- Purchases at partners resume by themselves: when the next attempt is due, how many were made, and the
-- buyer's Idempotency-Key. A purchase being worked on has its next attempt pushed past the work (a lease), so
-- several instances never resume the same purchase at once.
ALTER TABLE federation.purchase
    ADD COLUMN attempts        integer      NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at timestamptz,
    ADD COLUMN idempotency_key varchar(200);
UPDATE federation.purchase SET next_attempt_at = now() WHERE status IN ('holding', 'ordering');
-- the resumer's claim: open purchases by when they are due
CREATE INDEX purchase_due_ix ON federation.purchase (next_attempt_at) WHERE status IN ('holding', 'ordering');
-- one purchase per key: a client that sends its request again finds the first purchase
CREATE UNIQUE INDEX purchase_idempotency_ux ON federation.purchase (idempotency_key) WHERE idempotency_key IS NOT NULL;
