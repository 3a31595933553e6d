package org.homeward.notifications.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.council.Meetings;
import org.homeward.council.Recommendations;
import org.homeward.notifications.Notification;
import org.homeward.organizations.Organizations;
import org.homeward.referrals.ServiceProviders;
import org.homeward.shared.web.Dates;
import org.springframework.stereotype.Component;

/**
 * Notices as a page shows them: what happened (the service, the organisation on the other side, the case's number,
 * the meeting or recommendation, each in the reader's language), where to go to act on it, grouped by day. A meeting
 * or recommendation the reader no longer reaches is left unnamed.
 */
@Component
class Notices {

	private final ServiceProviders providers;
	private final Organizations organizations;
	private final Meetings meetings;
	private final Recommendations recommendations;
	private final Dates dates;

	Notices(ServiceProviders providers, Organizations organizations, Meetings meetings,
			Recommendations recommendations, Dates dates) {
		this.providers = providers;
		this.organizations = organizations;
		this.meetings = meetings;
		this.recommendations = recommendations;
		this.dates = dates;
	}

	/**
	 * One notice as shown.
	 *
	 * @param details what it is about, each a name in the reader's language or a case number
	 * @param link where to act on it; none when nothing is left to do (a suspended task)
	 */
	record Notice(Notification notification, List<String> details, String link) {
	}

	/** The notices by the day they arrived, newest day first. */
	Map<LocalDate, List<Notice>> byDay(List<Notification> notifications, CurrentUser user, Locale locale) {
		Map<LocalDate, List<Notice>> days = new LinkedHashMap<>();
		Map<String, String> services = new LinkedHashMap<>();
		providers.catalogue().keySet().forEach(s -> services.put(s.code(), s.name(locale)));
		for (Notification n : notifications) {
			days.computeIfAbsent(dates.localDay(n.createdAt()), d -> new ArrayList<>())
					.add(new Notice(n, details(n, services, user, locale), link(n, user)));
		}
		return days;
	}

	private List<String> details(Notification n, Map<String, String> services, CurrentUser user, Locale locale) {
		List<String> details = new ArrayList<>();
		if (n.serviceCode() != null && services.containsKey(n.serviceCode())) {
			details.add(services.get(n.serviceCode()));
		}
		if (n.organizationId() != null) {
			organizations.organization(n.organizationId()).map(o -> o.name(locale)).ifPresent(details::add);
		}
		if (n.caseNumber() != null) {
			details.add(n.caseNumber());
		}
		if (n.meetingId() != null) {
			quietly(() -> meetings.meeting(n.meetingId(), user).title(locale)).ifPresent(details::add);
		}
		if (n.recommendationId() != null) {
			quietly(() -> {
				var r = recommendations.recommendation(n.recommendationId(), user);
				String text = r.text(locale);
				return text == null ? r.code() : r.code() + ": " + shortened(text);
			}).ifPresent(details::add);
		}
		return details;
	}

	private static String link(Notification n, CurrentUser user) {
		boolean caseWork = user.hasAny(Role.CASE_MANAGER, Role.COORDINATOR);
		return switch (n.kind()) {
			case REFERRAL_RECEIVED -> "/community/tasks/" + n.referralId();
			case REFERRAL_ACCEPTED -> "/cases/" + n.caseId() + "/referrals";
			case REFERRAL_OVERDUE -> caseWork ? "/cases/" + n.caseId() + "/referrals" : "/community/tasks/" + n.referralId();
			case CONSENT_WITHDRAWN -> caseWork && n.caseId() != null ? "/cases/" + n.caseId() + "/referrals" : null;
			case CLOSURE_REQUESTED -> "/cases/" + n.caseId();
			case TRANSFER_REQUESTED -> "/cases";
			case COUNCIL_INVITATION, COUNCIL_INVITATION_REMINDER -> "/council/meetings/" + n.meetingId();
			default -> n.recommendationId() == null ? null : "/council/recommendations/" + n.recommendationId();
		};
	}

	/** A name looked up as the reader; none when the reader no longer reaches what it names. */
	private static <T> Optional<T> quietly(java.util.function.Supplier<T> name) {
		try {
			return Optional.ofNullable(name.get());
		}
		catch (RuntimeException noLongerReached) {
			return Optional.empty();
		}
	}

	private static String shortened(String text) {
		return text.length() <= 90 ? text : text.substring(0, 89).strip() + "…";
	}
}
