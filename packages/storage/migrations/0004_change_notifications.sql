-- Change notifications for the server's in-memory caches (docs/server.md): whoever changes a plan's
-- versions, workflow state, data version or periods — the server, another server process, the
-- CLI — notifies channel `performa_plan_changed` with "entity_id<US>plan_key" when it commits.

CREATE FUNCTION performa_notify_plan_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed record;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  PERFORM pg_notify('performa_plan_changed', changed.entity_id || chr(31) || changed.plan_key);
  RETURN NULL;
END $$;

CREATE TRIGGER plans_changed AFTER INSERT OR UPDATE OR DELETE ON plans
  FOR EACH ROW EXECUTE FUNCTION performa_notify_plan_changed();
CREATE TRIGGER plan_workflow_changed AFTER INSERT OR UPDATE OR DELETE ON plan_workflow
  FOR EACH ROW EXECUTE FUNCTION performa_notify_plan_changed();
CREATE TRIGGER period_workflow_changed AFTER INSERT OR UPDATE OR DELETE ON period_workflow
  FOR EACH ROW EXECUTE FUNCTION performa_notify_plan_changed();
