package org.homeward.council.web;

import static org.homeward.council.web.PageActions.COUNCIL;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.council.AgendaItem;
import org.homeward.council.MeetingCommands;
import org.homeward.council.MeetingCommands.RecordMinutes;
import org.homeward.council.MeetingRecords;
import org.homeward.council.Meetings;
import org.homeward.council.OutcomeDocument;
import org.homeward.council.Standing;
import org.homeward.council.Visibility;
import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
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

/** A meeting's record: minutes per agenda item with their revisions, the outcome document, materials, PDFs. */
@Controller
@RequestMapping("/council/meetings/{id}")
class MeetingRecordPages {

	private final Meetings meetings;
	private final MeetingRecords records;
	private final CouncilPdf pdf;
	private final CouncilChoices choices;

	MeetingRecordPages(Meetings meetings, MeetingRecords records, CouncilPdf pdf, CouncilChoices choices) {
		this.meetings = meetings;
		this.records = records;
		this.pdf = pdf;
		this.choices = choices;
	}

	@GetMapping("/minutes")
	String minutes(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		model.addAttribute("meeting", meetings.meeting(id, user));
		model.addAttribute("standing", meetings.standing(id, user));
		model.addAttribute("agenda", meetings.timetable(id, user).items());
		model.addAttribute("minutes", records.minutes(id, user));
		OutcomeDocument outcome = records.outcome(id, user).orElse(null);
		model.addAttribute("outcome", outcome);
		if (!model.containsAttribute("outcomeForm")) {
			model.addAttribute("outcomeForm", outcome == null
					? new MeetingCommands.RecordOutcome(0, "", "", null)
					: new MeetingCommands.RecordOutcome(outcome.version(), outcome.title(), outcome.text(),
							outcome.adoptedOn()));
		}
		if (!model.containsAttribute("drafts")) {
			model.addAttribute("drafts", Map.of());
		}
		choices.addTo(model, locale);
		return "council/minutes";
	}

	/**
	 * Saves a new revision of an item's minutes. If someone saved another revision meanwhile, nothing is saved and
	 * the page shows the saved text beside the secretary's own, kept in the form.
	 */
	@PostMapping("/agenda/{itemId}/minutes")
	String recordMinutes(@PathVariable UUID id, @PathVariable UUID itemId, @Valid @ModelAttribute RecordMinutes command,
			BindingResult result, CurrentUser user, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("alert", "council.minutes.invalid");
			return "redirect:/council/meetings/" + id + "/minutes#minutes-" + itemId;
		}
		try {
			records.recordMinutes(id, itemId, command, user);
			redirect.addFlashAttribute("notice", "council.minutes.saved");
			return "redirect:/council/meetings/" + id + "/minutes#minutes-" + itemId;
		}
		catch (StaleVersion stale) {
			Map<UUID, String> drafts = new HashMap<>();
			drafts.put(itemId, command.text());
			model.addAttribute("drafts", drafts);
			model.addAttribute("conflictItem", itemId);
			model.addAttribute("alert", "council.minutes.conflict");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return minutes(id, user, model, locale);
		}
	}

	@GetMapping("/agenda/{itemId}/minutes/revisions")
	String revisions(@PathVariable UUID id, @PathVariable UUID itemId, CurrentUser user, Model model) {
		AgendaItem item = meetings.agendaItem(id, itemId, user);
		model.addAttribute("meeting", meetings.meeting(id, user));
		model.addAttribute("item", item);
		model.addAttribute("revisions", records.revisions(id, itemId, user));
		return "council/revisions";
	}

	@PostMapping("/outcome")
	String recordOutcome(@PathVariable UUID id, @Valid @ModelAttribute("outcomeForm") MeetingCommands.RecordOutcome command,
			BindingResult result, CurrentUser user, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				records.recordOutcome(id, command, user);
				redirect.addFlashAttribute("notice", "council.outcome.saved");
				return "redirect:/council/meetings/" + id + "/minutes#outcome";
			}
			catch (StaleVersion stale) {
				result.reject("council.conflict");
				int current = records.outcome(id, user).map(OutcomeDocument::version).orElse(0);
				model.addAttribute("outcomeForm", new MeetingCommands.RecordOutcome(current, command.title(),
						command.text(), command.adoptedOn()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		return minutes(id, user, model, locale);
	}

	@GetMapping("/minutes.pdf")
	ResponseEntity<byte[]> minutesPdf(@PathVariable UUID id, CurrentUser user, Locale locale) {
		return Downloads.pdf("minutes.pdf", pdf.minutes(id, user, locale));
	}

	@GetMapping("/outcome.pdf")
	ResponseEntity<byte[]> outcomePdf(@PathVariable UUID id, CurrentUser user, Locale locale) {
		return Downloads.pdf("outcome.pdf", pdf.outcome(id, user, locale));
	}

	// --- materials ---

	@GetMapping("/materials")
	String materials(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		model.addAttribute("meeting", meetings.meeting(id, user));
		Standing standing = meetings.standing(id, user);
		model.addAttribute("standing", standing);
		model.addAttribute("materials", records.materials(id, user));
		var agenda = meetings.timetable(id, user).items();
		model.addAttribute("agenda", agenda);
		Map<UUID, String> itemTitles = new HashMap<>();
		agenda.forEach(item -> itemTitles.put(item.id(), item.title(locale)));
		model.addAttribute("itemTitles", itemTitles);
		if (!model.containsAttribute("material")) {
			model.addAttribute("material", new MeetingCommands.AddMaterial("", Visibility.PARTICIPANTS, null, null));
		}
		choices.addTo(model, locale);
		return "council/materials";
	}

	/** Adds a material: a link, a file, or both; the path ends in "attachments" for the larger upload limit. */
	@PostMapping("/materials/attachments")
	String addMaterial(@PathVariable UUID id, @Valid @ModelAttribute("material") MeetingCommands.AddMaterial material,
			BindingResult result, @RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user,
			Model model, Locale locale, RedirectAttributes redirect) throws IOException {
		if (!result.hasErrors()) {
			try {
				byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
				records.addMaterial(id, material, file == null ? null : file.getOriginalFilename(), content, user);
				redirect.addFlashAttribute("notice", "council.material.added");
				return "redirect:/council/meetings/" + id + "/materials";
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		return materials(id, user, model, locale);
	}

	@GetMapping("/materials/{materialId}/file")
	ResponseEntity<byte[]> materialFile(@PathVariable UUID id, @PathVariable UUID materialId, CurrentUser user) {
		return Downloads.file(records.materialFile(id, materialId, user));
	}

	@PostMapping("/materials/{materialId}/remove")
	String removeMaterial(@PathVariable UUID id, @PathVariable UUID materialId, CurrentUser user,
			RedirectAttributes redirect) {
		return COUNCIL.run("/council/meetings/" + id + "/materials", null, redirect, "council.material.removed",
				() -> records.removeMaterial(id, materialId, user));
	}
}
