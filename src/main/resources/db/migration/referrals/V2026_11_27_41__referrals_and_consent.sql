-- Whole-of-society work on a case: services, consent, referrals between organisations, services delivered.

-- The service catalogue: what can be asked of whom, in which section of the case, for which purpose.
CREATE TABLE service_type (
  code     text PRIMARY KEY,
  section  text NOT NULL,
  purpose  text NOT NULL,
  name_en  text NOT NULL,
  name_ru  text NOT NULL,
  name_uz  text NOT NULL
);

INSERT INTO service_type (code, section, purpose, name_en, name_ru, name_uz) VALUES
  ('MENTORING', 'COMMUNITY', 'MENTORING', 'Mentoring by the mahalla', 'Наставничество в махалле', 'Mahalla murabbiyligi'),
  ('SCHOOL_ENROLMENT_SUPPORT', 'COMMUNITY', 'EDUCATION_SUPPORT', 'Support with school enrolment', 'Помощь в зачислении в школу', 'Maktabga qabul qilishda yordam'),
  ('FAMILY_MEDIATION', 'COMMUNITY', 'FAMILY_MEDIATION', 'Family mediation', 'Семейная медиация', 'Oilaviy vositachilik'),
  ('VOCATIONAL_COURSE', 'COMMUNITY', 'LIVELIHOOD_SUPPORT', 'Vocational course', 'Профессиональные курсы', 'Kasb-hunar kursi'),
  ('MEDICAL_CARE', 'HEALTH', 'HEALTH_CARE', 'Medical examination and care', 'Медицинское обследование и помощь', 'Tibbiy ko''rik va yordam'),
  ('COUNSELLING', 'PSYCHOSOCIAL', 'PSYCHOSOCIAL_SUPPORT', 'Psychosocial counselling', 'Психосоциальное консультирование', 'Psixologik-ijtimoiy maslahat'),
  ('SCHOOLING', 'EDUCATION', 'EDUCATION_SUPPORT', 'School placement and catch-up classes', 'Устройство в школу и догоняющее обучение', 'Maktabga joylashtirish va qo''shimcha darslar'),
  ('EMPLOYMENT_SERVICE', 'LIVELIHOOD', 'LIVELIHOOD_SUPPORT', 'Job placement and training', 'Трудоустройство и обучение', 'Ishga joylashtirish va o''qitish'),
  ('CIVIL_DOCUMENTS', 'DOCUMENTS', 'DOCUMENTS', 'Civil registration and identity documents', 'Регистрация актов гражданского состояния и документы', 'FHDYO qaydi va shaxsni tasdiqlovchi hujjatlar'),
  ('RELIGIOUS_COUNSELLING', 'RELIGIOUS', 'RELIGIOUS_COUNSELLING', 'Religious counselling', 'Религиозное консультирование', 'Diniy maslahat');

-- Which organisations provide which services.
CREATE TABLE service_provider (
  organization_id uuid NOT NULL REFERENCES organization (id),
  service_code    text NOT NULL REFERENCES service_type (code),
  PRIMARY KEY (organization_id, service_code)
);

-- Consent to share a person's data with organisations outside government, by the person or a child's guardian.
CREATE TABLE consent (
  id                  uuid PRIMARY KEY,
  version             integer NOT NULL DEFAULT 0,
  person_id           uuid NOT NULL REFERENCES person (id),
  given_by            text NOT NULL,
  guardian_name       text,
  child_view          text,
  organization_types  text[] NOT NULL,
  purposes            text[] NOT NULL,
  given_on            date NOT NULL,
  withdrawn_on        date,
  withdrawn_reason    text,
  evidence_name       text,
  evidence_type       text,
  evidence            bytea,
  recorded_by         text NOT NULL,
  recorded_at         timestamptz NOT NULL DEFAULT now(),
  updated_by          text NOT NULL,
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consent_by_person ON consent (person_id) WHERE withdrawn_on IS NULL;

CREATE TABLE referral (
  id                   uuid PRIMARY KEY,
  version              integer NOT NULL DEFAULT 0,
  case_id              uuid NOT NULL REFERENCES case_file (id),
  service_code         text NOT NULL REFERENCES service_type (code),
  section              text NOT NULL,
  from_organization_id uuid REFERENCES organization (id),
  to_organization_id   uuid NOT NULL REFERENCES organization (id),
  referred_by          uuid NOT NULL REFERENCES app_user (id),
  referred_by_name     text NOT NULL,
  task                 text NOT NULL,
  due_date             date,
  status               text NOT NULL,
  reason               text,
  consent_id           uuid REFERENCES consent (id),
  previous_referral_id uuid REFERENCES referral (id),
  overdue_notified     boolean NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  updated_by           text NOT NULL
);
CREATE INDEX referral_by_case ON referral (case_id, created_at DESC);
CREATE INDEX referral_open_by_receiver ON referral (to_organization_id, status);

CREATE TABLE referral_change (
  id           bigserial PRIMARY KEY,
  referral_id  uuid NOT NULL REFERENCES referral (id),
  from_status  text,
  to_status    text NOT NULL,
  reason       text,
  changed_by   text NOT NULL,
  changed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referral_change_by_referral ON referral_change (referral_id, id);

-- Services delivered, in the section they belong to: a mentoring visit, a medical check, a school enrolment.
CREATE TABLE service_delivery (
  id                   uuid PRIMARY KEY,
  case_id              uuid NOT NULL REFERENCES case_file (id),
  referral_id          uuid REFERENCES referral (id),
  section              text NOT NULL,
  service_code         text NOT NULL REFERENCES service_type (code),
  activity             text NOT NULL,
  provider_id          uuid REFERENCES organization (id),
  delivered_on         date NOT NULL,
  outcome              text NOT NULL,
  notes                text,
  recorded_by          text NOT NULL,
  recorded_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX service_delivery_by_case ON service_delivery (case_id, section, delivered_on DESC);
