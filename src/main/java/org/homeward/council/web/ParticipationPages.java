package org.homeward.council.web;

import static org.homeward.council.web.PageActions.COUNCIL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.council.Attendance;
import org.homeward.council.Delegations;
import org.homeward.council.Invitation;
import org.homeward.council.Invitations;
import org.homeward.council.Meeting;
import org.homeward.council.Meetings;
import org.homeward.council.Participant;
import org.homeward.council.ParticipantFunction;
import org.homeward.council.ParticipationCommands;
import org.homeward.council.ParticipationCommands.EditParticipant;
import org.homeward.council.ParticipationCommands.ParticipantDetails;
import org.homeward.council.ParticipationCommands.RecordAttendance;
import org.homeward.council.ParticipationCommands.Register;
import org.homeward.council.Standing;
import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
import org.homeward.shared.UnknownReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who takes part in a meeting: invitations with their answers and reminders, the registration of an invited
 * organisation's experts, the delegations (with contacts for the secretariat only) and attendance.
 */
@Controller
@RequestMapping("/council")
class ParticipationPages {

	private final Meetings meetings;
	private final Invitations invitations;
	private final Delegations delegations;
	private final CouncilChoices choices;

	private final org.springframework.context.MessageSource messages;

	ParticipationPages(Meetings meetings, Invitations invitations, Delegations delegations, CouncilChoices choices,
			org.springframework.context.MessageSource messages) {
		this.meetings = meetings;
		this.invitations = invitations;
		this.delegations = delegations;
		this.choices = choices;
		this.messages = messages;
	}

	/**
	 * The participants as the page lists them to the reader, as CSV or XLSX: the secretariat's with contacts, consent
	 * and attendance (the contacts audited as an export); a member's the published names only.
	 */
	@GetMapping("/meetings/{id}/participants.{format:csv|xlsx}")
	org.springframework.http.ResponseEntity<byte[]> participantsDownload(@PathVariable UUID id,
			@PathVariable String format, CurrentUser user, Locale locale) {
		meetings.meeting(id, user);
		boolean secretariat = meetings.standing(id, user) == Standing.SECRETARIAT;
		List<String> header = new java.util.ArrayList<>(List.of(message("council.delegation", locale),
				message("council.participant.name", locale), message("council.participant.position", locale),
				message("council.participant.function", locale)));
		if (secretariat) {
			header.addAll(List.of(message("council.participant.email", locale),
					message("council.participant.phone", locale), message("council.participant.consentShort", locale),
					message("council.attendance", locale)));
		}
		List<List<Object>> rows = new java.util.ArrayList<>();
		for (var d : delegations.exportOfMeeting(id, user)) {
			String delegation = d.country() != null ? d.country().name(locale) : d.organization().fullName(locale);
			for (var p : d.participants()) {
				List<Object> row = new java.util.ArrayList<>(List.of(delegation,
						p.name() != null ? p.name() : message("council.participant.notNamed", locale),
						p.position() != null ? p.position() : "", message("council.function." + p.function(), locale)));
				if (secretariat) {
					row.add(p.contact() != null && p.contact().email() != null ? p.contact().email() : "");
					row.add(p.contact() != null && p.contact().phone() != null ? p.contact().phone() : "");
					row.add(message(p.consentToPublish() ? "yes" : "no", locale));
					row.add(p.attendance() != null ? message("council.attendance." + p.attendance(), locale) : "");
				}
				rows.add(row);
			}
		}
		return org.homeward.shared.web.TableDownload.of(
				new org.homeward.shared.web.TableDownload.Table("participants", header, rows),
				org.homeward.shared.web.TableDownload.Format.of(format));
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	@GetMapping("/meetings/{id}/participants")
	String participants(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		Meeting meeting = meetings.meeting(id, user);
		Standing standing = meetings.standing(id, user);
		model.addAttribute("meeting", meeting);
		model.addAttribute("standing", standing);
		model.addAttribute("invitations", invitations.ofMeeting(id, user));
		model.addAttribute("delegations", delegations.ofMeeting(id, user));
		if (standing != Standing.SECRETARIAT) {
			model.addAttribute("registrations", delegations.ofMyOrganization(id, user));
			if (!model.containsAttribute("registration")) {
				model.addAttribute("registration", new Register(new ParticipantDetails(null, null,
						ParticipantFunction.EXPERT, null, null, false), true));
			}
		}
		else if (!model.containsAttribute("addition")) {
			model.addAttribute("addition", new ParticipationCommands.AddParticipant(null, null,
					new ParticipantDetails(null, null, ParticipantFunction.EXPERT, null, null, false)));
		}
		choices.addTo(model, locale);
		return "council/participants";
	}

	@PostMapping("/meetings/{id}/invitations")
	String invite(@PathVariable UUID id, @Valid @ModelAttribute ParticipationCommands.Invite command,
			BindingResult result, CurrentUser user, RedirectAttributes redirect) {
		return COUNCIL.run("/council/meetings/" + id + "/participants#invitations", result, redirect,
				"council.invitation.sent", () -> invitations.invite(id, command, user));
	}

	@PostMapping("/invitations/{invitationId}/response")
	String respond(@PathVariable UUID invitationId, @Valid @ModelAttribute ParticipationCommands.Respond command,
			BindingResult result, CurrentUser user, RedirectAttributes redirect) {
		Invitation invitation = invitations.invitation(invitationId, user);
		String notice = command.rsvp() == org.homeward.council.Rsvp.ACCEPTED ? "council.invitation.accepted"
				: "council.invitation.declined";
		return COUNCIL.run("/council/meetings/" + invitation.meetingId() + "/participants", result, redirect,
				notice, () -> invitations.respond(invitationId, command, user));
	}

	@PostMapping("/invitations/{invitationId}/reminders")
	String remind(@PathVariable UUID invitationId, CurrentUser user, RedirectAttributes redirect) {
		Invitation invitation = invitations.invitation(invitationId, user);
		return COUNCIL.run("/council/meetings/" + invitation.meetingId() + "/participants#invitations", null,
				redirect, "council.invitation.reminded", () -> invitations.remind(invitationId, user));
	}

	@PostMapping("/meetings/{id}/registrations")
	String register(@PathVariable UUID id, @Valid @ModelAttribute("registration") Register command,
			BindingResult result, CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				delegations.register(id, command, user);
				redirect.addFlashAttribute("notice", "council.registration.done");
				return "redirect:/council/meetings/" + id + "/participants#registrations";
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		return participants(id, user, model, locale);
	}

	/**
	 * The secretariat adds a person; the delegation is chosen as {@code country:UZ} or {@code org:<id>}, or, without
	 * that choice, given as on the API ({@code countryCode} or {@code organizationId}).
	 */
	@PostMapping("/meetings/{id}/participants")
	String add(@PathVariable UUID id, @RequestParam(defaultValue = "") String delegation,
			@Valid @ModelAttribute("addition") ParticipationCommands.AddParticipant command, BindingResult result,
			CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
		ParticipationCommands.AddParticipant target = withDelegation(command, delegation);
		if (target == null) {
			result.reject("council.delegation.stateOrOrganization");
		}
		if (!result.hasErrors()) {
			try {
				delegations.add(id, target, user);
				redirect.addFlashAttribute("notice", "council.participant.added");
				return "redirect:/council/meetings/" + id + "/participants#delegations";
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		model.addAttribute("chosenDelegation", delegation);
		return participants(id, user, model, locale);
	}

	private static ParticipationCommands.AddParticipant withDelegation(ParticipationCommands.AddParticipant command,
			String delegation) {
		if (delegation.isBlank()) {
			return command;
		}
		try {
			if (delegation.startsWith("country:") && delegation.length() == 10) {
				return new ParticipationCommands.AddParticipant(delegation.substring(8), null, command.participant());
			}
			if (delegation.startsWith("org:")) {
				return new ParticipationCommands.AddParticipant(null, UUID.fromString(delegation.substring(4)),
						command.participant());
			}
		}
		catch (IllegalArgumentException e) {
			return null;
		}
		return null;
	}

	/** Attendance of the whole list at once: {@code attendance.<id>} and {@code version.<id>} for each person. */
	@PostMapping("/meetings/{id}/attendance")
	String attendance(@PathVariable UUID id, @RequestParam Map<String, String> form, CurrentUser user,
			RedirectAttributes redirect) {
		Map<UUID, RecordAttendance> changes = new LinkedHashMap<>();
		try {
			for (var entry : form.entrySet()) {
				if (!entry.getKey().startsWith("attendance.") || changes.size() >= 500) {
					continue;
				}
				UUID participant = UUID.fromString(entry.getKey().substring("attendance.".length()));
				String previous = form.getOrDefault("was." + participant, "");
				if (previous.equals(entry.getValue())) {
					continue;
				}
				Attendance value = entry.getValue().isBlank() ? null : Attendance.valueOf(entry.getValue());
				int version = Integer.parseInt(form.getOrDefault("version." + participant, "-1"));
				changes.put(participant, new RecordAttendance(version, value));
			}
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("alert", "council.form.invalid");
			return "redirect:/council/meetings/" + id + "/participants#attendance";
		}
		return COUNCIL.run("/council/meetings/" + id + "/participants#attendance", null, redirect,
				"council.attendance.saved", () -> delegations.recordAttendance(id, changes, user));
	}

	@PostMapping("/participants/{participantId}/consent")
	String consent(@PathVariable UUID participantId, @RequestParam UUID meetingId, @RequestParam int version,
			@RequestParam boolean consent, CurrentUser user, RedirectAttributes redirect) {
		requireMeetingOf(participantId, meetingId, user);
		return COUNCIL.run("/council/meetings/" + meetingId + "/participants#registrations", null, redirect,
				"council.participant.saved", () -> delegations.setConsent(participantId, version, consent, user));
	}

	@PostMapping("/participants/{participantId}/withdraw")
	String withdraw(@PathVariable UUID participantId, @RequestParam UUID meetingId, CurrentUser user,
			RedirectAttributes redirect) {
		requireMeetingOf(participantId, meetingId, user);
		return COUNCIL.run("/council/meetings/" + meetingId + "/participants", null, redirect,
				"council.participant.withdrawn", () -> delegations.withdraw(participantId, user));
	}

	/** The meeting a form names to come back to must be the participant's, so that nobody is sent elsewhere. */
	private void requireMeetingOf(UUID participantId, UUID meetingId, CurrentUser user) {
		if (!delegations.meetingOf(participantId, user).map(meetingId::equals).orElse(true)) {
			throw new UnknownReference("meetingId", "council.meeting.unknown");
		}
	}

	@GetMapping("/meetings/{id}/participants/{participantId}/edit")
	String editForm(@PathVariable UUID id, @PathVariable UUID participantId, CurrentUser user, Model model) {
		Participant p = delegations.participant(participantId, user);
		model.addAttribute("meeting", meetings.meeting(id, user));
		model.addAttribute("participant", p);
		model.addAttribute("edit", new EditParticipant(p.version(), new ParticipantDetails(p.name(), p.position(),
				p.function(), p.contact().email(), p.contact().phone(), p.consentToPublish())));
		model.addAttribute("participantFunctions", ParticipantFunction.values());
		return "council/participant-form";
	}

	@PostMapping("/meetings/{id}/participants/{participantId}")
	String edit(@PathVariable UUID id, @PathVariable UUID participantId,
			@Valid @ModelAttribute("edit") EditParticipant edit, BindingResult result, CurrentUser user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				delegations.edit(participantId, edit, user);
				redirect.addFlashAttribute("notice", "council.participant.saved");
				return "redirect:/council/meetings/" + id + "/participants#delegations";
			}
			catch (StaleVersion stale) {
				result.reject("council.conflict");
				model.addAttribute("edit", new EditParticipant(delegations.participant(participantId, user).version(),
						edit.participant()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		model.addAttribute("meeting", meetings.meeting(id, user));
		model.addAttribute("participant", delegations.participant(participantId, user));
		model.addAttribute("participantFunctions", ParticipantFunction.values());
		return "council/participant-form";
	}
}
