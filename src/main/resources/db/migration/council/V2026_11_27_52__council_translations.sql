-- Titles in the Council's three languages: the title as the secretariat typed it (in English, or in the language it
-- was written in) stays the one of record; Russian and Uzbek translations are optional and shown on the pages of that
-- language, the title of record where none is given.
ALTER TABLE council_meeting ADD COLUMN title_ru text, ADD COLUMN title_uz text;
ALTER TABLE council_agenda_item ADD COLUMN title_ru text, ADD COLUMN title_uz text;
ALTER TABLE council_speaker ADD COLUMN title_ru text, ADD COLUMN title_uz text;
