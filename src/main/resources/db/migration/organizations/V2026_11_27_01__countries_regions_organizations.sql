CREATE TABLE country (
  code         char(2) PRIMARY KEY,
  name_en      text NOT NULL,
  name_ru      text NOT NULL,
  name_uz      text NOT NULL,
  member_state boolean NOT NULL
);

-- The five member states of the Council, and the countries returnees come back from.
INSERT INTO country (code, name_en, name_ru, name_uz, member_state) VALUES
  ('KZ', 'Republic of Kazakhstan', 'Республика Казахстан', 'Qozog''iston Respublikasi', true),
  ('KG', 'Kyrgyz Republic', 'Кыргызская Республика', 'Qirg''iz Respublikasi', true),
  ('TJ', 'Republic of Tajikistan', 'Республика Таджикистан', 'Tojikiston Respublikasi', true),
  ('TM', 'Turkmenistan', 'Туркменистан', 'Turkmaniston', true),
  ('UZ', 'Republic of Uzbekistan', 'Республика Узбекистан', 'O''zbekiston Respublikasi', true),
  ('SY', 'Syrian Arab Republic', 'Сирийская Арабская Республика', 'Suriya Arab Respublikasi', false),
  ('IQ', 'Republic of Iraq', 'Республика Ирак', 'Iroq Respublikasi', false),
  ('AF', 'Afghanistan', 'Афганистан', 'Afg''oniston', false),
  ('TR', 'Republic of Türkiye', 'Турецкая Республика', 'Turkiya Respublikasi', false);

CREATE TABLE region (
  id           uuid PRIMARY KEY,
  country_code char(2) NOT NULL REFERENCES country (code),
  kind         text NOT NULL CHECK (kind IN ('region', 'city', 'republic', 'districts')),
  name_en      text NOT NULL,
  name_ru      text NOT NULL,
  name_local   text NOT NULL,
  UNIQUE (country_code, name_en)
);

CREATE TABLE organization (
  id           uuid PRIMARY KEY,
  version      integer NOT NULL DEFAULT 0,
  abbreviation text,
  name_en      text NOT NULL,
  name_ru      text NOT NULL,
  name_uz      text NOT NULL,
  type         text NOT NULL,
  sector       text,
  country_code char(2) REFERENCES country (code),
  region_id    uuid REFERENCES region (id),
  active       boolean NOT NULL DEFAULT true,
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (name_en)
);
CREATE INDEX organization_by_type ON organization (type);
