package org.homeward.registry.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.audit.WhoViewed;
import org.homeward.registry.EditPerson;
import org.homeward.registry.IdentityDocumentDetails;
import org.homeward.registry.Person;
import org.homeward.registry.PersonDetails;
import org.homeward.registry.PersonRegistry;
import org.homeward.registry.PersonSearch;
import org.homeward.registry.PossibleDuplicate;
import org.homeward.registry.PossibleDuplicates;
import org.homeward.shared.PageOf;
import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registry's person pages: the list and search, registration with its duplicate warning, a person's record
 * with documents and "who viewed this record", and editing with conflict detection. Searches are posted, so that
 * names and document numbers never appear in a URL.
 */
@Controller
@RequestMapping("/registry/persons")
class PersonPages {

	private final PersonRegistry registry;
	private final RegistryChoices choices;
	private final SmartValidator validator;
	private final MessageSource messages;

	PersonPages(PersonRegistry registry, RegistryChoices choices, SmartValidator validator, MessageSource messages) {
		this.registry = registry;
		this.choices = choices;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model, Locale locale) {
		model.addAttribute("results", registry.list(new PageOf.Request(page, PageOf.DEFAULT_SIZE), user));
		model.addAttribute("search", new PersonSearch(null, null, null, null, null));
		model.addAttribute("searching", false);
		choices.addTo(model, user, locale);
		return "registry/persons";
	}

	@PostMapping("/search")
	String search(@Valid @ModelAttribute("search") PersonSearch search, BindingResult result, CurrentUser user,
			Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		if (result.hasErrors()) {
			model.addAttribute("results", new PageOf<>(List.of(), 0, PageOf.DEFAULT_SIZE, 0));
		}
		else if (search.isEmpty()) {
			model.addAttribute("results", registry.list(new PageOf.Request(
					search.page() == null ? 0 : search.page(), PageOf.DEFAULT_SIZE), user));
		}
		else {
			model.addAttribute("results", registry.search(search, user));
		}
		model.addAttribute("searching", !search.isEmpty());
		choices.addTo(model, user, locale);
		return htmx != null ? "registry/persons :: results" : "registry/persons";
	}

	/**
	 * The list or the search as on the page, as CSV or XLSX; every person in it audited as exported. Posted, as the
	 * search is, so that a name never stands in an address. A search that cannot be read is refused naming the field.
	 */
	@PostMapping("/list.{format:csv|xlsx}")
	org.springframework.http.ResponseEntity<byte[]> download(@PathVariable String format,
			@Valid @ModelAttribute("search") PersonSearch search, CurrentUser user, Locale locale) {
		// the download holds every page, but a page or size that cannot be is refused as on the list
		new PageOf.Request(search.page() == null ? 0 : search.page(),
				search.size() == null ? PageOf.DEFAULT_SIZE : search.size());
		Map<UUID, String> regionNames = choices.regionNames(locale);
		List<String> header = List.of(message("person.name", locale), message("person.nameCyrillic", locale),
				message("person.birthDate", locale), message("person.region", locale),
				message("person.operation", locale));
		List<List<Object>> rows = registry.export(search, user).stream().map(p -> List.<Object>of(p.latinName(),
				p.cyrillicName(), org.homeward.shared.web.Dates.DAY_FIRST.format(p.birthDate())
						+ (p.birthDateEstimated() ? " (" + message("person.estimated", locale) + ")" : ""),
				regionNames.getOrDefault(p.regionId(), ""), p.operationName() == null ? "" : p.operationName()))
				.toList();
		return org.homeward.shared.web.TableDownload.of(
				new org.homeward.shared.web.TableDownload.Table("persons", header, rows),
				org.homeward.shared.web.TableDownload.Format.of(format));
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	@GetMapping("/search")
	String searchByGet() {
		return "redirect:/registry/persons";
	}

	@GetMapping("/new")
	String registrationForm(CurrentUser user, Model model, Locale locale) {
		model.addAttribute("form", new RegistrationForm(PersonDetails.blank(user.regionId()), null, false));
		choices.addTo(model, user, locale);
		return "registry/person-new";
	}

	@PostMapping
	String register(@ModelAttribute("form") RegistrationForm form, BindingResult result, CurrentUser user, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		validate(form, result);
		if (!result.hasErrors()) {
			try {
				Person person = registry.register(form.registration(), user);
				redirect.addFlashAttribute("notice", "person.registered");
				return "redirect:/registry/persons/" + person.id();
			}
			catch (PossibleDuplicates duplicates) {
				model.addAttribute("duplicates", duplicates.candidates());
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		choices.addTo(model, user, locale);
		return "registry/person-new";
	}

	/** The live duplicate check of the registration page, run as the worker fills in names and dates. */
	@PostMapping("/duplicates")
	String duplicates(@ModelAttribute("form") RegistrationForm form, BindingResult result, CurrentUser user,
			Model model) {
		PersonDetails person = form.person();
		boolean enough = person != null && person.birthDate() != null
				&& (present(person.surnameLatin()) || present(person.surnameCyrillic()))
				|| form.hasDocument();
		List<PossibleDuplicate> found = List.of();
		if (enough && !result.hasFieldErrors("person.birthDate")) {
			found = registry.findDuplicates(person == null ? PersonDetails.blank(null) : person, form.documents(), user);
		}
		model.addAttribute("duplicates", found);
		return "registry/person-new :: duplicates";
	}

	@GetMapping("/{id}")
	String view(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		model.addAttribute("person", registry.view(id, user));
		model.addAttribute("accesses", WhoViewed.of(registry.accesses(id, user)));
		model.addAttribute("document", new IdentityDocumentDetails(null, "", null, null, null));
		choices.addTo(model, user, locale);
		return "registry/person";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		Person person = registry.view(id, user);
		model.addAttribute("person", person);
		model.addAttribute("edit", new EditPerson(person.version(), person.details()));
		choices.addTo(model, user, locale);
		return "registry/person-edit";
	}

	@PostMapping("/{id}")
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("edit") EditPerson edit, BindingResult result,
			CurrentUser user, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				registry.edit(id, edit, user);
				redirect.addFlashAttribute("notice", "person.saved");
				return "redirect:/registry/persons/" + id;
			}
			catch (StaleVersion stale) {
				Person current = registry.view(id, user);
				model.addAttribute("conflicts", conflicts(current.details(), edit.person(), user, locale));
				model.addAttribute("conflictBy", current.updatedBy());
				model.addAttribute("conflictAt", current.updatedAt());
				model.addAttribute("edit", new EditPerson(current.version(), edit.person()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		model.addAttribute("person", registry.view(id, user));
		choices.addTo(model, user, locale);
		return "registry/person-edit";
	}

	@PostMapping("/{id}/documents")
	String addDocument(@PathVariable UUID id, @Valid @ModelAttribute("document") IdentityDocumentDetails document,
			BindingResult result, CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				registry.addDocument(id, document, user);
				redirect.addFlashAttribute("notice", "document.added");
				return "redirect:/registry/persons/" + id;
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		model.addAttribute("person", registry.view(id, user));
		model.addAttribute("accesses", WhoViewed.of(registry.accesses(id, user)));
		choices.addTo(model, user, locale);
		return "registry/person";
	}

	@PostMapping("/{id}/documents/{documentId}/remove")
	String removeDocument(@PathVariable UUID id, @PathVariable UUID documentId, CurrentUser user,
			RedirectAttributes redirect) {
		registry.removeDocument(id, documentId, user);
		redirect.addFlashAttribute("notice", "document.removed");
		return "redirect:/registry/persons/" + id;
	}

	private void validate(RegistrationForm form, BindingResult result) {
		if (form == null || form.person() == null) {
			result.reject("person.name.required");
			return;
		}
		result.pushNestedPath("person");
		validator.validate(form.person(), result);
		result.popNestedPath();
		if (form.hasDocument()) {
			result.pushNestedPath("document");
			validator.validate(form.document(), result);
			result.popNestedPath();
		}
	}

	/** The fields where what is stored now differs from what the user submitted, with both values readable. */
	private List<FieldConflict> conflicts(PersonDetails stored, PersonDetails yours, CurrentUser user, Locale locale) {
		Map<UUID, String> regions = choices.regionNames(locale);
		Map<UUID, String> operations = choices.operationNames(user);
		List<FieldConflict> conflicts = new ArrayList<>();
		for (String field : PersonRegistry.changedFields(stored, yours)) {
			conflicts.add(new FieldConflict(field, readable(field, stored, regions, operations, locale),
					readable(field, yours, regions, operations, locale)));
		}
		return conflicts;
	}

	private String readable(String field, PersonDetails details, Map<UUID, String> regions,
			Map<UUID, String> operations, Locale locale) {
		Object value;
		try {
			value = PersonDetails.class.getMethod(field).invoke(details);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
		if (value == null) {
			return "";
		}
		if (value instanceof Enum<?> e) {
			return messages.getMessage("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(), null,
					e.name(), locale);
		}
		if (value instanceof Boolean b) {
			return messages.getMessage(b ? "yes" : "no", null, locale);
		}
		if ("regionId".equals(field)) {
			return regions.getOrDefault((UUID) value, "");
		}
		if ("operationId".equals(field)) {
			return operations.getOrDefault((UUID) value, "");
		}
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(Objects::toString).toList());
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		return value.toString();
	}

	private static boolean present(String s) {
		return s != null && !s.isBlank();
	}
}
