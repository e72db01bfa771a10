-- The number of the sasaran an indicator serves (the natural key of a sasaran within the agency's
-- Renstra), linking it to the programmes that fund that sasaran. Existing rows take it from their text.
ALTER TABLE performance_indicator ADD COLUMN sasaran_number INTEGER;
UPDATE performance_indicator SET sasaran_number = CAST(SUBSTR(sasaran, 9, 1) AS INTEGER) WHERE sasaran LIKE 'Sasaran _:%';
