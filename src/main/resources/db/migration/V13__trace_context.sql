-- The W3C trace context (traceparent) a message's delivery continues, and the one an order arrived in:
-- its status updates, sent later, belong to the same trace.
ALTER TABLE platform.outbox ADD COLUMN traceparent varchar(55);
ALTER TABLE inventory.partner_order ADD COLUMN traceparent varchar(55);
