package org.homeward.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.homeward.accounts.Accounts;
import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.NewUser;
import org.homeward.accounts.Role;
import org.homeward.council.Addressee;
import org.homeward.council.AgendaItem;
import org.homeward.council.AgendaKind;
import org.homeward.council.Delegations;
import org.homeward.council.GoodPractices;
import org.homeward.council.FollowUpCommands.AdoptRecommendation;
import org.homeward.council.FollowUpCommands.ChangeStatus;
import org.homeward.council.FollowUpCommands.GenerateFollowUp;
import org.homeward.council.FollowUpCommands.ReportProgress;
import org.homeward.council.FollowUpCommands.ReviewReport;
import org.homeward.council.ImplementationStatus;
import org.homeward.council.Invitation;
import org.homeward.council.Invitations;
import org.homeward.council.Meeting;
import org.homeward.council.MeetingCommands.AddMaterial;
import org.homeward.council.MeetingCommands.AgendaItemDetails;
import org.homeward.council.MeetingCommands.AssignRole;
import org.homeward.council.MeetingCommands.MeetingDetails;
import org.homeward.council.MeetingCommands.SpeakerDetails;
import org.homeward.council.MeetingRecords;
import org.homeward.council.MeetingRole;
import org.homeward.council.MeetingStatus;
import org.homeward.council.Meetings;
import org.homeward.council.ParticipantFunction;
import org.homeward.council.ParticipationCommands.AddParticipant;
import org.homeward.council.ParticipationCommands.Invite;
import org.homeward.council.ParticipationCommands.ParticipantDetails;
import org.homeward.council.ParticipationCommands.Register;
import org.homeward.council.ParticipationCommands.Respond;
import org.homeward.council.ProgressReport;
import org.homeward.council.Recommendation;
import org.homeward.council.Recommendations;
import org.homeward.council.Rsvp;
import org.homeward.council.Theme;
import org.homeward.council.Visibility;
import org.homeward.council.WorkingGroups;
import org.homeward.organizations.Organization;
import org.homeward.organizations.Organizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Council in the demo. The first meeting is exactly the one the press release of 10 May 2024 announces
 * (Tashkent, 14 May 2024; its seven organisers; the opening-ceremony speakers with their titles; the heads of
 * delegation of the five states, unnamed as in the release; the eight invited organisations; the two breakout
 * sessions), with the release itself as its public material. What the release does not say is left empty (venue,
 * chair, times, rooms) or plainly marked as illustrative: the recommendations recorded for that meeting, the second
 * meeting that follows them up, the progress reports and the good practices.
 *
 * <p>It runs after the demo's organisations and users exist ({@link DemoData}, order 10), only when they do and the
 * first meeting is not there yet, so that a demo database made before the Council module gets its Council on the
 * next start, and no database in real use ever does. Everything is one transaction, through the Council's own
 * services, so every record passes their checks and the audit trail.
 */
@Component
@Order(12)
@ConditionalOnBooleanProperty("homeward.demo")
class DemoCouncil implements ApplicationRunner {

	static final String FIRST_MEETING = "First meeting of Central Asia Regional Expert Council in Rehabilitation and "
			+ "Reintegration of Returnees from armed conflict zones";
	static final String FIRST_MEETING_RU = "Первое заседание Регионального экспертного совета Центральной Азии по "
			+ "реабилитации и реинтеграции лиц, возвращённых из зон вооружённых конфликтов";
	static final String FIRST_MEETING_UZ = "Markaziy Osiyo qurolli mojarolar hududlaridan qaytganlarni reabilitatsiya "
			+ "va reintegratsiya qilish bo'yicha mintaqaviy ekspertlar kengashining birinchi yig'ilishi";
	static final String SECOND_MEETING = "Second meeting of the Regional Expert Council (illustrative)";
	/** A member of the delegation of Uzbekistan, at ISRS, who reports for the state on recommendations. */
	static final String DELEGATE = "delegate";

	private static final Logger log = LoggerFactory.getLogger(DemoCouncil.class);
	private static final List<String> MEMBER_STATES = List.of("KZ", "KG", "TJ", "TM", "UZ");
	private static final String ILLUSTRATIVE = "Illustrative demo content: the press release of 10 May 2024 does not "
			+ "report the meeting's outcome.";

	private final Accounts accounts;
	private final Organizations organizations;
	private final Meetings meetings;
	private final MeetingRecords records;
	private final Invitations invitations;
	private final Delegations delegations;
	private final Recommendations recommendations;
	private final DemoCouncilLibrary library;
	private final TransactionTemplate transaction;

	DemoCouncil(Accounts accounts, Organizations organizations, Meetings meetings, MeetingRecords records,
			Invitations invitations, Delegations delegations, Recommendations recommendations,
			GoodPractices practices, WorkingGroups workingGroups, PlatformTransactionManager transactionManager) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.meetings = meetings;
		this.records = records;
		this.invitations = invitations;
		this.delegations = delegations;
		this.recommendations = recommendations;
		this.library = new DemoCouncilLibrary(practices, workingGroups);
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.findByUsername(DemoUsers.NATIONAL_COORDINATOR).isEmpty()
				|| accounts.findByUsername("secretariat").isEmpty()) {
			return;
		}
		CurrentUser secretariat = user("secretariat");
		if (meetings.meetings(secretariat).stream().anyMatch(m -> m.title().equals(FIRST_MEETING))) {
			return;
		}
		int[] counts = transaction.execute(status -> load(secretariat));
		log.info("Loaded the Council demo: {} meetings, {} recommendations, {} good practices", counts[0], counts[1],
				counts[2]);
	}

	private int[] load(CurrentUser secretariat) {
		Map<String, Organization> byAbbreviation = organizations.organizations(Locale.ENGLISH).stream()
				.filter(o -> o.abbreviation() != null)
				.collect(Collectors.toMap(Organization::abbreviation, Function.identity(), (a, b) -> a));
		Function<String, UUID> org = abbreviation -> {
			Organization o = byAbbreviation.get(abbreviation);
			if (o == null) {
				throw new IllegalStateException("Demo organisation missing: " + abbreviation);
			}
			return o.id();
		};
		UUID familyCommittee = organizations.organizationNamed(DemoOrganizations.FAMILY_COMMITTEE).orElseThrow().id();
		UUID councilSecretariat = organizations.organizationNamed(DemoOrganizations.COUNCIL_SECRETARIAT_NAME)
				.orElseThrow().id();
		CurrentUser delegate = delegate(org.apply("ISRS"));
		CurrentUser expert = user("expert");

		Meeting first = firstMeeting(secretariat, org, familyCommittee);
		List<Recommendation> adopted = firstRecommendations(first, secretariat, org);
		followUp(adopted, secretariat, delegate, expert);
		secondMeeting(secretariat, delegate, org, councilSecretariat);
		int practices = library.load(secretariat, delegate, expert);
		return new int[] { 2, adopted.size(), practices };
	}

	// --- the first meeting, as the press release gives it ---

	private Meeting firstMeeting(CurrentUser secretariat, Function<String, UUID> org, UUID familyCommittee) {
		Meeting meeting = meetings.schedule(new MeetingDetails(FIRST_MEETING, FIRST_MEETING_RU, FIRST_MEETING_UZ,
				LocalDate.of(2024, 5, 14), LocalDate.of(2024, 5, 14), "Tashkent", null, "UZ", null, MeetingStatus.HELD,
				"Asia/Tashkent",
				"As announced in the press release of 10 May 2024 (Tashkent/New York/Vienna). The release gives no "
						+ "venue, chair, times or rooms; they are left empty. It names two breakout sessions without "
						+ "their order: here they run in parallel after the opening ceremony, which is illustrative. "
						+ "The recommendations recorded for this meeting are illustrative too."),
				secretariat);
		UUID id = meeting.id();
		for (UUID organiser : List.of(org.apply("ISRS"), org.apply("SSS"), org.apply("MFA"), familyCommittee,
				org.apply("UNOCT"), org.apply("UNRCCA"), org.apply("OSCE PCUz"))) {
			meetings.assignRole(id, new AssignRole(organiser, MeetingRole.ORGANISER), secretariat);
		}
		// The organisations whose heads address the opening ceremony.
		for (String participant : List.of("CTED", "OSCE TNTD")) {
			meetings.assignRole(id, new AssignRole(org.apply(participant), MeetingRole.PARTICIPANT), secretariat);
		}
		for (String invited : List.of("CIS ATC", "SCO RATS", "CICA", "PUIC", "CSTO", "UNODC", "OHCHR", "UNHCR")) {
			meetings.assignRole(id, new AssignRole(org.apply(invited), MeetingRole.INVITED), secretariat);
		}

		List<SpeakerDetails> speakers = new ArrayList<>(List.of(
				new SpeakerDetails("Vladimir Voronkov", "Under-Secretary-General and Head of the UNOCT",
						"Заместитель Генерального секретаря ООН, глава Контртеррористического управления ООН (UNOCT)",
						"BMT Bosh kotibi o'rinbosari, BMT Terrorizmga qarshi kurash boshqarmasi (UNOCT) rahbari",
						org.apply("UNOCT"), null),
				new SpeakerDetails("Kaha Imnadze",
						"Special Representative of the United Nations Secretary-General for Central Asia, the Head of "
								+ "the UNRCCA",
						"Специальный представитель Генерального секретаря ООН по Центральной Азии, глава РЦПДЦА "
								+ "(UNRCCA)",
						"BMT Bosh kotibining Markaziy Osiyo bo'yicha maxsus vakili, UNRCCA rahbari",
						org.apply("UNRCCA"), null),
				new SpeakerDetails("Weixiong Chen", "Acting Executive Director of the UN Security Council "
						+ "Counter-Terrorism Committee Executive Directorate",
						"Исполняющий обязанности Исполнительного директора Исполнительного директората "
								+ "Контртеррористического комитета Совета Безопасности ООН",
						"BMT Xavfsizlik Kengashi Terrorizmga qarshi kurash qo'mitasi Ijroiya direktoratining ijrochi "
								+ "direktori vazifasini bajaruvchi",
						org.apply("CTED"), null),
				new SpeakerDetails("Alena Kupchyna",
						"OSCE Co-ordinator of Activities to Address Transnational Threats",
						"Координатор деятельности ОБСЕ по противодействию транснациональным угрозам",
						"YeXHTning transmilliy tahdidlarga qarshi kurash faoliyati koordinatori",
						org.apply("OSCE TNTD"), null)));
		for (String state : MEMBER_STATES) {
			speakers.add(new SpeakerDetails(null, "Head of delegation", "Глава делегации", "Delegatsiya rahbari", null,
					state));
		}
		meetings.addAgendaItem(id, new AgendaItemDetails(AgendaKind.OPENING_CEREMONY, "Opening ceremony",
				"Церемония открытия", "Ochilish marosimi", null, null, 1, null, null, null, null, null, speakers),
				secretariat);
		String announced = "Press release of 10 May 2024: “The event will also include two breakout sessions on "
				+ "implementing a comprehensive whole-of-government approach to the rehabilitation and reintegration "
				+ "of returnees from conflict zones, as well as enhancing the role of local communities and civil "
				+ "society organizations in ensuring a whole-of-society approach in this area.”";
		meetings.addAgendaItem(id, new AgendaItemDetails(AgendaKind.BREAKOUT_SESSION,
				"Implementing a comprehensive whole-of-government approach to the rehabilitation and reintegration of "
						+ "returnees from conflict zones",
				"Реализация комплексного общегосударственного подхода к реабилитации и реинтеграции лиц, "
						+ "возвращённых из зон конфликтов",
				"Mojaro hududlaridan qaytganlarni reabilitatsiya va reintegratsiya qilishda kompleks umumdavlat "
						+ "yondashuvini amalga oshirish",
				announced, null, 2, null, null, null, null, null, List.of()), secretariat);
		meetings.addAgendaItem(id, new AgendaItemDetails(AgendaKind.BREAKOUT_SESSION,
				"Enhancing the role of local communities and civil society organizations in ensuring a "
						+ "whole-of-society approach to the rehabilitation and reintegration of returnees from conflict "
						+ "zones",
				"Повышение роли местных сообществ и организаций гражданского общества в обеспечении "
						+ "общесоциального подхода к реабилитации и реинтеграции лиц, возвращённых из зон конфликтов",
				"Mojaro hududlaridan qaytganlarni reabilitatsiya va reintegratsiya qilishda umumjamiyat "
						+ "yondashuvini ta'minlashda mahalliy hamjamiyatlar va fuqarolik jamiyati tashkilotlarining "
						+ "rolini oshirish",
				announced, null, 2, null, null, null, null, null, List.of()), secretariat);

		for (String state : MEMBER_STATES) {
			delegations.add(id, new AddParticipant(state, null, new ParticipantDetails(null, null,
					ParticipantFunction.HEAD_OF_DELEGATION, null, null, false)), secretariat);
		}
		records.addMaterial(id, new AddMaterial(DemoPressRelease.TITLE, Visibility.PUBLIC, null, null),
				"press-release-2024-05-10.pdf", DemoPressRelease.pdf(), secretariat);
		return meeting;
	}

	/** Illustrative recommendations, marked so: the release does not report what the meeting adopted. */
	private List<Recommendation> firstRecommendations(Meeting first, CurrentUser secretariat,
			Function<String, UUID> org) {
		List<AgendaItem> agenda = meetings.agenda(first.id(), secretariat);
		UUID wholeOfGovernment = agenda.stream().filter(i -> i.title().startsWith("Implementing")).findFirst()
				.orElseThrow().id();
		UUID wholeOfSociety = agenda.stream().filter(i -> i.title().startsWith("Enhancing")).findFirst().orElseThrow()
				.id();
		Set<String> states = Set.copyOf(MEMBER_STATES);
		return List.of(
				recommendations.adopt(new AdoptRecommendation(first.id(), wholeOfGovernment,
						"Establish or strengthen a national interagency mechanism that coordinates the rehabilitation "
								+ "and reintegration of returnees across all the ministries and agencies concerned, "
								+ "with one case manager per returnee.",
						"Создать или укрепить национальный межведомственный механизм, координирующий реабилитацию и "
								+ "реинтеграцию возвращённых лиц во всех заинтересованных министерствах и ведомствах, "
								+ "с одним ведущим специалистом на каждого возвращённого.",
						"Barcha manfaatdor vazirlik va idoralarda qaytganlarni reabilitatsiya va reintegratsiya "
								+ "qilishni muvofiqlashtiruvchi milliy idoralararo mexanizmni yaratish yoki "
								+ "mustahkamlash, har bir qaytgan shaxsga bitta mas'ul mutaxassis biriktirish.",
						Theme.INSTITUTIONAL_COORDINATION, LocalDate.of(2025, 5, 14), states, Set.of(), ILLUSTRATIVE),
						secretariat),
				recommendations.adopt(new AdoptRecommendation(first.id(), wholeOfSociety,
						"Involve mahalla and other local community bodies and civil-society organisations in planning "
								+ "and delivering reintegration support, with the informed consent of the persons "
								+ "concerned and the best interests of children first.",
						"Привлекать махаллинские и другие местные общественные органы и организации гражданского "
								+ "общества к планированию и оказанию помощи в реинтеграции, с информированного "
								+ "согласия заинтересованных лиц и ставя на первое место наилучшие интересы детей.",
						"Mahalla va boshqa jamoat tuzilmalari hamda fuqarolik jamiyati tashkilotlarini "
								+ "reintegratsiya yordamini rejalashtirish va ko'rsatishga jalb qilish, bunda tegishli "
								+ "shaxslarning ongli roziligi va bolalarning manfaatlari birinchi o'rinda bo'lsin.",
						Theme.COMMUNITY_REINTEGRATION, LocalDate.of(2025, 12, 31), states, Set.of(), ILLUSTRATIVE),
						secretariat),
				recommendations.adopt(new AdoptRecommendation(first.id(), null,
						"Support the member states with technical assistance and a regular exchange of good "
								+ "practices through the Council's good-practice library.",
						"Оказывать государствам-членам техническую помощь и обеспечивать регулярный обмен передовым "
								+ "опытом через библиотеку передового опыта Совета.",
						"A'zo davlatlarga texnik yordam ko'rsatish va Kengashning ilg'or tajribalar kutubxonasi "
								+ "orqali ilg'or tajriba almashinuvini muntazam yo'lga qo'yish.",
						Theme.REGIONAL_COOPERATION, LocalDate.of(2025, 6, 30), Set.of(),
						Set.of(org.apply("UNOCT"), org.apply("UNRCCA"), org.apply("OSCE PCUz")), ILLUSTRATIVE),
						secretariat));
	}

	/** Illustrative progress: Uzbekistan and UNOCT report, the secretariat reviews; others are still to start. */
	private void followUp(List<Recommendation> adopted, CurrentUser secretariat, CurrentUser delegate,
			CurrentUser expert) {
		Addressee uzbekistanOnMechanism = addressee(adopted.get(0), "UZ", null);
		ProgressReport mechanism = recommendations.report(uzbekistanOnMechanism.id(), new ReportProgress(
				LocalDate.of(2025, 3, 10), "The National Interagency Commission on Rehabilitation and Reintegration "
						+ "coordinates the ministries and agencies concerned; every returnee has a case manager at the "
						+ "Committee for Family and Women. (Illustrative demo report.)",
				"Regulation of the commission; caseload figures of the national node.", ImplementationStatus.IMPLEMENTED),
				null, null, delegate);
		recommendations.review(mechanism.id(), new ReviewReport(true, "Confirmed by the national node's figures."),
				secretariat);

		Addressee tajikistanOnMechanism = addressee(adopted.get(0), "TJ", null);
		recommendations.changeStatus(tajikistanOnMechanism.id(), new ChangeStatus(tajikistanOnMechanism.version(),
				ImplementationStatus.IN_PROGRESS, "Reported orally to the secretariat. (Illustrative.)"), secretariat);

		Addressee uzbekistanOnCommunities = addressee(adopted.get(1), "UZ", null);
		recommendations.report(uzbekistanOnCommunities.id(), new ReportProgress(LocalDate.of(2025, 9, 1),
				"Mahalla committees in Tashkent and Fergana Region take part in reintegration plans through referrals "
						+ "with the consent of the persons concerned. (Illustrative demo report.)",
				"Referral procedure of the national node.", ImplementationStatus.IN_PROGRESS), null, null, delegate);

		Recommendation regional = adopted.get(2);
		Addressee unoct = regional.addressees().stream()
				.filter(a -> a.organization() != null && "UNOCT".equals(a.organization().abbreviation())).findFirst()
				.orElseThrow();
		ProgressReport assistance = recommendations.report(unoct.id(), new ReportProgress(LocalDate.of(2025, 4, 20),
				"Technical assistance to the national coordinators on case management and data protection. "
						+ "(Illustrative demo report.)",
				"Workshop report.", ImplementationStatus.IN_PROGRESS), null, null, expert);
		recommendations.review(assistance.id(), new ReviewReport(true, null), secretariat);
	}

	private static Addressee addressee(Recommendation recommendation, String countryCode, UUID organizationId) {
		return recommendation.addressees().stream()
				.filter(a -> (a.country() != null && a.country().code().equals(countryCode))
						|| (a.organization() != null && a.organization().id().equals(organizationId)))
				.findFirst().orElseThrow();
	}

	// --- the second meeting: illustrative, to show invitations and the follow-up ---

	private void secondMeeting(CurrentUser secretariat, CurrentUser delegate, Function<String, UUID> org,
			UUID councilSecretariat) {
		LocalDate day = LocalDate.now().plusDays(45);
		Meeting meeting = meetings.schedule(new MeetingDetails(SECOND_MEETING,
				"Второе заседание Регионального экспертного совета (условный пример)",
				"Mintaqaviy ekspertlar kengashining ikkinchi yig'ilishi (shartli misol)", day, day.plusDays(1),
				"Tashkent", null,
				"UZ", null, MeetingStatus.ANNOUNCED, "Asia/Tashkent",
				"Illustrative demo meeting: its date, place, programme and participants are invented to show "
						+ "invitations and the follow-up of the first meeting's recommendations. Nothing here was "
						+ "announced."),
				secretariat);
		UUID id = meeting.id();
		meetings.assignRole(id, new AssignRole(councilSecretariat, MeetingRole.ORGANISER), secretariat);
		meetings.assignRole(id, new AssignRole(org.apply("ISRS"), MeetingRole.ORGANISER), secretariat);

		meetings.addAgendaItem(id, new AgendaItemDetails(AgendaKind.OPENING_CEREMONY, "Opening", "Открытие",
				"Ochilish", null, day, 1,
				LocalTime.of(9, 30), LocalTime.of(10, 0), "Plenary hall", null, null, List.of()), secretariat);
		recommendations.generateFollowUp(id, new GenerateFollowUp("Follow-up of the first meeting's recommendations",
				"Выполнение рекомендаций первого заседания", "Birinchi yig'ilish tavsiyalarining bajarilishi"),
				secretariat);
		AgendaItem followUp = meetings.agenda(id, secretariat).stream().filter(AgendaItem::followUp).findFirst()
				.orElseThrow();
		meetings.editAgendaItem(id, followUp.id(), new org.homeward.council.MeetingCommands.EditAgendaItem(
				followUp.version(), new AgendaItemDetails(AgendaKind.PLENARY, followUp.title(), followUp.titleRu(),
						followUp.titleUz(), null, day, 2,
						LocalTime.of(10, 0), LocalTime.of(12, 0), "Plenary hall", null, null, List.of())),
				secretariat);
		meetings.addAgendaItem(id, new AgendaItemDetails(AgendaKind.BREAKOUT_SESSION,
				"Psychosocial support for returned children and their mothers",
				"Психосоциальная поддержка возвращённых детей и их матерей",
				"Qaytarilgan bolalar va ularning onalariga psixologik-ijtimoiy yordam", null, day, 3,
				LocalTime.of(14, 0), LocalTime.of(16, 0), "Room A", null, null, List.of()), secretariat);
		meetings.addAgendaItem(id, new AgendaItemDetails(AgendaKind.BREAKOUT_SESSION,
				"Accountability and reintegration: prosecution, alternatives and aftercare",
				"Ответственность и реинтеграция: уголовное преследование, альтернативы и постсопровождение",
				"Javobgarlik va reintegratsiya: jinoiy ta'qib, muqobil choralar va keyingi kuzatuv", null, day, 3,
				LocalTime.of(14, 0), LocalTime.of(16, 0), "Room B", null, null, List.of()), secretariat);
		meetings.addAgendaItem(id, new AgendaItemDetails(AgendaKind.PLENARY, "Reports of the breakout sessions",
				"Доклады секционных заседаний", "Seksiya majlislari hisobotlari", null, day.plusDays(1), 1,
				LocalTime.of(10, 0), LocalTime.of(11, 30), "Plenary hall", null, null, List.of()), secretariat);
		meetings.addAgendaItem(id, new AgendaItemDetails(AgendaKind.CLOSING,
				"Closing and adoption of the outcome document", "Закрытие и принятие итогового документа",
				"Yopilish va yakuniy hujjatni qabul qilish", null, day.plusDays(1), 2, LocalTime.of(11, 30),
				LocalTime.of(12, 0), "Plenary hall", null, null, List.of()), secretariat);

		// UNOCT's answer is left for the demo's expert to give.
		invitations.invite(id, new Invite(org.apply("UNOCT")), secretariat);
		Invitation unrcca = invitations.invite(id, new Invite(org.apply("UNRCCA")), secretariat);
		invitations.respond(unrcca.id(), new Respond(unrcca.version(), Rsvp.ACCEPTED, null), secretariat);
		Invitation osce = invitations.invite(id, new Invite(org.apply("OSCE PCUz")), secretariat);
		invitations.remind(osce.id(), secretariat);
		Invitation unodc = invitations.invite(id, new Invite(org.apply("UNODC")), secretariat);
		invitations.respond(unodc.id(), new Respond(unodc.version(), Rsvp.DECLINED, "Another commitment on these "
				+ "dates. (Illustrative.)"), secretariat);

		delegations.register(id, new Register(new ParticipantDetails(null, "Expert", ParticipantFunction.EXPERT,
				"delegate@example.org", null, true), true), delegate);
	}

	// --- users ---

	/** The demo's member of the delegation of Uzbekistan, made once. */
	private CurrentUser delegate(UUID isrs) {
		if (accounts.findByUsername(DELEGATE).isEmpty()) {
			accounts.provision(new NewUser(DELEGATE, "Nodira Azimova", DemoUsers.PASSWORD,
					DELEGATE + "@homeward.example", Set.of(Role.COUNCIL_MEMBER), isrs, null, null), false);
		}
		return user(DELEGATE);
	}

	private CurrentUser user(String username) {
		var account = accounts.findByUsername(username).orElseThrow();
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.roles(),
				account.organizationId(), account.regionId(), account.sector());
	}
}
