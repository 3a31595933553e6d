package org.homeward.demo;

import java.util.List;
import java.util.Set;

import org.homeward.accounts.CurrentUser;
import org.homeward.council.Approach;
import org.homeward.council.GoodPractice;
import org.homeward.council.GoodPractices;
import org.homeward.council.PracticeCommands.PracticeDetails;
import org.homeward.council.PracticeCommands.ReviewPractice;
import org.homeward.council.PracticeStage;
import org.homeward.council.PracticeStatus;
import org.homeward.council.ReferenceCommands.WorkingGroupDetails;
import org.homeward.council.Theme;
import org.homeward.council.WorkingGroups;

/**
 * The Council's working groups (the four DESIGN.md names as examples, without members: the demo does not invent
 * who sits in them) and a few good practices in English, Russian and Uzbek, each marked as an illustrative demo entry,
 * so that the library's search across the three languages can be tried.
 */
final class DemoCouncilLibrary {

	private static final String NOTE_EN = "Illustrative demo entry.";
	private static final String NOTE_RU = "Пример для демонстрации.";
	private static final String NOTE_UZ = "Namoyish uchun misol.";

	private final GoodPractices practices;
	private final WorkingGroups workingGroups;

	DemoCouncilLibrary(GoodPractices practices, WorkingGroups workingGroups) {
		this.practices = practices;
		this.workingGroups = workingGroups;
	}

	/** Creates the working groups and the practices; returns how many practices. */
	int load(CurrentUser secretariat, CurrentUser delegate, CurrentUser expert) {
		workingGroups.create(new WorkingGroupDetails("Accountability", "Привлечение к ответственности",
				"Javobgarlikka tortish", "Bringing to justice persons suspected of criminal acts, and alternatives.",
				Set.of()), secretariat);
		workingGroups.create(new WorkingGroupDetails("Psychosocial support", "Психосоциальная поддержка",
				"Psixologik-ijtimoiy yordam", null, Set.of()), secretariat);
		workingGroups.create(new WorkingGroupDetails("Countering terrorist narratives",
				"Противодействие террористическим нарративам", "Terrorchilik g'oyalariga qarshi kurash", null,
				Set.of()), secretariat);
		workingGroups.create(new WorkingGroupDetails("Civil-society engagement", "Участие гражданского общества",
				"Fuqarolik jamiyatining ishtiroki", null, Set.of()), secretariat);

		List<GoodPractice> published = List.of(
				practices.submit(new PracticeDetails("Махаллинские наставники для женщин и детей, вернувшихся из зон "
						+ "конфликтов", "UZ", Theme.COMMUNITY_REINTEGRATION, Approach.WHOLE_OF_SOCIETY,
						PracticeStage.REINTEGRATION,
						"Реинтеграция в общину опирается на наставника из махалли: он знакомит семью с соседями, "
								+ "помогает с документами, школой и работой и сообщает куратору случая о трудностях. "
								+ NOTE_RU,
						"Семьи быстрее находят жильё и работу; дети посещают школу.",
						"Наставнику нужны обучение и поддержка психолога; согласие семьи обязательно."), delegate),
				practices.submit(new PracticeDetails("Joint case conferences for returned children", null,
						Theme.CHILDREN, Approach.WHOLE_OF_GOVERNMENT, PracticeStage.REHABILITATION,
						"Health, education, social protection and psychosocial services meet monthly on each returned "
								+ "child's case, with the case manager, and agree one plan in the child's best "
								+ "interests. " + NOTE_EN,
						"Fewer gaps between services; school enrolment within weeks of return.",
						"Agree in advance what each service may see of the child's file."), secretariat),
				practices.submit(new PracticeDetails("Qaytgan bolalarni maktabga qabul qilish tartibi", "UZ",
						Theme.EDUCATION, Approach.WHOLE_OF_GOVERNMENT, PracticeStage.REINTEGRATION,
						"Mojarolar hududidan qaytgan bolalarning reintegratsiyasi maktabdan boshlanadi: hujjatlari "
								+ "tiklanguncha bola vaqtincha qabul qilinadi, o'qituvchiga psixolog yordam beradi. "
								+ NOTE_UZ,
						"Bolalar qaytgan oyning o'zidayoq maktabga boradi.", null), delegate));
		for (GoodPractice practice : published) {
			GoodPractice reviewed = practices.review(practice.id(), new ReviewPractice(practice.version(),
					PracticeStatus.REVIEWED, null), secretariat);
			practices.review(practice.id(), new ReviewPractice(reviewed.version(), PracticeStatus.PUBLISHED, null),
					secretariat);
		}
		practices.submit(new PracticeDetails("Peer exchange visits between national coordinators", null,
				Theme.REGIONAL_COOPERATION, Approach.WHOLE_OF_GOVERNMENT, PracticeStage.AFTERCARE,
				"National coordinators spend two days with a coordinator of another member state to see how cases are "
						+ "followed up after reintegration. " + NOTE_EN,
				null, null), expert);
		return published.size() + 1;
	}
}
