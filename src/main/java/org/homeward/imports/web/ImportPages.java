package org.homeward.imports.web;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

import org.homeward.accounts.CurrentUser;
import org.homeward.imports.FileEncoding;
import org.homeward.imports.ImportField;
import org.homeward.imports.ImportMode;
import org.homeward.imports.Imports;
import org.homeward.shared.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import pages: upload, map the columns, preview, run with a progress bar, and the report. */
@Controller
@RequestMapping("/imports")
@Validated
class ImportPages {

	private final Imports imports;

	ImportPages(Imports imports) {
		this.imports = imports;
	}

	@GetMapping
	String start(CurrentUser user, Model model) {
		model.addAttribute("recent", imports.recent(user));
		model.addAttribute("encodings", FileEncoding.values());
		model.addAttribute("maxRows", imports.maxRows());
		return "imports/start";
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "UTF_8") FileEncoding encoding, CurrentUser user, Model model,
			HttpServletResponse response) throws IOException {
		try {
			UUID id = imports.upload(file.getOriginalFilename(), file.getBytes(), encoding, user);
			return "redirect:/imports/" + id + "/mapping";
		}
		catch (Refused refused) {
			refuse(model, response, refused, HttpStatus.BAD_REQUEST);
			return start(user, model);
		}
	}

	@GetMapping("/{id}/mapping")
	String mapping(@PathVariable UUID id, CurrentUser user, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("headings", imports.headings(id, user));
		model.addAttribute("mapping", byName(imports.mapping(id, user)));
		model.addAttribute("fields", ImportField.values());
		model.addAttribute("saved", imports.savedMappings(user));
		return "imports/mapping";
	}

	@PostMapping("/{id}/mapping")
	String map(@PathVariable UUID id, @RequestParam Map<String, String> form,
			@RequestParam(required = false) @Size(max = 100) String saveAs, CurrentUser user, Model model,
			HttpServletResponse response) {
		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		for (ImportField field : ImportField.values()) {
			String heading = form.get(field.name());
			if (heading != null && !heading.isBlank()) {
				mapping.put(field, heading);
			}
		}
		try {
			imports.map(id, mapping, saveAs, user);
			return "redirect:/imports/" + id + "/preview";
		}
		catch (Refused refused) {
			refuse(model, response, refused, HttpStatus.UNPROCESSABLE_CONTENT);
			mapping(id, user, model);
			model.addAttribute("mapping", byName(mapping));
			return "imports/mapping";
		}
	}

	@PostMapping("/{id}/mapping/saved")
	String applySaved(@PathVariable UUID id, @RequestParam UUID mappingId, CurrentUser user, Model model,
			HttpServletResponse response) {
		try {
			imports.applyMapping(id, mappingId, user);
			return "redirect:/imports/" + id + "/mapping";
		}
		catch (Refused refused) {
			refuse(model, response, refused, HttpStatus.UNPROCESSABLE_CONTENT);
			return mapping(id, user, model);
		}
	}

	@GetMapping("/{id}/preview")
	String preview(@PathVariable UUID id, CurrentUser user, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("rows", imports.preview(id, user));
		model.addAttribute("mapping", imports.mapping(id, user));
		model.addAttribute("modes", ImportMode.values());
		return "imports/preview";
	}

	@PostMapping("/{id}/run")
	String run(@PathVariable UUID id, @RequestParam ImportMode mode,
			@RequestParam(defaultValue = "false") boolean duplicatesReviewed, CurrentUser user, Model model,
			HttpServletResponse response) {
		try {
			imports.start(id, mode, duplicatesReviewed, user);
			return "redirect:/imports/" + id;
		}
		catch (Refused refused) {
			refuse(model, response, refused, HttpStatus.UNPROCESSABLE_CONTENT);
			return preview(id, user, model);
		}
	}

	@GetMapping("/{id}")
	String report(@PathVariable UUID id, CurrentUser user, Model model) {
		model.addAttribute("report", imports.report(id, user));
		return "imports/report";
	}

	@GetMapping("/{id}/status")
	String status(@PathVariable UUID id, CurrentUser user, Model model) {
		model.addAttribute("report", imports.report(id, user));
		return "imports/report :: status";
	}

	/** The mapping keyed by the fields' names, as the template looks them up. */
	private static Map<String, String> byName(Map<ImportField, String> mapping) {
		Map<String, String> names = new java.util.HashMap<>();
		mapping.forEach((field, heading) -> names.put(field.name(), heading));
		return names;
	}

	private static void refuse(Model model, HttpServletResponse response, Refused refused, HttpStatus status) {
		response.setStatus(status.value());
		model.addAttribute("refusal", refused.messageKey());
		model.addAttribute("refusalField", refused.field());
	}
}
