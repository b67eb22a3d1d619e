-- What administrators (and API tokens) changed, by whom and when: written in the transaction of the change, never
-- changed or deleted afterwards.
CREATE TABLE platform.audit_log (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      timestamptz  NOT NULL,
    actor   varchar(100) NOT NULL,
    action  varchar(100) NOT NULL,
    detail  varchar(2000) NOT NULL
);
CREATE INDEX audit_log_actor_ix ON platform.audit_log (actor, id);
CREATE INDEX audit_log_action_ix ON platform.audit_log (action, id);

CREATE FUNCTION platform.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'platform.audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON platform.audit_log
    FOR EACH ROW EXECUTE FUNCTION platform.audit_log_append_only();
