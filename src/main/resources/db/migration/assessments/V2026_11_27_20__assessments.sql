-- Assessments: the instruments are data (dimensions, items, answer options with scores, weights, priority bands), so
-- that a programme can refine a question or a weight by a new migration without a new release of the code.
-- Scoring (org.homeward.assessments.Scoring): a dimension's score is the weighted mean of the scores of its answered
-- items; an unanswered item counts in neither numerator nor denominator.

CREATE TABLE assessment_instrument (
  code            text PRIMARY KEY,
  position        integer NOT NULL,
  name_en         text NOT NULL,
  name_ru         text NOT NULL,
  name_uz         text NOT NULL,
  description_en  text NOT NULL,
  description_ru  text NOT NULL,
  description_uz  text NOT NULL,
  children_only   boolean NOT NULL,
  -- PRIORITY: a priority band per dimension; INDEX: dimension scores 0-1 and their weighted composite
  scoring         text NOT NULL CHECK (scoring IN ('PRIORITY', 'INDEX'))
);

CREATE TABLE assessment_dimension (
  instrument_code text NOT NULL REFERENCES assessment_instrument (code),
  code            text NOT NULL,
  position        integer NOT NULL,
  weight          numeric(6, 3) NOT NULL CHECK (weight > 0),
  name_en         text NOT NULL,
  name_ru         text NOT NULL,
  name_uz         text NOT NULL,
  PRIMARY KEY (instrument_code, code)
);

CREATE TABLE assessment_item (
  instrument_code text NOT NULL,
  code            text NOT NULL,
  dimension_code  text NOT NULL,
  position        integer NOT NULL,
  weight          numeric(6, 3) NOT NULL DEFAULT 1 CHECK (weight > 0),
  -- answered with its highest-scored option, the item puts its dimension in the highest priority band whatever the
  -- mean: a risk to life or safety is never averaged away by good answers elsewhere
  critical        boolean NOT NULL DEFAULT false,
  question_en     text NOT NULL,
  question_ru     text NOT NULL,
  question_uz     text NOT NULL,
  PRIMARY KEY (instrument_code, code),
  FOREIGN KEY (instrument_code, dimension_code) REFERENCES assessment_dimension (instrument_code, code)
);

CREATE TABLE assessment_option (
  instrument_code text NOT NULL,
  item_code       text NOT NULL,
  code            text NOT NULL,
  position        integer NOT NULL,
  score           numeric(6, 4) NOT NULL CHECK (score >= 0),
  label_en        text NOT NULL,
  label_ru        text NOT NULL,
  label_uz        text NOT NULL,
  PRIMARY KEY (instrument_code, item_code, code),
  FOREIGN KEY (instrument_code, item_code) REFERENCES assessment_item (instrument_code, code)
);

-- A dimension's score falls in the first band (by position) whose upper bound it is below; the last band has none.
CREATE TABLE assessment_priority_band (
  instrument_code text NOT NULL REFERENCES assessment_instrument (code),
  priority        text NOT NULL CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH')),
  position        integer NOT NULL,
  below           numeric(6, 4),
  PRIMARY KEY (instrument_code, priority)
);

CREATE TABLE assessment (
  id               uuid PRIMARY KEY,
  case_id          uuid NOT NULL REFERENCES case_file (id),
  instrument_code  text NOT NULL REFERENCES assessment_instrument (code),
  assessed_on      date NOT NULL,
  assessed_by      text NOT NULL,
  -- {item code: option code}
  answers          jsonb NOT NULL,
  -- {dimension code: score}, rounded to 4 decimals; a dimension without answers has none
  dimension_scores jsonb NOT NULL,
  composite        numeric(6, 4),
  -- {dimension code: LOW|MEDIUM|HIGH}, for the PRIORITY instruments only
  priorities       jsonb,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessment_by_case ON assessment (case_id, assessed_on DESC, created_at DESC);

-- Assessments a case owes: a child's best-interests assessment from the day the case opened, until it is recorded
-- (DONE) or the case is closed (CANCELLED).
CREATE TABLE due_assessment (
  id              bigserial PRIMARY KEY,
  case_id         uuid NOT NULL REFERENCES case_file (id),
  instrument_code text NOT NULL REFERENCES assessment_instrument (code),
  due_since       date NOT NULL,
  status          text NOT NULL CHECK (status IN ('DUE', 'DONE', 'CANCELLED')),
  assessment_id   uuid REFERENCES assessment (id),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX due_assessment_one_open ON due_assessment (case_id, instrument_code) WHERE status = 'DUE';
CREATE INDEX due_assessment_by_case ON due_assessment (case_id, due_since DESC);

-- ---------------------------------------------------------------------------------------------------------------------
-- The three instruments.
-- ---------------------------------------------------------------------------------------------------------------------

INSERT INTO assessment_instrument (code, position, name_en, name_ru, name_uz, description_en, description_ru,
  description_uz, children_only, scoring) VALUES
('NEEDS', 1, 'Initial needs assessment', 'Первичная оценка потребностей', 'Ehtiyojlarni dastlabki baholash',
 'For each area, how much help the person needs now. The result is a priority per domain, for the case plan.',
 'По каждому направлению: насколько человеку сейчас нужна помощь. Результат — приоритет по каждой сфере для плана работы со случаем.',
 'Har bir yo''nalish bo''yicha: shaxsga hozir qanchalik yordam kerak. Natija har bir soha bo''yicha ustuvorlik bo''lib, ish rejasi uchun xizmat qiladi.',
 false, 'PRIORITY'),
('BEST_INTERESTS', 2, 'Best-interests assessment', 'Оценка наилучших интересов ребёнка',
 'Bolaning eng yaxshi manfaatlarini baholash',
 'For every child: the level of concern in each area of the child''s life, after speaking with the child and the caregiver. The result is a level of concern per area.',
 'Для каждого ребёнка: уровень опасений по каждой сфере жизни ребёнка после беседы с ребёнком и лицом, осуществляющим уход. Результат — уровень опасений по каждой сфере.',
 'Har bir bola uchun: bola va unga g''amxo''rlik qiluvchi shaxs bilan suhbatdan so''ng bola hayotining har bir sohasi bo''yicha xavotir darajasi. Natija har bir soha bo''yicha xavotir darajasidir.',
 true, 'PRIORITY'),
('RPI', 3, 'Reintegration Progress Index', 'Индекс прогресса реинтеграции', 'Reintegratsiya taraqqiyoti indeksi',
 'Economic, social and psychosocial reintegration, each scored from 0 to 1 (higher is better), with a composite index. Repeat it over time to follow progress.',
 'Экономическая, социальная и психосоциальная реинтеграция, каждая оценивается от 0 до 1 (чем выше, тем лучше), и сводный индекс. Повторяйте оценку, чтобы видеть динамику.',
 'Iqtisodiy, ijtimoiy va psixologik-ijtimoiy reintegratsiya, har biri 0 dan 1 gacha baholanadi (qancha yuqori bo''lsa, shuncha yaxshi), hamda umumiy indeks. O''zgarishni kuzatish uchun baholashni vaqti-vaqti bilan takrorlang.',
 false, 'INDEX');

-- Priority bands. Needs: LOW below 0.5 (at most an occasional "some need"), MEDIUM below 1.25, HIGH from 1.25 (some
-- need throughout, with urgent ones). Children are protected by lower bars: one "some concern" among an area's three
-- questions (0.33) is already MEDIUM, and "some concern" on average across an area (1) is HIGH.
INSERT INTO assessment_priority_band (instrument_code, priority, position, below) VALUES
('NEEDS', 'LOW', 1, 0.5),
('NEEDS', 'MEDIUM', 2, 1.25),
('NEEDS', 'HIGH', 3, NULL),
('BEST_INTERESTS', 'LOW', 1, 0.25),
('BEST_INTERESTS', 'MEDIUM', 2, 1.0),
('BEST_INTERESTS', 'HIGH', 3, NULL);

-- ---------------------------------------------------------------------------------------------------------------------
-- NEEDS: the domains of the case's sections; every item answered "no need" 0, "some need" 1, "urgent need" 2.
-- ---------------------------------------------------------------------------------------------------------------------

INSERT INTO assessment_dimension (instrument_code, code, position, weight, name_en, name_ru, name_uz) VALUES
('NEEDS', 'HEALTH', 1, 1, 'Health', 'Здоровье', 'Sog''liq'),
('NEEDS', 'PSYCHOSOCIAL', 2, 1, 'Psychosocial well-being', 'Психосоциальное благополучие', 'Psixologik-ijtimoiy farovonlik'),
('NEEDS', 'EDUCATION', 3, 1, 'Education', 'Образование', 'Ta''lim'),
('NEEDS', 'LIVELIHOOD', 4, 1, 'Livelihood', 'Средства к существованию', 'Tirikchilik'),
('NEEDS', 'DOCUMENTS', 5, 1, 'Documents and civil status', 'Документы и гражданское состояние', 'Hujjatlar va fuqarolik holati'),
('NEEDS', 'FAMILY_HOUSING', 6, 1, 'Family and housing', 'Семья и жильё', 'Oila va uy-joy'),
('NEEDS', 'LEGAL', 7, 1, 'Legal matters', 'Правовые вопросы', 'Huquqiy masalalar'),
('NEEDS', 'COMMUNITY', 8, 1, 'Community', 'Местное сообщество', 'Mahalla va jamoa');

INSERT INTO assessment_item (instrument_code, dimension_code, code, position, weight, critical, question_en, question_ru, question_uz) VALUES
('NEEDS', 'HEALTH', 'HEALTH_CARE', 1, 1, true,
 'Medical care for an illness, injury or disability',
 'Медицинская помощь при заболевании, травме или инвалидности',
 'Kasallik, jarohat yoki nogironlik bo''yicha tibbiy yordam'),
('NEEDS', 'HEALTH', 'HEALTH_MEDICINES', 2, 1, false,
 'Regular medicines, medical devices or rehabilitation',
 'Постоянные лекарства, медицинские изделия или реабилитация',
 'Doimiy dori-darmonlar, tibbiy buyumlar yoki reabilitatsiya'),
('NEEDS', 'HEALTH', 'HEALTH_MATERNAL', 3, 1, false,
 'Maternal, reproductive or infant health care, including nutrition',
 'Охрана здоровья матери и младенца, репродуктивное здоровье, включая питание',
 'Ona va chaqaloq salomatligi, reproduktiv salomatlik, shu jumladan ovqatlanish'),
('NEEDS', 'PSYCHOSOCIAL', 'PSY_DISTRESS', 1, 1, false,
 'Psychological support for trauma, grief or distress',
 'Психологическая поддержка при травме, горе или дистрессе',
 'Ruhiy jarohat, qayg''u yoki iztirobda psixologik yordam'),
('NEEDS', 'PSYCHOSOCIAL', 'PSY_DAILY', 2, 1, false,
 'Help with coping in daily life (sleep, self-care, stress)',
 'Помощь в том, чтобы справляться с повседневной жизнью (сон, уход за собой, стресс)',
 'Kundalik hayotga moslashishda yordam (uyqu, o''ziga qarash, stress)'),
('NEEDS', 'PSYCHOSOCIAL', 'PSY_SPECIALIST', 3, 1, true,
 'Specialised mental-health care (suspected mental disorder, risk of self-harm)',
 'Специализированная помощь в области психического здоровья (подозрение на психическое расстройство, риск самоповреждения)',
 'Ixtisoslashgan ruhiy salomatlik yordami (ruhiy buzilish gumoni, o''ziga zarar yetkazish xavfi)'),
('NEEDS', 'EDUCATION', 'EDU_ENROLMENT', 1, 1, false,
 'Enrolment of children in school or preschool',
 'Зачисление детей в школу или детский сад',
 'Bolalarni maktab yoki maktabgacha ta''lim muassasasiga qabul qilish'),
('NEEDS', 'EDUCATION', 'EDU_CATCH_UP', 2, 1, false,
 'Catch-up or language classes for children who missed schooling',
 'Компенсирующие или языковые занятия для детей, пропустивших учёбу',
 'O''qishdan ortda qolgan bolalar uchun qo''shimcha yoki til darslari'),
('NEEDS', 'EDUCATION', 'EDU_ADULT', 3, 1, false,
 'Literacy, education or vocational training for adults',
 'Обучение грамоте, образование или профессиональное обучение для взрослых',
 'Kattalar uchun savodxonlik, ta''lim yoki kasbiy tayyorgarlik'),
('NEEDS', 'LIVELIHOOD', 'LIV_BASIC', 1, 1, false,
 'Income to meet basic needs (food, utilities, clothing)',
 'Доход для удовлетворения базовых потребностей (питание, коммунальные услуги, одежда)',
 'Asosiy ehtiyojlar uchun daromad (oziq-ovqat, kommunal xizmatlar, kiyim-kechak)'),
('NEEDS', 'LIVELIHOOD', 'LIV_WORK', 2, 1, false,
 'Support to find work or to start self-employment',
 'Содействие в трудоустройстве или в начале самозанятости',
 'Ish topish yoki o''zini o''zi band qilishni boshlashda ko''mak'),
('NEEDS', 'LIVELIHOOD', 'LIV_BENEFITS', 3, 1, false,
 'Social benefits and allowances (for children, disability, loss of breadwinner)',
 'Социальные пособия и выплаты (на детей, по инвалидности, по потере кормильца)',
 'Ijtimoiy nafaqa va to''lovlar (bolalar uchun, nogironlik, boquvchisini yo''qotganlik)'),
('NEEDS', 'DOCUMENTS', 'DOC_IDENTITY', 1, 1, false,
 'Identity documents (passport, ID card)',
 'Документы, удостоверяющие личность (паспорт, ID-карта)',
 'Shaxsni tasdiqlovchi hujjatlar (pasport, ID-karta)'),
('NEEDS', 'DOCUMENTS', 'DOC_CIVIL', 2, 1, false,
 'Birth registration of children and other civil-status records (parentage, marriage, death)',
 'Регистрация рождения детей и другие акты гражданского состояния (установление отцовства, брак, смерть)',
 'Bolalar tug''ilishini qayd etish va boshqa fuqarolik holati dalolatnomalari (otalikni belgilash, nikoh, vafot)'),
('NEEDS', 'DOCUMENTS', 'DOC_CITIZENSHIP', 3, 1, false,
 'Confirmation of citizenship and registration at a place of residence',
 'Подтверждение гражданства и регистрация по месту жительства',
 'Fuqarolikni tasdiqlash va yashash joyi bo''yicha ro''yxatdan o''tish'),
('NEEDS', 'FAMILY_HOUSING', 'FAM_HOUSING', 1, 1, false,
 'Safe and adequate housing',
 'Безопасное и пригодное для проживания жильё',
 'Xavfsiz va yashash uchun yaroqli uy-joy'),
('NEEDS', 'FAMILY_HOUSING', 'FAM_REUNIFICATION', 2, 1, false,
 'Tracing relatives or reunifying the family',
 'Поиск родственников или воссоединение семьи',
 'Qarindoshlarni qidirish yoki oilani birlashtirish'),
('NEEDS', 'FAMILY_HOUSING', 'FAM_HOUSEHOLD', 3, 1, false,
 'Household items and heating (bedding, clothing, fuel)',
 'Предметы быта и отопление (постельные принадлежности, одежда, топливо)',
 'Ro''zg''or buyumlari va isitish (ko''rpa-to''shak, kiyim, yoqilg''i)'),
('NEEDS', 'LEGAL', 'LEGAL_ADVICE', 1, 1, false,
 'Legal advice or representation',
 'Юридическая консультация или представительство',
 'Huquqiy maslahat yoki vakillik'),
('NEEDS', 'LEGAL', 'LEGAL_FAMILY', 2, 1, false,
 'Custody, guardianship or other family-law matters',
 'Опека, попечительство и другие вопросы семейного права',
 'Vasiylik, homiylik va boshqa oila huquqi masalalari'),
('NEEDS', 'LEGAL', 'LEGAL_PROPERTY', 3, 1, false,
 'Property, inheritance or housing rights',
 'Права на имущество, наследство или жильё',
 'Mulk, meros yoki uy-joy huquqlari'),
('NEEDS', 'COMMUNITY', 'COM_ACCEPTANCE', 1, 1, false,
 'Acceptance by the family and neighbours (stigma, tension)',
 'Принятие семьёй и соседями (стигматизация, напряжённость)',
 'Oila va qo''shnilar tomonidan qabul qilinishi (kamsitish, keskinlik)'),
('NEEDS', 'COMMUNITY', 'COM_SERVICES', 2, 1, false,
 'Connection to the mahalla and local services',
 'Связь с махаллей и местными службами',
 'Mahalla va mahalliy xizmatlar bilan aloqa'),
('NEEDS', 'COMMUNITY', 'COM_RELIGIOUS', 3, 1, false,
 'Religious counselling, if the person wishes it',
 'Религиозное консультирование, если человек этого желает',
 'Diniy maslahat, agar shaxs buni xohlasa');

INSERT INTO assessment_option (instrument_code, item_code, code, position, score, label_en, label_ru, label_uz)
SELECT i.instrument_code, i.code, s.code, s.position, s.score, s.label_en, s.label_ru, s.label_uz
FROM assessment_item i CROSS JOIN (VALUES
  ('NO_NEED', 1, 0, 'No need', 'Потребности нет', 'Ehtiyoj yo''q'),
  ('SOME_NEED', 2, 1, 'Some need', 'Есть потребность', 'Ehtiyoj bor'),
  ('URGENT_NEED', 3, 2, 'Urgent need', 'Срочная потребность', 'Shoshilinch ehtiyoj')
) AS s (code, position, score, label_en, label_ru, label_uz)
WHERE i.instrument_code = 'NEEDS';

-- ---------------------------------------------------------------------------------------------------------------------
-- BEST_INTERESTS: every item rated by level of concern, "no concern" 0, "some concern" 1, "serious concern" 2.
-- ---------------------------------------------------------------------------------------------------------------------

INSERT INTO assessment_dimension (instrument_code, code, position, weight, name_en, name_ru, name_uz) VALUES
('BEST_INTERESTS', 'SAFETY', 1, 1, 'Safety and protection', 'Безопасность и защита', 'Xavfsizlik va himoya'),
('BEST_INTERESTS', 'CARE', 2, 1, 'Care arrangement', 'Устройство и уход', 'Parvarish va joylashtirish'),
('BEST_INTERESTS', 'HEALTH_DEVELOPMENT', 3, 1, 'Health and development', 'Здоровье и развитие', 'Sog''liq va rivojlanish'),
('BEST_INTERESTS', 'EDUCATION', 4, 1, 'Education', 'Образование', 'Ta''lim'),
('BEST_INTERESTS', 'FAMILY', 5, 1, 'Family relationships', 'Семейные отношения', 'Oilaviy munosabatlar'),
('BEST_INTERESTS', 'VIEWS', 6, 1, 'The child''s views', 'Мнение ребёнка', 'Bolaning fikri');

INSERT INTO assessment_item (instrument_code, dimension_code, code, position, weight, critical, question_en, question_ru, question_uz) VALUES
('BEST_INTERESTS', 'SAFETY', 'BIA_ABUSE', 1, 1, true,
 'Risk of abuse, neglect or exploitation',
 'Риск жестокого обращения, пренебрежения нуждами или эксплуатации',
 'Zo''ravonlik, e''tiborsizlik yoki ekspluatatsiya xavfi'),
('BEST_INTERESTS', 'SAFETY', 'BIA_VIOLENCE', 2, 1, true,
 'Exposure to violence or harmful influence at home or in the community',
 'Подверженность насилию или вредному влиянию дома или в окружении',
 'Uyda yoki atrof-muhitda zo''ravonlik yoki zararli ta''sirga duch kelish'),
('BEST_INTERESTS', 'SAFETY', 'BIA_ENVIRONMENT', 3, 1, false,
 'Safety of the living environment',
 'Безопасность условий проживания',
 'Yashash sharoitining xavfsizligi'),
('BEST_INTERESTS', 'CARE', 'BIA_STABILITY', 1, 1, false,
 'Stability and continuity of the current care arrangement',
 'Стабильность и непрерывность нынешнего ухода',
 'Hozirgi parvarish tartibining barqarorligi va uzluksizligi'),
('BEST_INTERESTS', 'CARE', 'BIA_CAREGIVER', 2, 1, false,
 'The caregiver''s capacity to meet the child''s needs',
 'Способность лица, осуществляющего уход, удовлетворять потребности ребёнка',
 'Parvarish qiluvchining bola ehtiyojlarini qondira olishi'),
('BEST_INTERESTS', 'CARE', 'BIA_GUARDIANSHIP', 3, 1, false,
 'Legal guardianship or custody of the child',
 'Правовое оформление опеки или попечительства над ребёнком',
 'Bola ustidan vasiylik yoki homiylikning qonuniy rasmiylashtirilishi'),
('BEST_INTERESTS', 'HEALTH_DEVELOPMENT', 'BIA_PHYSICAL', 1, 1, false,
 'Physical health, nutrition and growth',
 'Физическое здоровье, питание и рост',
 'Jismoniy salomatlik, ovqatlanish va o''sish'),
('BEST_INTERESTS', 'HEALTH_DEVELOPMENT', 'BIA_DEVELOPMENT', 2, 1, false,
 'Development for the child''s age, and any disability',
 'Развитие в соответствии с возрастом и инвалидность, если она есть',
 'Yoshga mos rivojlanish va nogironlik, agar bo''lsa'),
('BEST_INTERESTS', 'HEALTH_DEVELOPMENT', 'BIA_EMOTIONAL', 3, 1, false,
 'Emotional well-being and behaviour (signs of trauma)',
 'Эмоциональное благополучие и поведение (признаки травмы)',
 'Hissiy farovonlik va xulq-atvor (ruhiy jarohat belgilari)'),
('BEST_INTERESTS', 'EDUCATION', 'BIA_SCHOOL_ACCESS', 1, 1, false,
 'Access to school or early-childhood education',
 'Доступ к школе или дошкольному образованию',
 'Maktab yoki maktabgacha ta''limdan foydalanish imkoniyati'),
('BEST_INTERESTS', 'EDUCATION', 'BIA_LEARNING', 2, 1, false,
 'Learning progress and the language of instruction',
 'Успеваемость и язык обучения',
 'O''zlashtirish va ta''lim tili'),
('BEST_INTERESTS', 'EDUCATION', 'BIA_PEERS', 3, 1, false,
 'Relationships with other children and with teachers',
 'Отношения с другими детьми и с учителями',
 'Boshqa bolalar va o''qituvchilar bilan munosabatlar'),
('BEST_INTERESTS', 'FAMILY', 'BIA_ATTACHMENT', 1, 1, false,
 'Relationship with the mother or the main caregiver',
 'Отношения с матерью или основным лицом, осуществляющим уход',
 'Onasi yoki asosiy parvarish qiluvchi bilan munosabatlar'),
('BEST_INTERESTS', 'FAMILY', 'BIA_SIBLINGS', 2, 1, false,
 'Contact with siblings and the wider family',
 'Общение с братьями, сёстрами и другими родственниками',
 'Aka-uka, opa-singillar va boshqa qarindoshlar bilan aloqa'),
('BEST_INTERESTS', 'FAMILY', 'BIA_SEPARATION', 3, 1, false,
 'Separation from family members, and tracing them',
 'Разлучение с членами семьи и их поиск',
 'Oila a''zolaridan ajralib qolish va ularni qidirish'),
('BEST_INTERESTS', 'VIEWS', 'BIA_HEARD', 1, 1, false,
 'The child has been heard in a way suited to their age and maturity',
 'Ребёнок выслушан с учётом его возраста и зрелости',
 'Bola yoshi va yetukligiga mos tarzda tinglangan'),
('BEST_INTERESTS', 'VIEWS', 'BIA_WISHES', 2, 1, false,
 'The child''s wishes about where and with whom to live',
 'Пожелания ребёнка о том, где и с кем жить',
 'Bolaning qayerda va kim bilan yashash haqidagi istaklari'),
('BEST_INTERESTS', 'VIEWS', 'BIA_UNDERSTANDING', 3, 1, false,
 'The child''s understanding of their situation and of the plans made for them',
 'Понимание ребёнком своей ситуации и планов, принятых в отношении него',
 'Bolaning o''z ahvolini va u uchun tuzilgan rejalarni tushunishi');

INSERT INTO assessment_option (instrument_code, item_code, code, position, score, label_en, label_ru, label_uz)
SELECT i.instrument_code, i.code, s.code, s.position, s.score, s.label_en, s.label_ru, s.label_uz
FROM assessment_item i CROSS JOIN (VALUES
  ('NO_CONCERN', 1, 0, 'No concern', 'Опасений нет', 'Xavotir yo''q'),
  ('SOME_CONCERN', 2, 1, 'Some concern', 'Есть опасения', 'Biroz xavotir bor'),
  ('SERIOUS_CONCERN', 3, 2, 'Serious concern', 'Серьёзные опасения', 'Jiddiy xavotir')
) AS s (code, position, score, label_en, label_ru, label_uz)
WHERE i.instrument_code = 'BEST_INTERESTS';

-- ---------------------------------------------------------------------------------------------------------------------
-- RPI: the structure of IOM's Reintegration Sustainability Survey (economic, social and psychosocial dimensions of
-- five indicators each). Every option scores 0-1, higher is better: a question about a hardship (debt, discrimination,
-- distress) scores its absence highest. Items and dimensions are equally weighted, so the composite is the mean of the
-- three dimensions: we have no validated national weights yet, and equal weights are the ones anyone can check by
-- hand. IOM's "wish to migrate again" indicator is left out on purpose: for returnees from conflict zones it would
-- read as a security label, not as a measure of well-being.
-- ---------------------------------------------------------------------------------------------------------------------

INSERT INTO assessment_dimension (instrument_code, code, position, weight, name_en, name_ru, name_uz) VALUES
('RPI', 'ECONOMIC', 1, 1, 'Economic', 'Экономическое измерение', 'Iqtisodiy'),
('RPI', 'SOCIAL', 2, 1, 'Social', 'Социальное измерение', 'Ijtimoiy'),
('RPI', 'PSYCHOSOCIAL', 3, 1, 'Psychosocial', 'Психосоциальное измерение', 'Psixologik-ijtimoiy');

INSERT INTO assessment_item (instrument_code, dimension_code, code, position, weight, critical, question_en, question_ru, question_uz) VALUES
('RPI', 'ECONOMIC', 'ECONOMIC_SATISFACTION', 1, 1, false,
 'How satisfied is the person with their current economic situation?',
 'Насколько человек удовлетворён своим нынешним материальным положением?',
 'Shaxs hozirgi iqtisodiy ahvolidan qanchalik qoniqadi?'),
('RPI', 'ECONOMIC', 'FOOD_SECURITY', 2, 1, false,
 'In the past month, how often did the household have to eat less or cheaper food for lack of money?',
 'Как часто за последний месяц семье приходилось есть меньше или покупать более дешёвую еду из-за нехватки денег?',
 'O''tgan oy davomida oila pul yetishmagani sababli qanchalik tez-tez kamroq yoki arzonroq ovqat yeyishga majbur bo''ldi?'),
('RPI', 'ECONOMIC', 'WORK_OR_TRAINING', 3, 1, false,
 'What is the person''s situation as to work or vocational training?',
 'Каково положение человека в отношении работы или профессионального обучения?',
 'Shaxsning ish yoki kasbiy tayyorgarlik bo''yicha ahvoli qanday?'),
('RPI', 'ECONOMIC', 'DEBT', 4, 1, false,
 'Does the household have debts, and can it repay them?',
 'Есть ли у семьи долги и может ли она их погашать?',
 'Oilaning qarzlari bormi va ularni to''lay oladimi?'),
('RPI', 'ECONOMIC', 'FINANCIAL_SERVICES', 5, 1, false,
 'Could the person borrow money or use a bank account if they needed to?',
 'Может ли человек при необходимости занять деньги или воспользоваться банковским счётом?',
 'Shaxs zarurat tug''ilganda qarz ola oladimi yoki bank hisobvarag''idan foydalana oladimi?'),
('RPI', 'SOCIAL', 'HOUSING', 1, 1, false,
 'How adequate and secure is the person''s housing?',
 'Насколько жильё человека пригодно для проживания и надёжно?',
 'Shaxsning uy-joyi yashash uchun qanchalik yaroqli va ishonchli?'),
('RPI', 'SOCIAL', 'DOCUMENTS', 2, 1, false,
 'Do the person and their children have the identity and civil-status documents they need (passport or ID card, birth certificates, registration at a place of residence)?',
 'Есть ли у человека и его детей необходимые документы, удостоверяющие личность и гражданское состояние (паспорт или ID-карта, свидетельства о рождении, регистрация по месту жительства)?',
 'Shaxs va uning bolalarida zarur shaxsni tasdiqlovchi va fuqarolik holati hujjatlari bormi (pasport yoki ID-karta, tug''ilganlik haqidagi guvohnomalar, yashash joyi bo''yicha ro''yxatdan o''tish)?'),
('RPI', 'SOCIAL', 'HEALTH_CARE', 3, 1, false,
 'When the person or their children need health care, can they get it?',
 'Когда человеку или его детям нужна медицинская помощь, могут ли они её получить?',
 'Shaxs yoki uning bolalariga tibbiy yordam kerak bo''lganda, ular uni ola oladimi?'),
('RPI', 'SOCIAL', 'CHILDREN_SCHOOLING', 4, 1, false,
 'Do the person''s school-age children attend school regularly? Leave unanswered if there are none.',
 'Посещают ли дети школьного возраста школу регулярно? Оставьте без ответа, если таких детей нет.',
 'Maktab yoshidagi bolalar maktabga muntazam qatnaydimi? Bunday bolalar bo''lmasa, javobsiz qoldiring.'),
('RPI', 'SOCIAL', 'SAFETY_JUSTICE', 5, 1, false,
 'Does the person feel safe where they live, and able to turn to the police or the courts if wronged?',
 'Чувствует ли человек себя в безопасности по месту жительства и может ли обратиться в полицию или суд, если его права нарушены?',
 'Shaxs yashash joyida o''zini xavfsiz his qiladimi va huquqlari buzilsa, politsiya yoki sudga murojaat qila oladimi?'),
('RPI', 'PSYCHOSOCIAL', 'COMMUNITY_PARTICIPATION', 1, 1, false,
 'How often does the person take part in community life (mahalla events, celebrations, associations, cultural or religious gatherings)?',
 'Как часто человек участвует в жизни сообщества (мероприятия махалли, праздники, объединения, культурные или религиозные собрания)?',
 'Shaxs jamoa hayotida qanchalik tez-tez ishtirok etadi (mahalla tadbirlari, bayramlar, birlashmalar, madaniy yoki diniy yig''inlar)?'),
('RPI', 'PSYCHOSOCIAL', 'SUPPORT_NETWORK', 2, 1, false,
 'Can the person count on relatives, friends or neighbours for help when they need it?',
 'Может ли человек рассчитывать на помощь родственников, друзей или соседей, когда она нужна?',
 'Shaxs kerak bo''lganda qarindoshlari, do''stlari yoki qo''shnilarining yordamiga tayana oladimi?'),
('RPI', 'PSYCHOSOCIAL', 'DISCRIMINATION', 3, 1, false,
 'In the past three months, how often has the person felt discriminated against or stigmatised because of their past or their return?',
 'Как часто за последние три месяца человек сталкивался с дискриминацией или стигматизацией из-за своего прошлого или возвращения?',
 'So''nggi uch oy davomida shaxs o''tmishi yoki qaytib kelgani sababli qanchalik tez-tez kamsitilganini yoki tamg''alanganini his qildi?'),
('RPI', 'PSYCHOSOCIAL', 'DISTRESS', 4, 1, false,
 'In the past two weeks, how often has the person shown signs of psychological distress (persistent sadness, fear, anger, trouble sleeping, withdrawal)?',
 'Как часто за последние две недели у человека проявлялись признаки психологического неблагополучия (постоянная грусть, страх, гнев, нарушения сна, замкнутость)?',
 'So''nggi ikki hafta davomida shaxsda qanchalik tez-tez ruhiy iztirob belgilari kuzatildi (doimiy g''amginlik, qo''rquv, jahl, uyqu buzilishi, odamovilik)?'),
('RPI', 'PSYCHOSOCIAL', 'BELONGING', 5, 1, false,
 'How strongly does the person feel they belong in the community where they live?',
 'Насколько человек ощущает себя частью сообщества, в котором живёт?',
 'Shaxs o''zini yashayotgan jamoasining bir qismi deb qanchalik his qiladi?');

-- Hardships asked about by frequency: never is best.
INSERT INTO assessment_option (instrument_code, item_code, code, position, score, label_en, label_ru, label_uz)
SELECT 'RPI', i.code, s.code, s.position, s.score, s.label_en, s.label_ru, s.label_uz
FROM (VALUES ('FOOD_SECURITY'), ('DISCRIMINATION'), ('DISTRESS')) AS i (code) CROSS JOIN (VALUES
  ('VERY_OFTEN', 1, 0, 'Very often', 'Очень часто', 'Juda tez-tez'),
  ('OFTEN', 2, 0.25, 'Often', 'Часто', 'Tez-tez'),
  ('SOMETIMES', 3, 0.5, 'Sometimes', 'Иногда', 'Ba''zan'),
  ('RARELY', 4, 0.75, 'Rarely', 'Редко', 'Kamdan-kam'),
  ('NEVER', 5, 1, 'Never', 'Никогда', 'Hech qachon')
) AS s (code, position, score, label_en, label_ru, label_uz);

INSERT INTO assessment_option (instrument_code, item_code, code, position, score, label_en, label_ru, label_uz) VALUES
('RPI', 'ECONOMIC_SATISFACTION', 'VERY_DISSATISFIED', 1, 0, 'Very dissatisfied', 'Совсем не удовлетворён(а)', 'Umuman qoniqmaydi'),
('RPI', 'ECONOMIC_SATISFACTION', 'DISSATISFIED', 2, 0.25, 'Dissatisfied', 'Скорее не удовлетворён(а)', 'Unchalik qoniqmaydi'),
('RPI', 'ECONOMIC_SATISFACTION', 'NEUTRAL', 3, 0.5, 'Neither satisfied nor dissatisfied', 'И да, и нет', 'Qoniqadi ham, qoniqmaydi ham'),
('RPI', 'ECONOMIC_SATISFACTION', 'SATISFIED', 4, 0.75, 'Satisfied', 'Скорее удовлетворён(а)', 'Asosan qoniqadi'),
('RPI', 'ECONOMIC_SATISFACTION', 'VERY_SATISFIED', 5, 1, 'Very satisfied', 'Полностью удовлетворён(а)', 'To''liq qoniqadi'),

('RPI', 'WORK_OR_TRAINING', 'NO_ACCESS', 1, 0, 'No work or training, and no access to either', 'Нет ни работы, ни обучения и нет доступа к ним', 'Ish ham, o''qish ham yo''q va ularga imkoniyat yo''q'),
('RPI', 'WORK_OR_TRAINING', 'SEEKING', 2, 0.25, 'Looking for work or training, nothing found yet', 'Ищет работу или обучение, пока безуспешно', 'Ish yoki o''qish izlamoqda, hozircha topilmadi'),
('RPI', 'WORK_OR_TRAINING', 'OCCASIONAL', 3, 0.5, 'Occasional or informal work', 'Случайная или неформальная работа', 'Vaqtinchalik yoki norasmiy ish'),
('RPI', 'WORK_OR_TRAINING', 'TRAINING', 4, 0.75, 'In vocational training or education', 'Проходит профессиональное обучение или учится', 'Kasbiy tayyorgarlikda yoki o''qishda'),
('RPI', 'WORK_OR_TRAINING', 'REGULAR_WORK', 5, 1, 'Regular work or self-employment', 'Постоянная работа или самозанятость', 'Doimiy ish yoki o''zini o''zi band qilish'),

('RPI', 'DEBT', 'CANNOT_REPAY', 1, 0, 'Debts it cannot repay', 'Долги, которые она не может погасить', 'To''lay olmaydigan qarzlari bor'),
('RPI', 'DEBT', 'REPAYS_WITH_DIFFICULTY', 2, 0.5, 'Debts it repays with difficulty', 'Долги, которые она погашает с трудом', 'Qarzlarini qiyinchilik bilan to''layapti'),
('RPI', 'DEBT', 'MANAGEABLE', 3, 1, 'No debts, or debts it repays without difficulty', 'Долгов нет или она погашает их без труда', 'Qarzi yo''q yoki qarzlarini qiyinchiliksiz to''layapti'),

('RPI', 'FINANCIAL_SERVICES', 'NONE', 1, 0, 'Neither', 'Ни то, ни другое', 'Hech biri'),
('RPI', 'FINANCIAL_SERVICES', 'INFORMAL', 2, 0.5, 'Only informally, from relatives, friends or neighbours', 'Только неформально: у родственников, друзей или соседей', 'Faqat norasmiy: qarindoshlar, do''stlar yoki qo''shnilardan'),
('RPI', 'FINANCIAL_SERVICES', 'FORMAL', 3, 1, 'Yes: a bank account or card, or credit from a bank or microfinance organisation', 'Да: банковский счёт или карта, кредит банка или микрофинансовой организации', 'Ha: bank hisobvarag''i yoki kartasi, bank yoki mikromoliya tashkiloti krediti'),

('RPI', 'HOUSING', 'NO_STABLE_PLACE', 1, 0, 'No stable place to live', 'Нет постоянного места жительства', 'Doimiy yashash joyi yo''q'),
('RPI', 'HOUSING', 'TEMPORARY', 2, 0.25, 'Temporary or overcrowded accommodation', 'Временное или перенаселённое жильё', 'Vaqtinchalik yoki odam ko''p yashaydigan joy'),
('RPI', 'HOUSING', 'POOR_CONDITION', 3, 0.5, 'Stable, but in poor condition or without basic utilities', 'Постоянное, но в плохом состоянии или без основных удобств', 'Doimiy, lekin yomon holatda yoki asosiy qulayliklarsiz'),
('RPI', 'HOUSING', 'ADEQUATE_BY_GOODWILL', 4, 0.75, 'Adequate, shared with relatives by their goodwill', 'Пригодное, совместно с родственниками по их доброй воле', 'Yaroqli, qarindoshlar bilan ularning roziligi bilan birga'),
('RPI', 'HOUSING', 'ADEQUATE_SECURE', 5, 1, 'Adequate, with secure tenure (owned, rented or allocated)', 'Пригодное, с надёжным правом проживания (собственное, арендованное или предоставленное)', 'Yaroqli, yashash huquqi ishonchli (o''ziniki, ijarada yoki ajratilgan)'),

('RPI', 'DOCUMENTS', 'NONE_OR_FEW', 1, 0, 'None, or hardly any', 'Нет или почти нет', 'Yo''q yoki deyarli yo''q'),
('RPI', 'DOCUMENTS', 'SOME', 2, 0.5, 'Some; others are being obtained', 'Часть есть, остальные оформляются', 'Bir qismi bor, qolganlari rasmiylashtirilmoqda'),
('RPI', 'DOCUMENTS', 'ALL', 3, 1, 'All that they need', 'Все необходимые', 'Barcha zarur hujjatlar bor'),

('RPI', 'HEALTH_CARE', 'NEVER', 1, 0, 'Never', 'Никогда', 'Hech qachon'),
('RPI', 'HEALTH_CARE', 'RARELY', 2, 0.25, 'Rarely', 'Редко', 'Kamdan-kam'),
('RPI', 'HEALTH_CARE', 'SOMETIMES', 3, 0.5, 'Sometimes', 'Иногда', 'Ba''zan'),
('RPI', 'HEALTH_CARE', 'USUALLY', 4, 0.75, 'Usually', 'Обычно', 'Odatda'),
('RPI', 'HEALTH_CARE', 'ALWAYS', 5, 1, 'Always', 'Всегда', 'Har doim'),

('RPI', 'CHILDREN_SCHOOLING', 'NONE_ATTEND', 1, 0, 'None of them attends', 'Никто из них не посещает', 'Hech biri qatnamaydi'),
('RPI', 'CHILDREN_SCHOOLING', 'SOME_OR_IRREGULAR', 2, 0.5, 'Some attend, or attendance is irregular', 'Посещают не все или нерегулярно', 'Hammasi emas yoki muntazam emas'),
('RPI', 'CHILDREN_SCHOOLING', 'ALL_REGULARLY', 3, 1, 'All attend regularly', 'Все посещают регулярно', 'Hammasi muntazam qatnaydi'),

('RPI', 'SAFETY_JUSTICE', 'NOT_SAFE', 1, 0, 'Does not feel safe, and would not seek help', 'Не чувствует себя в безопасности и не стал(а) бы обращаться за помощью', 'O''zini xavfsiz his qilmaydi va yordam so''ramagan bo''lardi'),
('RPI', 'SAFETY_JUSTICE', 'PARTLY', 2, 0.5, 'Feels partly safe, or is unsure whether they could seek help', 'Чувствует себя отчасти в безопасности или не уверен(а), что может обратиться за помощью', 'O''zini qisman xavfsiz his qiladi yoki yordam so''ray olishiga ishonchi komil emas'),
('RPI', 'SAFETY_JUSTICE', 'SAFE', 3, 1, 'Feels safe, and would seek help if needed', 'Чувствует себя в безопасности и при необходимости обратился(ась) бы за помощью', 'O''zini xavfsiz his qiladi va kerak bo''lsa yordam so''ragan bo''lardi'),

('RPI', 'COMMUNITY_PARTICIPATION', 'NEVER', 1, 0, 'Never', 'Никогда', 'Hech qachon'),
('RPI', 'COMMUNITY_PARTICIPATION', 'RARELY', 2, 0.25, 'Rarely', 'Редко', 'Kamdan-kam'),
('RPI', 'COMMUNITY_PARTICIPATION', 'SOMETIMES', 3, 0.5, 'Sometimes', 'Иногда', 'Ba''zan'),
('RPI', 'COMMUNITY_PARTICIPATION', 'OFTEN', 4, 0.75, 'Often', 'Часто', 'Tez-tez'),
('RPI', 'COMMUNITY_PARTICIPATION', 'VERY_OFTEN', 5, 1, 'Very often', 'Очень часто', 'Juda tez-tez'),

('RPI', 'SUPPORT_NETWORK', 'NO_ONE', 1, 0, 'No one', 'Ни на кого', 'Hech kimga'),
('RPI', 'SUPPORT_NETWORK', 'HARDLY_ANYONE', 2, 0.25, 'Hardly anyone', 'Почти ни на кого', 'Deyarli hech kimga'),
('RPI', 'SUPPORT_NETWORK', 'ONE_OR_TWO', 3, 0.5, 'One or two people', 'На одного-двух человек', 'Bir-ikki kishiga'),
('RPI', 'SUPPORT_NETWORK', 'SEVERAL', 4, 0.75, 'Several people', 'На нескольких человек', 'Bir necha kishiga'),
('RPI', 'SUPPORT_NETWORK', 'WIDE_CIRCLE', 5, 1, 'A wide circle of people', 'На широкий круг людей', 'Ko''pchilikka'),

('RPI', 'BELONGING', 'NOT_AT_ALL', 1, 0, 'Not at all', 'Совсем нет', 'Umuman yo''q'),
('RPI', 'BELONGING', 'A_LITTLE', 2, 0.25, 'A little', 'Немного', 'Biroz'),
('RPI', 'BELONGING', 'SOMEWHAT', 3, 0.5, 'Somewhat', 'Отчасти', 'Qisman'),
('RPI', 'BELONGING', 'MOSTLY', 4, 0.75, 'Mostly', 'В основном', 'Asosan'),
('RPI', 'BELONGING', 'FULLY', 5, 1, 'Fully', 'Полностью', 'To''liq');
