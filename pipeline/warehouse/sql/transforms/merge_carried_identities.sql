-- Customer merging: _sl_carried = identities carried by contacts with a customer, limited to the
-- trusted identity kinds (:kinds) and channels (:link_channels) of rules/identity.yaml.
-- params: kinds, link_channels
CREATE TEMP TABLE _sl_carried AS
SELECT ii.identity, ii.identity_type, i.customer_id, i.started_at, i.interaction_id
FROM fct_interaction_identity ii JOIN fct_interaction i ON i.interaction_id = ii.interaction_id
WHERE i.customer_id IS NOT NULL AND ii.identity_type IN (:kinds)
  AND i.channel IN (:link_channels)
