package org.homeward.council.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.council.Delegation;
import org.homeward.council.Delegations;
import org.homeward.council.Invitation;
import org.homeward.council.Invitations;
import org.homeward.council.Participant;
import org.homeward.council.ParticipationCommands;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invitations, delegations and participants over HTTP. Contact details come only to the secretariat, audited;
 * others get the participant list of those who consented.
 */
@RestController
@RequestMapping("/api/v1/council")
@Tag(name = "Council participation", description = "Invitations with RSVP and reminders, registration, delegations, attendance")
class CouncilParticipationApi {

	private final Invitations invitations;
	private final Delegations delegations;

	CouncilParticipationApi(Invitations invitations, Delegations delegations) {
		this.invitations = invitations;
		this.delegations = delegations;
	}

	@GetMapping("/invitations")
	@Operation(summary = "The invitations of your own organisation")
	List<Invitation> mine(CurrentUser user) {
		return invitations.ofMyOrganization(user);
	}

	@GetMapping("/meetings/{id}/invitations")
	@Operation(summary = "A meeting's invitations: all for the secretariat, your organisation's for a member")
	List<Invitation> ofMeeting(@PathVariable UUID id, CurrentUser user) {
		return invitations.ofMeeting(id, user);
	}

	@PostMapping("/meetings/{id}/invitations")
	@Operation(summary = "Invite an organisation (secretariat)")
	ResponseEntity<Invitation> invite(@PathVariable UUID id, @Valid @RequestBody ParticipationCommands.Invite command,
			CurrentUser user) {
		Invitation invitation = invitations.invite(id, command, user);
		return ResponseEntity.created(URI.create("/api/v1/council/invitations/" + invitation.id())).body(invitation);
	}

	@GetMapping("/invitations/{id}")
	@Operation(summary = "One invitation of your organisation (any, for the secretariat)")
	Invitation invitation(@PathVariable UUID id, CurrentUser user) {
		return invitations.invitation(id, user);
	}

	@PostMapping("/invitations/{id}/response")
	@Operation(summary = "Accept or decline (a member of the invited organisation); send the version you read")
	Invitation respond(@PathVariable UUID id, @Valid @RequestBody ParticipationCommands.Respond command,
			CurrentUser user) {
		return invitations.respond(id, command, user);
	}

	@PostMapping("/invitations/{id}/reminders")
	@Operation(summary = "Remind an organisation that has not answered (secretariat)")
	Invitation remind(@PathVariable UUID id, CurrentUser user) {
		return invitations.remind(id, user);
	}

	@GetMapping("/meetings/{id}/delegations")
	@Operation(summary = "Delegations: every participant with contacts for the secretariat (audited), the published list for others")
	List<Delegation> delegations(@PathVariable UUID id, CurrentUser user) {
		return delegations.ofMeeting(id, user);
	}

	@GetMapping("/meetings/{id}/registrations")
	@Operation(summary = "The people your own organisation registered for the meeting")
	List<Participant> registrations(@PathVariable UUID id, CurrentUser user) {
		return delegations.ofMyOrganization(id, user);
	}

	@PostMapping("/meetings/{id}/registrations")
	@Operation(summary = "Register someone of your organisation, or yourself, for a meeting it takes part in")
	ResponseEntity<Map<String, UUID>> register(@PathVariable UUID id,
			@Valid @RequestBody ParticipationCommands.Register command, CurrentUser user) {
		return ResponseEntity.status(201).body(Map.of("id", delegations.register(id, command, user)));
	}

	@PostMapping("/meetings/{id}/participants")
	@Operation(summary = "Add a person to a state's or an organisation's delegation (secretariat)")
	ResponseEntity<Map<String, UUID>> add(@PathVariable UUID id,
			@Valid @RequestBody ParticipationCommands.AddParticipant command, CurrentUser user) {
		return ResponseEntity.status(201).body(Map.of("id", delegations.add(id, command, user)));
	}

	@PutMapping("/participants/{participantId}")
	@Operation(summary = "Change a person's details or consent (secretariat, or their own organisation before the meeting)")
	ResponseEntity<Void> edit(@PathVariable UUID participantId,
			@Valid @RequestBody ParticipationCommands.EditParticipant command, CurrentUser user) {
		delegations.edit(participantId, command, user);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/participants/{participantId}")
	@Operation(summary = "Withdraw a registration (secretariat, or their own organisation before the meeting)")
	ResponseEntity<Void> withdraw(@PathVariable UUID participantId, CurrentUser user) {
		delegations.withdraw(participantId, user);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/participants/{participantId}/attendance")
	@Operation(summary = "Record attendance: present, absent, excused (secretariat)")
	ResponseEntity<Void> attendance(@PathVariable UUID participantId,
			@Valid @RequestBody ParticipationCommands.RecordAttendance command, CurrentUser user) {
		delegations.recordAttendance(participantId, command, user);
		return ResponseEntity.noContent().build();
	}
}
