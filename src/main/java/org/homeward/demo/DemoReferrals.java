package org.homeward.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.cases.CaseStage;
import org.homeward.organizations.OrganizationType;
import org.homeward.organizations.Organizations;
import org.homeward.referrals.Commands;
import org.homeward.referrals.Consent;
import org.homeward.referrals.Consents;
import org.homeward.referrals.Purpose;
import org.homeward.referrals.ReferralStatus;
import org.homeward.referrals.Referrals;
import org.homeward.referrals.ServiceDelivery;
import org.homeward.referrals.ServiceProviders;

/**
 * Whole-of-society work in the demo: who provides which service, and for some Tashkent cases a guardian's or the
 * person's consent with a referral to the Navbahor mahalla committee or to the civil-society initiative, some
 * accepted and under way with mentoring visits logged; and some check-ups at the Ministry of Health's polyclinic,
 * which as a government service needs no consent.
 */
final class DemoReferrals {

	/** Which demo organisation provides which service. */
	private static final Map<String, List<String>> PROVIDERS = Map.of(
			DemoOrganizations.MAHALLA, List.of("MENTORING", "SCHOOL_ENROLMENT_SUPPORT", "FAMILY_MEDIATION"),
			DemoOrganizations.CSO, List.of("VOCATIONAL_COURSE", "MENTORING", "FAMILY_MEDIATION"),
			DemoOrganizations.HEALTH, List.of("MEDICAL_CARE"),
			DemoOrganizations.PSYCHOSOCIAL_CENTRE, List.of("COUNSELLING"),
			DemoOrganizations.EDUCATION, List.of("SCHOOLING"),
			DemoOrganizations.EMPLOYMENT, List.of("EMPLOYMENT_SERVICE"),
			DemoOrganizations.CIVIL_REGISTRY, List.of("CIVIL_DOCUMENTS"),
			DemoOrganizations.RELIGIOUS_AFFAIRS, List.of("RELIGIOUS_COUNSELLING"));

	private final ServiceProviders providers;
	private final Consents consents;
	private final Referrals referrals;
	private final Organizations organizations;

	DemoReferrals(ServiceProviders providers, Consents consents, Referrals referrals, Organizations organizations) {
		this.providers = providers;
		this.consents = consents;
		this.referrals = referrals;
		this.organizations = organizations;
	}

	/** How many referrals were made. */
	int load(List<DemoCases.OpenedCase> cases, CurrentUser administrator, CurrentUser mahalla, CurrentUser cso,
			CurrentUser health) {
		PROVIDERS.forEach((name, services) -> organizations.organizationNamed(name).ifPresent(
				organization -> services.forEach(code -> providers.provide(organization.id(), code, administrator))));
		UUID mahallaId = organizations.organizationNamed(DemoOrganizations.MAHALLA).orElseThrow().id();
		UUID csoId = organizations.organizationNamed(DemoOrganizations.CSO).orElseThrow().id();
		UUID healthId = organizations.organizationNamed(DemoOrganizations.HEALTH).orElseThrow().id();
		int made = 0;
		int turn = 0;
		for (DemoCases.OpenedCase opened : cases) {
			if (opened.caseManager() == null || !opened.caseManager().username().equals("casemanager")
					|| !(opened.stage() == CaseStage.REHABILITATION || opened.stage() == CaseStage.REINTEGRATION)
					|| made >= 12) {
				continue;
			}
			boolean child = opened.who() == DemoCases.PersonKindOfCase.CHILD;
			if (made % 4 == 1) {
				// a government service needs no consent: a medical check-up at the polyclinic
				var checkUp = referrals.refer(opened.caseId(), new Commands.Refer("MEDICAL_CARE", healthId,
						"Full medical check-up and vaccinations at the district polyclinic.",
						LocalDate.now().plusWeeks(3), null), opened.caseManager());
				checkUp = referrals.move(checkUp.id(), new Commands.MoveReferral(checkUp.version(),
						ReferralStatus.ACCEPTED, null), health);
				checkUp = referrals.move(checkUp.id(), new Commands.MoveReferral(checkUp.version(),
						ReferralStatus.IN_PROGRESS, null), health);
				referrals.recordDelivery(checkUp.id(), new Commands.RecordDelivery("EXAMINATION",
						LocalDate.now().minusDays(5), ServiceDelivery.Outcome.PARTLY_DONE,
						"Examined; vaccinations to be completed next visit."), health);
				made++;
			}
			LocalDate since = LocalDate.now().minusMonths(2);
			consents.record(opened.caseId(), new Commands.RecordConsent(
					child ? Consent.GivenBy.GUARDIAN : Consent.GivenBy.PERSON, child ? "The mother" : null,
					child ? "Glad to have an older friend from the mahalla." : null,
					Set.of(OrganizationType.LOCAL_COMMUNITY, OrganizationType.CIVIL_SOCIETY),
					Set.of(Purpose.MENTORING, Purpose.EDUCATION_SUPPORT, Purpose.LIVELIHOOD_SUPPORT,
							Purpose.FAMILY_MEDIATION), since), null, null, opened.caseManager());
			boolean toMahalla = child || turn++ % 2 == 0;
			var referral = referrals.refer(opened.caseId(), new Commands.Refer(
					toMahalla ? (child ? "SCHOOL_ENROLMENT_SUPPORT" : "MENTORING") : "VOCATIONAL_COURSE",
					toMahalla ? mahallaId : csoId,
					child ? "Help the family enrol the child at the local school and visit monthly."
							: toMahalla ? "Weekly mentoring visits; help with neighbours and the mahalla's activities."
									: "Place her in the next sewing course and follow her attendance.",
					LocalDate.now().plusMonths(2), null), opened.caseManager());
			made++;
			if (made % 3 == 0) {
				continue; // some referrals still wait for the receiver's answer
			}
			CurrentUser receiver = toMahalla ? mahalla : cso;
			referral = referrals.move(referral.id(), new Commands.MoveReferral(referral.version(),
					ReferralStatus.ACCEPTED, null), receiver);
			referral = referrals.move(referral.id(), new Commands.MoveReferral(referral.version(),
					ReferralStatus.IN_PROGRESS, null), receiver);
			if (toMahalla) {
				referrals.recordDelivery(referral.id(), new Commands.RecordDelivery("MENTORING_VISIT",
						LocalDate.now().minusWeeks(2), ServiceDelivery.Outcome.DONE,
						"First visit at home; the family welcomed the mentor."), receiver);
			}
		}
		return made;
	}
}
