-- Assessments by domain (DESIGN.md §2): a sector specialist reads the items, answers and priorities of the domains
-- whose case sections they read, and nothing of the others. Each dimension names the section whose readers it is
-- for; the coordinator and the case manager read every dimension.
ALTER TABLE assessment_dimension ADD COLUMN domain text;

UPDATE assessment_dimension SET domain = CASE code
  WHEN 'HEALTH' THEN 'HEALTH'
  WHEN 'PSYCHOSOCIAL' THEN 'PSYCHOSOCIAL'
  WHEN 'EDUCATION' THEN 'EDUCATION'
  WHEN 'LIVELIHOOD' THEN 'LIVELIHOOD'
  WHEN 'DOCUMENTS' THEN 'DOCUMENTS'
  WHEN 'FAMILY_HOUSING' THEN 'FAMILY'
  WHEN 'LEGAL' THEN 'LEGAL'
  WHEN 'COMMUNITY' THEN 'COMMUNITY'
END WHERE instrument_code = 'NEEDS';

-- A child's best interests: safety, care and family are the family section's (social work), health and development
-- the health section's, the child's views the psychosocial section's.
UPDATE assessment_dimension SET domain = CASE code
  WHEN 'SAFETY' THEN 'FAMILY'
  WHEN 'CARE' THEN 'FAMILY'
  WHEN 'HEALTH_DEVELOPMENT' THEN 'HEALTH'
  WHEN 'EDUCATION' THEN 'EDUCATION'
  WHEN 'FAMILY' THEN 'FAMILY'
  WHEN 'VIEWS' THEN 'PSYCHOSOCIAL'
END WHERE instrument_code = 'BEST_INTERESTS';

-- The Reintegration Progress Index: economic well-being is livelihood's, social the community's, psychosocial the
-- psychosocial section's.
UPDATE assessment_dimension SET domain = CASE code
  WHEN 'ECONOMIC' THEN 'LIVELIHOOD'
  WHEN 'SOCIAL' THEN 'COMMUNITY'
  WHEN 'PSYCHOSOCIAL' THEN 'PSYCHOSOCIAL'
END WHERE instrument_code = 'RPI';

ALTER TABLE assessment_dimension ALTER COLUMN domain SET NOT NULL;

-- A question that schools and mahallas may come to read says "physiotherapy", not "rehabilitation": the word is the
-- programme's label, which their pages never carry (DESIGN.md §2).
UPDATE assessment_item SET
  question_en = 'Regular medicines, medical devices or physiotherapy',
  question_ru = 'Постоянные лекарства, медицинские изделия или физиотерапия',
  question_uz = 'Doimiy dori-darmonlar, tibbiy buyumlar yoki fizioterapiya'
WHERE instrument_code = 'NEEDS' AND code = 'HEALTH_MEDICINES';
