package org.homeward.council.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.council.AgendaItem;
import org.homeward.council.Material;
import org.homeward.council.Meeting;
import org.homeward.council.MeetingCommands;
import org.homeward.council.MeetingParty;
import org.homeward.council.MeetingRecords;
import org.homeward.council.Meetings;
import org.homeward.council.MinutesRevision;
import org.homeward.council.OutcomeDocument;
import org.homeward.council.Standing;
import org.homeward.council.Timetable;
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
 * The Council's meetings over HTTP: members read the meetings of their own organisation, the secretariat creates
 * and updates. Edits carry the version read; a stale one gets 409.
 */
@RestController
@RequestMapping("/api/v1/council/meetings")
@Tag(name = "Council meetings", description = "Meetings, organisations' roles, agenda, materials, minutes, outcome")
class CouncilMeetingApi {

	private final Meetings meetings;
	private final MeetingRecords records;
	private final MeetingCalendar calendar;
	private final CouncilPdf pdf;

	CouncilMeetingApi(Meetings meetings, MeetingRecords records, MeetingCalendar calendar, CouncilPdf pdf) {
		this.meetings = meetings;
		this.records = records;
		this.calendar = calendar;
		this.pdf = pdf;
	}

	/** A meeting with what every reader of it sees at once. */
	record MeetingDetail(Meeting meeting, Standing standing, List<MeetingParty> organizations,
			Timetable timetable) {
	}

	@GetMapping
	@Operation(summary = "The meetings you see: all for the secretariat, your organisation's for a member")
	List<Meeting> meetings(CurrentUser user) {
		return meetings.meetings(user);
	}

	@PostMapping
	@Operation(summary = "Schedule a meeting (secretariat)")
	ResponseEntity<Meeting> schedule(@Valid @RequestBody MeetingCommands.MeetingDetails details, CurrentUser user) {
		Meeting meeting = meetings.schedule(details, user);
		return ResponseEntity.created(URI.create("/api/v1/council/meetings/" + meeting.id())).body(meeting);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A meeting with its organisations and its timetable")
	MeetingDetail meeting(@PathVariable UUID id, CurrentUser user) {
		return new MeetingDetail(meetings.meeting(id, user), meetings.standing(id, user), meetings.parties(id, user),
				meetings.timetable(id, user));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a meeting (secretariat); send the version you read")
	Meeting edit(@PathVariable UUID id, @Valid @RequestBody MeetingCommands.EditMeeting edit, CurrentUser user) {
		return meetings.edit(id, edit, user);
	}

	@PutMapping("/{id}/organizations")
	@Operation(summary = "Give an organisation a role in the meeting: organiser, participant, invited (secretariat)")
	List<MeetingParty> assignRole(@PathVariable UUID id, @Valid @RequestBody MeetingCommands.AssignRole command,
			CurrentUser user) {
		meetings.assignRole(id, command, user);
		return meetings.parties(id, user);
	}

	@DeleteMapping("/{id}/organizations/{organizationId}")
	@Operation(summary = "Remove an organisation's role in the meeting (secretariat)")
	ResponseEntity<Void> removeRole(@PathVariable UUID id, @PathVariable UUID organizationId, CurrentUser user) {
		meetings.removeRole(id, organizationId, user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/agenda")
	@Operation(summary = "The agenda in order of the day")
	List<AgendaItem> agenda(@PathVariable UUID id, CurrentUser user) {
		return meetings.agenda(id, user);
	}

	@PostMapping("/{id}/agenda")
	@Operation(summary = "Add an agenda item (secretariat); items of the same day and slot run in parallel")
	ResponseEntity<AgendaItem> addItem(@PathVariable UUID id,
			@Valid @RequestBody MeetingCommands.AgendaItemDetails item, CurrentUser user) {
		AgendaItem added = meetings.addAgendaItem(id, item, user);
		return ResponseEntity.created(URI.create("/api/v1/council/meetings/" + id + "/agenda/" + added.id()))
				.body(added);
	}

	@GetMapping("/{id}/agenda/{itemId}")
	@Operation(summary = "One agenda item")
	AgendaItem item(@PathVariable UUID id, @PathVariable UUID itemId, CurrentUser user) {
		return meetings.agendaItem(id, itemId, user);
	}

	@PutMapping("/{id}/agenda/{itemId}")
	@Operation(summary = "Change an agenda item (secretariat); send the version you read")
	AgendaItem editItem(@PathVariable UUID id, @PathVariable UUID itemId,
			@Valid @RequestBody MeetingCommands.EditAgendaItem edit, CurrentUser user) {
		return meetings.editAgendaItem(id, itemId, edit, user);
	}

	@DeleteMapping("/{id}/agenda/{itemId}")
	@Operation(summary = "Remove an agenda item nothing refers to yet (secretariat)")
	ResponseEntity<Void> removeItem(@PathVariable UUID id, @PathVariable UUID itemId, CurrentUser user) {
		meetings.removeAgendaItem(id, itemId, user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/materials")
	@Operation(summary = "The materials you may see, by their visibility")
	List<Material> materials(@PathVariable UUID id, CurrentUser user) {
		return records.materials(id, user);
	}

	@PostMapping("/{id}/materials")
	@Operation(summary = "Add a material given as a link (secretariat); files are uploaded on the pages")
	ResponseEntity<Material> addMaterial(@PathVariable UUID id, @Valid @RequestBody MeetingCommands.AddMaterial material,
			CurrentUser user) {
		return ResponseEntity.status(201).body(records.addMaterial(id, material, null, null, user));
	}

	@GetMapping("/{id}/materials/{materialId}/file")
	@Operation(summary = "Download a material's file; audited")
	ResponseEntity<byte[]> materialFile(@PathVariable UUID id, @PathVariable UUID materialId, CurrentUser user) {
		return Downloads.file(records.materialFile(id, materialId, user));
	}

	@GetMapping("/{id}/minutes")
	@Operation(summary = "The current minutes of each agenda item, by item id")
	Map<UUID, MinutesRevision> minutes(@PathVariable UUID id, CurrentUser user) {
		return records.minutes(id, user);
	}

	@PutMapping("/{id}/agenda/{itemId}/minutes")
	@Operation(summary = "Save a new revision of an item's minutes (secretariat); send the revision you read")
	MinutesRevision recordMinutes(@PathVariable UUID id, @PathVariable UUID itemId,
			@Valid @RequestBody MeetingCommands.RecordMinutes command, CurrentUser user) {
		return records.recordMinutes(id, itemId, command, user);
	}

	@GetMapping("/{id}/agenda/{itemId}/minutes/revisions")
	@Operation(summary = "Every revision of an item's minutes, newest first (secretariat)")
	List<MinutesRevision> revisions(@PathVariable UUID id, @PathVariable UUID itemId, CurrentUser user) {
		return records.revisions(id, itemId, user);
	}

	@GetMapping("/{id}/outcome")
	@Operation(summary = "The outcome document, if there is one yet")
	ResponseEntity<OutcomeDocument> outcome(@PathVariable UUID id, CurrentUser user) {
		Optional<OutcomeDocument> outcome = records.outcome(id, user);
		return outcome.map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PutMapping("/{id}/outcome")
	@Operation(summary = "Write the outcome document (secretariat); version 0 creates it")
	OutcomeDocument recordOutcome(@PathVariable UUID id, @Valid @RequestBody MeetingCommands.RecordOutcome command,
			CurrentUser user) {
		return records.recordOutcome(id, command, user);
	}

	@GetMapping(path = "/{id}/minutes.pdf")
	@Operation(summary = "The minutes as PDF; audited as an export")
	ResponseEntity<byte[]> minutesPdf(@PathVariable UUID id, CurrentUser user, Locale locale) {
		return Downloads.pdf("minutes.pdf", pdf.minutes(id, user, locale));
	}

	@GetMapping(path = "/{id}/outcome.pdf")
	@Operation(summary = "The outcome document as PDF; audited as an export")
	ResponseEntity<byte[]> outcomePdf(@PathVariable UUID id, CurrentUser user, Locale locale) {
		return Downloads.pdf("outcome.pdf", pdf.outcome(id, user, locale));
	}

	@GetMapping(path = "/{id}/calendar.ics")
	@Operation(summary = "The meeting and its timed agenda items as iCalendar (RFC 5545)")
	ResponseEntity<String> calendar(@PathVariable UUID id, CurrentUser user, Locale locale) {
		return calendar.ofMeeting(id, user, locale);
	}

	@GetMapping(path = "/calendar.ics")
	@Operation(summary = "Your personal feed: the meetings your organisation is invited to or takes part in")
	ResponseEntity<String> feed(CurrentUser user, Locale locale) {
		return calendar.feed(user, locale);
	}
}
