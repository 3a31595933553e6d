-- A recommendation's text in the Council's three languages: the text of record as adopted, with optional Russian and
-- Uzbek translations shown to the readers of those languages.
ALTER TABLE council_recommendation ADD COLUMN text_ru text, ADD COLUMN text_uz text;
