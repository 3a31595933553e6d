package org.homeward.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.organizations.NewOrganization;
import org.homeward.organizations.OrganizationType;
import org.homeward.organizations.Organizations;
import org.homeward.organizations.Sector;

import static org.homeward.organizations.OrganizationType.COUNCIL_SECRETARIAT;
import static org.homeward.organizations.OrganizationType.GOVERNMENT_AGENCY;
import static org.homeward.organizations.OrganizationType.INTERNATIONAL_ORGANIZATION;
import static org.homeward.organizations.OrganizationType.REGIONAL_ORGANIZATION;

/**
 * The organisations of the demo: those the press release of 10 May 2024 names as organisers and invitees of the
 * Council's first meeting (public bodies, under their own names), and the national bodies the demo users work at.
 * Of these, the commission, the psychosocial centre, the mahalla committee and the civic initiative are invented,
 * with plainly descriptive names. An organisation already present under the same English name is left as it is.
 */
final class DemoOrganizations {

	static final String COMMISSION = "National Interagency Commission on Rehabilitation and Reintegration";
	static final String SECURITY_SERVICE = "State Security Service of the Republic of Uzbekistan";
	static final String FAMILY_COMMITTEE = "Committee for Family and Women under the Ministry of Employment and "
			+ "Poverty Reduction of the Republic of Uzbekistan";
	static final String UNOCT = "United Nations Office of Counter-Terrorism";
	static final String HEALTH = "Ministry of Health of the Republic of Uzbekistan";
	static final String PSYCHOSOCIAL_CENTRE = "Republican Centre for Psychosocial Support";
	static final String PROSECUTOR = "General Prosecutor's Office of the Republic of Uzbekistan";
	static final String STATISTICS = "Statistics Agency under the President of the Republic of Uzbekistan";
	static final String OMBUDSMAN = "Authorized Person of the Oliy Majlis of the Republic of Uzbekistan for Human "
			+ "Rights (Ombudsman)";
	static final String EDUCATION = "Ministry of Preschool and School Education of the Republic of Uzbekistan";
	static final String CIVIL_REGISTRY = "Civil Registry Office";
	static final String EMPLOYMENT = "Ministry of Employment and Poverty Reduction of the Republic of Uzbekistan";
	static final String RELIGIOUS_AFFAIRS = "Committee on Religious Affairs under the Cabinet of Ministers of the "
			+ "Republic of Uzbekistan";
	static final String MAHALLA = "Navbahor mahalla committee";
	static final String CSO = "Hamkor Qadam civic initiative";
	static final String COUNCIL_SECRETARIAT_NAME = "Secretariat of the Central Asia Regional Expert Council";

	/** An organisation to create; {@code regionName} places a local body, none means national or international. */
	private record Spec(String abbreviation, String nameEn, String nameRu, String nameUz, OrganizationType type,
			Sector sector, String countryCode, String regionName) {
	}

	private static final List<Spec> PRESS_RELEASE = List.of(
			uz("ISRS", "Institute for Strategic and Regional Studies under the President of the Republic of Uzbekistan",
					"Институт стратегических и межрегиональных исследований при Президенте Республики Узбекистан",
					"O'zbekiston Respublikasi Prezidenti huzuridagi Strategik va mintaqalararo tadqiqotlar instituti",
					GOVERNMENT_AGENCY, Sector.RESEARCH),
			uz("SSS", SECURITY_SERVICE, "Служба государственной безопасности Республики Узбекистан",
					"O'zbekiston Respublikasi Davlat xavfsizlik xizmati", OrganizationType.SECURITY_SERVICE, null),
			uz("MFA", "Ministry of Foreign Affairs of the Republic of Uzbekistan",
					"Министерство иностранных дел Республики Узбекистан", "O'zbekiston Respublikasi Tashqi ishlar vazirligi",
					GOVERNMENT_AGENCY, Sector.FOREIGN_AFFAIRS),
			uz(null, FAMILY_COMMITTEE, "Комитет по делам семьи и женщин при Министерстве занятости и сокращения "
					+ "бедности Республики Узбекистан", "O'zbekiston Respublikasi Bandlik va kambag'allikni qisqartirish "
					+ "vazirligi huzuridagi Oila va xotin-qizlar qo'mitasi", GOVERNMENT_AGENCY, Sector.SOCIAL_PROTECTION),
			intl("UNOCT", UNOCT, "Контртеррористическое управление Организации Объединённых Наций",
					"Birlashgan Millatlar Tashkilotining Terrorizmga qarshi kurash boshqarmasi", null),
			intl("UNRCCA", "United Nations Regional Centre for Preventive Diplomacy for Central Asia",
					"Региональный центр Организации Объединённых Наций по превентивной дипломатии для Центральной Азии",
					"Birlashgan Millatlar Tashkilotining Markaziy Osiyo uchun Preventiv diplomatiya mintaqaviy markazi",
					null),
			intl("OSCE PCUz", "OSCE Project Co-ordinator in Uzbekistan", "Координатор проектов ОБСЕ в Узбекистане",
					"YeXHTning O'zbekistondagi loyihalar koordinatori", null),
			intl("CTED", "United Nations Security Council Counter-Terrorism Committee Executive Directorate",
					"Исполнительный директорат Контртеррористического комитета Совета Безопасности ООН",
					"BMT Xavfsizlik Kengashi Terrorizmga qarshi kurash qo'mitasining Ijroiya direktorati", null),
			intl("OSCE TNTD", "OSCE Transnational Threats Department", "Департамент ОБСЕ по транснациональным угрозам",
					"YeXHTning Transmilliy tahdidlar departamenti", null),
			regional("CIS ATC", "CIS Anti-Terrorism Centre",
					"Антитеррористический центр государств — участников Содружества Независимых Государств",
					"Mustaqil Davlatlar Hamdo'stligi ishtirokchi davlatlarining Aksilterror markazi"),
			regional("SCO RATS", "SCO Regional Anti-Terrorism Structure",
					"Региональная антитеррористическая структура Шанхайской организации сотрудничества",
					"Shanxay hamkorlik tashkilotining Mintaqaviy aksilterror tuzilmasi"),
			regional("CICA", "Secretariat of the Conference on Interaction and Confidence Building Measures in Asia",
					"Секретариат Совещания по взаимодействию и мерам доверия в Азии",
					"Osiyoda o'zaro hamkorlik va ishonch choralari bo'yicha kengash kotibiyati"),
			regional("PUIC", "Parliamentary Union of the OIC Member States", "Парламентский союз государств — членов ОИС",
					"IHT a'zo davlatlari Parlament ittifoqi"),
			regional("CSTO", "Collective Security Treaty Organization", "Организация Договора о коллективной безопасности",
					"Kollektiv xavfsizlik to'g'risidagi shartnoma tashkiloti"),
			intl("UNODC", "United Nations Office on Drugs and Crime",
					"Управление Организации Объединённых Наций по наркотикам и преступности",
					"BMTning Giyohvand moddalar va jinoyatchilik bo'yicha boshqarmasi", null),
			intl("OHCHR", "Office of the United Nations High Commissioner for Human Rights",
					"Управление Верховного комиссара Организации Объединённых Наций по правам человека",
					"BMT Inson huquqlari bo'yicha Oliy komissari boshqarmasi", Sector.HUMAN_RIGHTS),
			intl("UNHCR", "Office of the United Nations High Commissioner for Refugees",
					"Управление Верховного комиссара Организации Объединённых Наций по делам беженцев",
					"BMT Qochqinlar ishlari bo'yicha Oliy komissari boshqarmasi", null));

	private static final List<Spec> NATIONAL = List.of(
			uz(null, COMMISSION, "Национальная межведомственная комиссия по реабилитации и реинтеграции",
					"Reabilitatsiya va reintegratsiya bo'yicha milliy idoralararo komissiya", GOVERNMENT_AGENCY,
					Sector.COORDINATION),
			uz(null, HEALTH, "Министерство здравоохранения Республики Узбекистан",
					"O'zbekiston Respublikasi Sog'liqni saqlash vazirligi", GOVERNMENT_AGENCY, Sector.HEALTH),
			uz(null, PSYCHOSOCIAL_CENTRE, "Республиканский центр психосоциальной поддержки",
					"Respublika psixologik-ijtimoiy qo'llab-quvvatlash markazi", GOVERNMENT_AGENCY, Sector.PSYCHOSOCIAL),
			uz(null, EDUCATION,
					"Министерство дошкольного и школьного образования Республики Узбекистан",
					"O'zbekiston Respublikasi Maktabgacha va maktab ta'limi vazirligi", GOVERNMENT_AGENCY,
					Sector.EDUCATION),
			uz(null, CIVIL_REGISTRY, "Орган записи актов гражданского состояния",
					"Fuqarolik holati dalolatnomalarini yozish organi", GOVERNMENT_AGENCY, Sector.CIVIL_REGISTRY),
			uz(null, EMPLOYMENT, "Министерство занятости и сокращения бедности Республики Узбекистан",
					"O'zbekiston Respublikasi Bandlik va kambag'allikni qisqartirish vazirligi", GOVERNMENT_AGENCY,
					Sector.EMPLOYMENT),
			uz(null, RELIGIOUS_AFFAIRS, "Комитет по делам религий при Кабинете Министров Республики Узбекистан",
					"O'zbekiston Respublikasi Vazirlar Mahkamasi huzuridagi Din ishlari bo'yicha qo'mita",
					GOVERNMENT_AGENCY, Sector.RELIGIOUS_AFFAIRS),
			uz(null, PROSECUTOR, "Генеральная прокуратура Республики Узбекистан",
					"O'zbekiston Respublikasi Bosh prokuraturasi", OrganizationType.JUSTICE, null),
			uz(null, STATISTICS, "Агентство статистики при Президенте Республики Узбекистан",
					"O'zbekiston Respublikasi Prezidenti huzuridagi Statistika agentligi", GOVERNMENT_AGENCY,
					Sector.STATISTICS),
			uz(null, OMBUDSMAN, "Уполномоченный Олий Мажлиса Республики Узбекистан по правам человека (омбудсман)",
					"O'zbekiston Respublikasi Oliy Majlisining Inson huquqlari bo'yicha vakili (ombudsman)",
					GOVERNMENT_AGENCY, Sector.HUMAN_RIGHTS),
			new Spec(null, MAHALLA, "Махаллинский комитет «Навбахор»", "«Navbahor» mahalla fuqarolar yig'ini",
					OrganizationType.LOCAL_COMMUNITY, null, "UZ", DemoPlaces.TASHKENT),
			new Spec(null, CSO, "Гражданская инициатива «Хамкор Кадам»", "«Hamkor Qadam» fuqarolik tashabbusi",
					OrganizationType.CIVIL_SOCIETY, null, "UZ", DemoPlaces.TASHKENT),
			new Spec(null, COUNCIL_SECRETARIAT_NAME,
					"Секретариат Регионального экспертного совета Центральной Азии по реабилитации и реинтеграции",
					"Markaziy Osiyo mintaqaviy ekspertlar kengashi kotibiyati", COUNCIL_SECRETARIAT, null, null, null));

	/** The organisations by English name, whether created now or found, and how many were created. */
	record Loaded(Map<String, UUID> ids, int created) {

		UUID id(String nameEn) {
			UUID id = ids.get(nameEn);
			if (id == null) {
				throw new IllegalStateException("Demo organisation missing: " + nameEn);
			}
			return id;
		}
	}

	private final Organizations organizations;
	private final DemoPlaces places;

	DemoOrganizations(Organizations organizations, DemoPlaces places) {
		this.organizations = organizations;
		this.places = places;
	}

	Loaded load() {
		Map<String, UUID> ids = new HashMap<>();
		int created = 0;
		for (List<Spec> specs : List.of(PRESS_RELEASE, NATIONAL)) {
			for (Spec spec : specs) {
				var existing = organizations.organizationNamed(spec.nameEn());
				if (existing.isPresent()) {
					ids.put(spec.nameEn(), existing.get().id());
					continue;
				}
				UUID regionId = spec.regionName() == null ? null : places.regionId(spec.regionName());
				ids.put(spec.nameEn(), organizations.create(new NewOrganization(spec.abbreviation(), spec.nameEn(),
						spec.nameRu(), spec.nameUz(), spec.type(), spec.sector(), spec.countryCode(), regionId)).id());
				created++;
			}
		}
		return new Loaded(Map.copyOf(ids), created);
	}

	/** A national body of Uzbekistan. */
	private static Spec uz(String abbreviation, String en, String ru, String uz, OrganizationType type, Sector sector) {
		return new Spec(abbreviation, en, ru, uz, type, sector, "UZ", null);
	}

	/** A UN entity or an OSCE office: it belongs to no state, even when it works in one. */
	private static Spec intl(String abbreviation, String en, String ru, String uz, Sector sector) {
		return new Spec(abbreviation, en, ru, uz, INTERNATIONAL_ORGANIZATION, sector, null, null);
	}

	private static Spec regional(String abbreviation, String en, String ru, String uz) {
		return new Spec(abbreviation, en, ru, uz, REGIONAL_ORGANIZATION, null, null, null);
	}
}
