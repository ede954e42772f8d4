-- No alias points at an entity that does not exist. (The keys of the fact tables are checked from their
-- descriptions in FactTables: a unique grain, no orphan, the source and date of their article.)
SELECT 'dim_entity_alias.entity_key' AS orphan, a.entity_key AS key_value FROM dim_entity_alias a ANTI JOIN dim_entity USING (entity_key);
