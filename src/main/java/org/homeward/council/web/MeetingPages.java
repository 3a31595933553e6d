package org.homeward.council.web;

import static org.homeward.council.web.PageActions.COUNCIL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.council.AgendaItem;
import org.homeward.council.AgendaKind;
import org.homeward.council.FollowUpCommands;
import org.homeward.council.Invitation;
import org.homeward.council.Invitations;
import org.homeward.council.Meeting;
import org.homeward.council.MeetingCommands;
import org.homeward.council.MeetingCommands.AgendaItemDetails;
import org.homeward.council.MeetingCommands.EditAgendaItem;
import org.homeward.council.MeetingCommands.EditMeeting;
import org.homeward.council.MeetingCommands.MeetingDetails;
import org.homeward.council.MeetingParty;
import org.homeward.council.MeetingRole;
import org.homeward.council.MeetingStatus;
import org.homeward.council.Meetings;
import org.homeward.council.Recommendations;
import org.homeward.council.Standing;
import org.homeward.council.Timetable;
import org.homeward.council.WorkingGroup;
import org.homeward.council.WorkingGroups;
import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meeting pages: the list (with the invitations of the member's organisation), a meeting's programme with its
 * organisations and timetable, and the secretariat's forms for the meeting and its agenda items.
 */
@Controller
@RequestMapping("/council")
class MeetingPages {

	/** Empty speaker rows an agenda item form offers beyond those it has, within the limit of 20 speakers. */
	static final int SPARE_SPEAKER_ROWS = 3;

	private final Meetings meetings;
	private final Invitations invitations;
	private final Recommendations recommendations;
	private final WorkingGroups workingGroups;
	private final MeetingCalendar calendar;
	private final CouncilChoices choices;
	private final MessageSource messages;

	MeetingPages(Meetings meetings, Invitations invitations, Recommendations recommendations,
			WorkingGroups workingGroups, MeetingCalendar calendar, CouncilChoices choices, MessageSource messages) {
		this.meetings = meetings;
		this.invitations = invitations;
		this.recommendations = recommendations;
		this.workingGroups = workingGroups;
		this.calendar = calendar;
		this.choices = choices;
		this.messages = messages;
	}

	/**
	 * The meeting and agenda item forms bind through their records' constructors only: a list of speaker rows
	 * ({@code item.speakers[2].name}) cannot be bound afterwards onto immutable records.
	 */
	@InitBinder("edit")
	void constructorBindingOnly(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/meetings")
	String list(CurrentUser user, Model model, Locale locale) {
		List<Meeting> all = meetings.meetings(user);
		LocalDate today = LocalDate.now();
		model.addAttribute("upcoming", all.stream().filter(m -> !m.endsOn().isBefore(today))
				.sorted(java.util.Comparator.comparing(Meeting::startsOn)).toList());
		model.addAttribute("past", all.stream().filter(m -> m.endsOn().isBefore(today)).toList());
		model.addAttribute("roles", meetings.rolesOfMyOrganization(user));
		List<Invitation> mine = invitations.ofMyOrganization(user);
		Map<UUID, Invitation> byMeeting = new HashMap<>();
		mine.forEach(i -> byMeeting.put(i.meetingId(), i));
		model.addAttribute("invitationByMeeting", byMeeting);
		model.addAttribute("pending", mine.stream().filter(i -> i.rsvp() == org.homeward.council.Rsvp.PENDING)
				.filter(i -> !i.meetingStartsOn().isBefore(today)).toList());
		choices.addTo(model, locale);
		return "council/meetings";
	}

	@GetMapping("/meetings/new")
	String newForm(CurrentUser user, Model model, Locale locale) {
		meetings.meetings(user);
		if (!user.has(org.homeward.accounts.Role.COUNCIL_SECRETARIAT)) {
			throw new org.springframework.security.access.AccessDeniedException("the secretariat schedules meetings");
		}
		model.addAttribute("edit", new EditMeeting(0, new MeetingDetails("", null, null, null, null, null, null, null,
				null, MeetingStatus.PLANNED, CouncilChoices.TIME_ZONES.get(0), null)));
		choices.addTo(model, locale);
		return "council/meeting-form";
	}

	@PostMapping("/meetings")
	String create(@Valid @ModelAttribute("edit") EditMeeting edit, BindingResult result, CurrentUser user,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Meeting meeting = meetings.schedule(edit.meeting(), user);
				redirect.addFlashAttribute("notice", "council.meeting.created");
				return "redirect:/council/meetings/" + meeting.id();
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		choices.addTo(model, locale);
		return "council/meeting-form";
	}

	@GetMapping("/meetings/{id}")
	String view(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		Meeting meeting = meetings.meeting(id, user);
		Standing standing = meetings.standing(id, user);
		model.addAttribute("meeting", meeting);
		model.addAttribute("standing", standing);
		Map<MeetingRole, List<MeetingParty>> byRole = new java.util.LinkedHashMap<>();
		meetings.parties(id, user).forEach(p -> byRole.computeIfAbsent(p.role(), r -> new ArrayList<>()).add(p));
		model.addAttribute("partiesByRole", byRole);
		Timetable timetable = meetings.timetable(id, user);
		model.addAttribute("timetable", timetable);
		Map<UUID, WorkingGroup> groups = new HashMap<>();
		workingGroups.all(user).forEach(g -> groups.put(g.id(), g));
		model.addAttribute("workingGroups", groups);
		model.addAttribute("followUp", recommendations.followUp(id, user).orElse(null));
		if (standing != Standing.SECRETARIAT) {
			model.addAttribute("myInvitation", invitations.ofMeeting(id, user).stream().findFirst().orElse(null));
		}
		choices.addTo(model, locale);
		return "council/meeting";
	}

	@GetMapping("/meetings/{id}/edit")
	String editForm(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		Meeting m = meetings.meeting(id, user);
		requireSecretariat(id, user);
		model.addAttribute("meeting", m);
		model.addAttribute("edit", new EditMeeting(m.version(), new MeetingDetails(m.title(), m.titleRu(),
				m.titleUz(), m.startsOn(), m.endsOn(), m.city(), m.venue(), m.hostCountry(), m.chair(), m.status(),
				m.timeZone(), m.note())));
		choices.addTo(model, locale);
		return "council/meeting-form";
	}

	@PostMapping("/meetings/{id}")
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("edit") EditMeeting edit, BindingResult result,
			CurrentUser user, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				meetings.edit(id, edit, user);
				redirect.addFlashAttribute("notice", "council.meeting.saved");
				return "redirect:/council/meetings/" + id;
			}
			catch (StaleVersion stale) {
				Meeting current = meetings.meeting(id, user);
				result.reject("council.conflict.meeting", new Object[] { current.updatedBy() }, null);
				model.addAttribute("stored", current);
				model.addAttribute("edit", new EditMeeting(current.version(), edit.meeting()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		model.addAttribute("meeting", meetings.meeting(id, user));
		choices.addTo(model, locale);
		return "council/meeting-form";
	}

	@PostMapping("/meetings/{id}/organizations")
	String assignRole(@PathVariable UUID id, @Valid @ModelAttribute MeetingCommands.AssignRole command,
			BindingResult result, CurrentUser user, RedirectAttributes redirect) {
		return COUNCIL.run("/council/meetings/" + id + "#organizations", result, redirect,
				"council.role.saved", () -> meetings.assignRole(id, command, user));
	}

	@PostMapping("/meetings/{id}/organizations/{organizationId}/remove")
	String removeRole(@PathVariable UUID id, @PathVariable UUID organizationId, CurrentUser user,
			RedirectAttributes redirect) {
		return COUNCIL.run("/council/meetings/" + id + "#organizations", null, redirect, "council.role.removed",
				() -> meetings.removeRole(id, organizationId, user));
	}

	// --- agenda items ---

	@GetMapping("/meetings/{id}/agenda/new")
	String newItem(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		Meeting meeting = meetings.meeting(id, user);
		requireSecretariat(id, user);
		int next = meetings.agenda(id, user).stream().filter(i -> i.day().equals(meeting.startsOn()))
				.mapToInt(AgendaItem::slot).max().orElse(0) + 1;
		model.addAttribute("edit", new EditAgendaItem(0, new AgendaItemDetails(AgendaKind.PLENARY, "", null, null,
				null, meeting.startsOn(), Math.min(next, 99), null, null, null, null, null, List.of())));
		return itemForm(meeting, null, user, model, locale);
	}

	@PostMapping("/meetings/{id}/agenda")
	String addItem(@PathVariable UUID id, @Valid @ModelAttribute("edit") EditAgendaItem edit, BindingResult result,
			CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				meetings.addAgendaItem(id, edit.item(), user);
				redirect.addFlashAttribute("notice", "council.agenda.added");
				return "redirect:/council/meetings/" + id + "#programme";
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		return itemForm(meetings.meeting(id, user), null, user, model, locale);
	}

	@GetMapping("/meetings/{id}/agenda/{itemId}/edit")
	String editItemForm(@PathVariable UUID id, @PathVariable UUID itemId, CurrentUser user, Model model,
			Locale locale) {
		requireSecretariat(id, user);
		AgendaItem item = meetings.agendaItem(id, itemId, user);
		model.addAttribute("edit", new EditAgendaItem(item.version(), new AgendaItemDetails(item.kind(), item.title(),
				item.titleRu(), item.titleUz(), item.description(), item.day(), item.slot(), item.startsAt(),
				item.endsAt(), item.room(), item.moderator(), item.workingGroupId(), item.speakers().stream()
						.map(s -> new MeetingCommands.SpeakerDetails(s.name(), s.title(), s.titleRu(), s.titleUz(),
								s.organization() == null ? null : s.organization().id(),
								s.country() == null ? null : s.country().code()))
						.toList())));
		return itemForm(meetings.meeting(id, user), item, user, model, locale);
	}

	@PostMapping("/meetings/{id}/agenda/{itemId}")
	String editItem(@PathVariable UUID id, @PathVariable UUID itemId,
			@Valid @ModelAttribute("edit") EditAgendaItem edit, BindingResult result, CurrentUser user, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				meetings.editAgendaItem(id, itemId, edit, user);
				redirect.addFlashAttribute("notice", "council.agenda.saved");
				return "redirect:/council/meetings/" + id + "#item-" + itemId;
			}
			catch (StaleVersion stale) {
				AgendaItem current = meetings.agendaItem(id, itemId, user);
				result.reject("council.conflict");
				model.addAttribute("edit", new EditAgendaItem(current.version(), edit.item()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		return itemForm(meetings.meeting(id, user), meetings.agendaItem(id, itemId, user), user, model, locale);
	}

	@PostMapping("/meetings/{id}/agenda/{itemId}/remove")
	String removeItem(@PathVariable UUID id, @PathVariable UUID itemId, CurrentUser user,
			RedirectAttributes redirect) {
		return COUNCIL.run("/council/meetings/" + id + "#programme", null, redirect, "council.agenda.removed",
				() -> meetings.removeAgendaItem(id, itemId, user));
	}

	private String itemForm(Meeting meeting, AgendaItem item, CurrentUser user, Model model, Locale locale) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("item", item);
		int speakers = model.getAttribute("edit") instanceof EditAgendaItem edit ? edit.item().speakers().size() : 0;
		model.addAttribute("speakerRows", Math.min(20, Math.max(6, speakers + SPARE_SPEAKER_ROWS)));
		model.addAttribute("days", meeting.startsOn().datesUntil(meeting.endsOn().plusDays(1)).toList());
		model.addAttribute("workingGroupChoices", workingGroups.all(user));
		choices.addTo(model, locale);
		return "council/agenda-item-form";
	}

	// --- follow-up and calendars ---

	@PostMapping("/meetings/{id}/follow-up")
	String generateFollowUp(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect) {
		// The item's title in the Council's three languages, so that every reader sees it in theirs.
		var title = new FollowUpCommands.GenerateFollowUp(
				messages.getMessage("council.followUp.defaultTitle", null, Locale.ENGLISH),
				messages.getMessage("council.followUp.defaultTitle", null, Locale.forLanguageTag("ru")),
				messages.getMessage("council.followUp.defaultTitle", null, Locale.forLanguageTag("uz")));
		return COUNCIL.run("/council/meetings/" + id + "#follow-up", null, redirect, "council.followUp.generated",
				() -> recommendations.generateFollowUp(id, title, user));
	}

	@GetMapping("/meetings/{id}/calendar.ics")
	ResponseEntity<String> meetingCalendar(@PathVariable UUID id, CurrentUser user, Locale locale) {
		return calendar.ofMeeting(id, user, locale);
	}

	@GetMapping("/calendar.ics")
	ResponseEntity<String> feed(CurrentUser user, Locale locale) {
		return calendar.feed(user, locale);
	}

	private void requireSecretariat(UUID meetingId, CurrentUser user) {
		if (meetings.standing(meetingId, user) != Standing.SECRETARIAT) {
			throw new org.springframework.security.access.AccessDeniedException("the secretariat edits meetings");
		}
	}
}
