-- Sale webhooks are the inventory's feature: their table moves to the inventory's schema.
ALTER TABLE platform.webhook SET SCHEMA inventory;
