package org.homeward.council.web;

import static org.homeward.council.web.PageActions.COUNCIL;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.council.Addressee;
import org.homeward.council.FollowUpCommands;
import org.homeward.council.FollowUpCommands.AdoptRecommendation;
import org.homeward.council.ImplementationStatus;
import org.homeward.council.Meeting;
import org.homeward.council.Meetings;
import org.homeward.council.Recommendation;
import org.homeward.council.Recommendations;
import org.homeward.council.Theme;
import org.homeward.council.TrackerFilter;
import org.homeward.council.TrackerRow;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
import org.homeward.shared.UnknownReference;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recommendations: the tracker by state, theme, status and overdue; a meeting's adopted recommendations and the
 * secretariat's form to record one; a recommendation with each addressee's status, history and progress reports,
 * the addressee's form to report and the secretariat's to review.
 */
@Controller
@RequestMapping("/council")
class RecommendationPages {

	private final Recommendations recommendations;
	private final Meetings meetings;
	private final CouncilChoices choices;
	private final org.springframework.context.MessageSource messages;

	RecommendationPages(Recommendations recommendations, Meetings meetings, CouncilChoices choices,
			org.springframework.context.MessageSource messages) {
		this.recommendations = recommendations;
		this.meetings = meetings;
		this.choices = choices;
		this.messages = messages;
	}

	/** The tracker as filtered on the page, as CSV or XLSX, in the reader's language; the download is recorded. */
	@GetMapping("/recommendations.{format:csv|xlsx}")
	org.springframework.http.ResponseEntity<byte[]> trackerDownload(@PathVariable String format,
			@RequestParam(required = false) String country, @RequestParam(required = false) Theme theme,
			@RequestParam(required = false) ImplementationStatus status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) UUID meetingId,
			CurrentUser user, Locale locale) {
		String code = country != null && country.matches("[A-Z]{2}") ? country : null;
		List<TrackerRow> rows = recommendations.exportTracker(new TrackerFilter(code, theme, status, overdue, meetingId),
				user);
		List<String> header = List.of(message("council.tracker.meeting", locale), message("council.recommendation", locale),
				message("council.recommendation.addressee", locale), message("council.theme", locale),
				message("council.status", locale), message("council.recommendation.dueOn", locale),
				message("council.tracker.lastReport", locale));
		List<List<Object>> table = rows.stream().map(r -> List.<Object>of(
				r.meetingTitle().title(locale) + " (" + day(r.meetingStartsOn()) + ")",
				r.number() + ". " + r.text(locale),
				r.country() != null ? r.country().name(locale) : r.organization() != null ? r.organization().fullName(locale) : "",
				message("council.theme." + r.theme(), locale), message("council.status." + r.status(), locale)
						+ (r.overdue() ? " · " + message("council.overdue", locale) : ""),
				day(r.dueOn()),
				day(r.lastReportedOn()))).toList();
		return org.homeward.shared.web.TableDownload.of(
				new org.homeward.shared.web.TableDownload.Table("recommendations", header, table),
				org.homeward.shared.web.TableDownload.Format.of(format));
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String day(java.time.LocalDate date) {
		return date == null ? "" : org.homeward.shared.web.Dates.DAY_FIRST.format(date);
	}

	@GetMapping("/recommendations")
	String tracker(@RequestParam(required = false) String country, @RequestParam(required = false) Theme theme,
			@RequestParam(required = false) ImplementationStatus status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) UUID meetingId,
			CurrentUser user, Model model, Locale locale) {
		String code = country != null && country.matches("[A-Z]{2}") ? country : null;
		TrackerFilter filter = new TrackerFilter(code, theme, status, overdue, meetingId);
		List<TrackerRow> rows = recommendations.tracker(filter, user);
		model.addAttribute("filter", filter);
		model.addAttribute("rows", rows);
		Map<String, Long> counts = new java.util.HashMap<>();
		for (ImplementationStatus s : ImplementationStatus.values()) {
			counts.put(s.name(), rows.stream().filter(r -> r.status() == s).count());
		}
		model.addAttribute("counts", counts);
		model.addAttribute("overdueCount", rows.stream().filter(TrackerRow::overdue).count());
		model.addAttribute("meetingChoices", meetings.meetings(user));
		choices.addTo(model, locale);
		return "council/recommendations";
	}

	@GetMapping("/meetings/{id}/recommendations")
	String ofMeeting(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		Meeting meeting = meetings.meeting(id, user);
		model.addAttribute("meeting", meeting);
		model.addAttribute("standing", meetings.standing(id, user));
		model.addAttribute("recommendations", recommendations.ofMeeting(id, user));
		model.addAttribute("agenda", meetings.timetable(id, user).items());
		if (!model.containsAttribute("adoption")) {
			model.addAttribute("adoption", new AdoptRecommendation(id, null, "", null, null, null,
					meeting.endsOn().plusYears(1), null, null, null));
		}
		choices.addTo(model, locale);
		return "council/meeting-recommendations";
	}

	@PostMapping("/meetings/{id}/recommendations")
	String adopt(@PathVariable UUID id, @Valid @ModelAttribute("adoption") AdoptRecommendation command,
			BindingResult result, CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
		if (command.meetingId() != null && !command.meetingId().equals(id)) {
			// the meeting is the page's; a form that names another one is not this page's form
			throw new UnknownReference("meetingId", "council.meeting.unknown");
		}
		if (!result.hasErrors()) {
			try {
				Recommendation adopted = recommendations.adopt(new AdoptRecommendation(id, command.agendaItemId(),
						command.text(), command.textRu(), command.textUz(), command.theme(), command.dueOn(),
						command.countryCodes(), command.organizationIds(), command.note()), user);
				redirect.addFlashAttribute("notice", "council.recommendation.adopted");
				return "redirect:/council/recommendations/" + adopted.id();
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		return ofMeeting(id, user, model, locale);
	}

	@GetMapping("/recommendations/{id}")
	String view(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		Recommendation recommendation = recommendations.recommendation(id, user);
		model.addAttribute("recommendation", recommendation);
		model.addAttribute("secretariat", user.has(org.homeward.accounts.Role.COUNCIL_SECRETARIAT));
		model.addAttribute("meetingVisible", meetingVisible(recommendation.meetingId(), user));
		model.addAttribute("today", LocalDate.now());
		if (!model.containsAttribute("editForm")) {
			model.addAttribute("editForm", new FollowUpCommands.EditRecommendation(recommendation.version(),
					recommendation.text(), recommendation.textRu(), recommendation.textUz(), recommendation.theme(),
					recommendation.dueOn(), recommendation.note()));
		}
		choices.addTo(model, locale);
		return "council/recommendation";
	}

	/** A member may see a recommendation addressed to them from a meeting their organisation had no part in. */
	private boolean meetingVisible(UUID meetingId, CurrentUser user) {
		try {
			meetings.standing(meetingId, user);
			return true;
		}
		catch (org.homeward.shared.RecordNotFound e) {
			return false;
		}
	}

	@PostMapping("/recommendations/{id}")
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("editForm") FollowUpCommands.EditRecommendation command,
			BindingResult result, CurrentUser user, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				recommendations.edit(id, command, user);
				redirect.addFlashAttribute("notice", "council.recommendation.saved");
				return "redirect:/council/recommendations/" + id;
			}
			catch (StaleVersion stale) {
				result.reject("council.conflict");
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				int current = recommendations.recommendation(id, user).version();
				model.addAttribute("editForm", new FollowUpCommands.EditRecommendation(current, command.text(),
						command.textRu(), command.textUz(), command.theme(), command.dueOn(), command.note()));
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		model.addAttribute("editOpen", true);
		return view(id, user, model, locale);
	}

	@PostMapping("/addressees/{addresseeId}/status")
	String changeStatus(@PathVariable UUID addresseeId, @RequestParam UUID recommendationId,
			@Valid @ModelAttribute FollowUpCommands.ChangeStatus command, BindingResult result, CurrentUser user,
			RedirectAttributes redirect) {
		requireRecommendationOf(recommendationId, a -> a.id().equals(addresseeId), user);
		return COUNCIL.run("/council/recommendations/" + recommendationId + "#addressee-" + addresseeId, result,
				redirect, "council.status.changed", () -> recommendations.changeStatus(addresseeId, command, user));
	}

	/** A progress report with its evidence; the path ends in "attachments" for the larger upload limit. */
	@PostMapping("/addressees/{addresseeId}/reports/attachments")
	String report(@PathVariable UUID addresseeId, @RequestParam UUID recommendationId,
			@Valid @ModelAttribute FollowUpCommands.ReportProgress command, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user,
			RedirectAttributes redirect) throws IOException {
		requireRecommendationOf(recommendationId, a -> a.id().equals(addresseeId), user);
		byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		return COUNCIL.run("/council/recommendations/" + recommendationId + "#addressee-" + addresseeId, result,
				redirect, "council.report.submitted",
				() -> recommendations.report(addresseeId, command, name, content, user));
	}

	@PostMapping("/reports/{reportId}/review")
	String review(@PathVariable UUID reportId, @RequestParam UUID recommendationId,
			@Valid @ModelAttribute FollowUpCommands.ReviewReport command, BindingResult result, CurrentUser user,
			RedirectAttributes redirect) {
		requireRecommendationOf(recommendationId,
				a -> a.reports().stream().anyMatch(report -> report.id().equals(reportId)), user);
		String notice = Boolean.TRUE.equals(command.accept()) ? "council.report.accepted" : "council.report.returned";
		return COUNCIL.run("/council/recommendations/" + recommendationId + "#report-" + reportId, result,
				redirect, notice, () -> recommendations.review(reportId, command, user));
	}

	/**
	 * The recommendation a form names to come back to must be the one whose addressee (or report) it acts on, so that
	 * an action is never taken on one record while the person is sent to another.
	 */
	private void requireRecommendationOf(UUID recommendationId, Predicate<Addressee> acted, CurrentUser user) {
		Recommendation recommendation;
		try {
			recommendation = recommendations.recommendation(recommendationId, user);
		}
		catch (RecordNotFound unknown) {
			throw new UnknownReference("recommendationId", "council.recommendation.unknown");
		}
		if (recommendation.addressees().stream().noneMatch(acted)) {
			throw new UnknownReference("recommendationId", "council.recommendation.unknown");
		}
	}

	@GetMapping("/reports/{reportId}/evidence")
	ResponseEntity<byte[]> evidence(@PathVariable UUID reportId, CurrentUser user) {
		return Downloads.file(recommendations.evidence(reportId, user));
	}
}
