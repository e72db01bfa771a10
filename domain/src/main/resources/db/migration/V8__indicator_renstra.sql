-- The Renstra an indicator belongs to, also for indicators of a tujuan (which measure no single sasaran).
-- A year's indicators without an IKU decree are those of the latest Renstra that covers the year.
ALTER TABLE performance_indicator ADD COLUMN renstra_id BIGINT REFERENCES renstra_period (id);
UPDATE performance_indicator SET renstra_id =
    (SELECT t.renstra_id FROM sasaran s JOIN tujuan t ON t.id = s.tujuan_id WHERE s.id = performance_indicator.sasaran_id)
    WHERE sasaran_id IS NOT NULL;
