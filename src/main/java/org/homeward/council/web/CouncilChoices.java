package org.homeward.council.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.council.AgendaKind;
import org.homeward.council.Approach;
import org.homeward.council.Attendance;
import org.homeward.council.ImplementationStatus;
import org.homeward.council.MeetingRole;
import org.homeward.council.MeetingStatus;
import org.homeward.council.ParticipantFunction;
import org.homeward.council.PracticeStage;
import org.homeward.council.PracticeStatus;
import org.homeward.council.Theme;
import org.homeward.council.Visibility;
import org.homeward.organizations.Country;
import org.homeward.organizations.Organization;
import org.homeward.organizations.OrganizationType;
import org.homeward.organizations.Organizations;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the Council's forms and filters offer, with names in the reader's language. */
@Component
class CouncilChoices {

	/** The time zones of the five member states, offered for a meeting's agenda times. */
	static final List<String> TIME_ZONES = List.of("Asia/Tashkent", "Asia/Almaty", "Asia/Bishkek", "Asia/Dushanbe",
			"Asia/Ashgabat");

	private final Organizations organizations;

	CouncilChoices(Organizations organizations) {
		this.organizations = organizations;
	}

	void addTo(Model model, Locale locale) {
		List<Country> countries = organizations.countries();
		Map<String, Country> byCode = new LinkedHashMap<>();
		countries.forEach(c -> byCode.put(c.code(), c));
		model.addAttribute("countryByCode", byCode);
		model.addAttribute("memberStates", countries.stream().filter(Country::memberState)
				.sorted(Comparator.comparing((Country c) -> c.name(locale))).toList());
		model.addAttribute("councilOrganizations", councilOrganizations(locale));
		model.addAttribute("meetingStatuses", MeetingStatus.values());
		model.addAttribute("meetingRoles", MeetingRole.values());
		model.addAttribute("agendaKinds", AgendaKind.values());
		model.addAttribute("participantFunctions", ParticipantFunction.values());
		model.addAttribute("attendances", Attendance.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("themes", Theme.values());
		model.addAttribute("implementationStatuses", ImplementationStatus.values());
		model.addAttribute("approaches", Approach.values());
		model.addAttribute("practiceStages", PracticeStage.values());
		model.addAttribute("practiceStatuses", PracticeStatus.values());
		model.addAttribute("timeZones", TIME_ZONES);
	}

	/**
	 * The organisations that may take part in the Council's work: international and regional organisations and the
	 * secretariat first, then the national bodies; active ones only, by name in the reader's language.
	 */
	List<Organization> councilOrganizations(Locale locale) {
		return organizations.organizations(locale).stream().filter(Organization::active)
				.filter(o -> o.type() != OrganizationType.LOCAL_COMMUNITY)
				.sorted(Comparator.comparing((Organization o) -> o.countryCode() != null)
						.thenComparing(o -> o.fullName(locale)))
				.toList();
	}
}
