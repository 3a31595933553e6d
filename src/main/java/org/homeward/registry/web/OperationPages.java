package org.homeward.registry.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.registry.EditOperation;
import org.homeward.registry.OperationDetails;
import org.homeward.registry.OperationRegistry;
import org.homeward.registry.PersonRegistry;
import org.homeward.registry.PersonSearch;
import org.homeward.registry.RepatriationOperation;
import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
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

/** The registry's repatriation operation pages; an operation's page lists the people it brought home, in scope. */
@Controller
@RequestMapping("/registry/operations")
class OperationPages {

	private final OperationRegistry operations;
	private final PersonRegistry persons;
	private final RegistryChoices choices;

	OperationPages(OperationRegistry operations, PersonRegistry persons, RegistryChoices choices) {
		this.operations = operations;
		this.persons = persons;
		this.choices = choices;
	}

	@GetMapping
	String list(CurrentUser user, Model model, Locale locale) {
		model.addAttribute("operations", operations.all(user));
		choices.addTo(model, user, locale);
		return "registry/operations";
	}

	@GetMapping("/new")
	String newForm(CurrentUser user, Model model, Locale locale) {
		model.addAttribute("edit", new EditOperation(0, new OperationDetails("", null, "SY", null, null)));
		choices.addTo(model, user, locale);
		return "registry/operation-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("edit") EditOperation edit, BindingResult result, CurrentUser user,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				RepatriationOperation created = operations.create(edit.operation(), user);
				redirect.addFlashAttribute("notice", "operation.created");
				return "redirect:/registry/operations/" + created.id();
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		choices.addTo(model, user, locale);
		return "registry/operation-form";
	}

	@GetMapping("/{id}")
	String view(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, CurrentUser user, Model model,
			Locale locale) {
		model.addAttribute("operation", operations.view(id, user));
		model.addAttribute("results", persons.search(new PersonSearch(null, null, id, page, 25), user));
		choices.addTo(model, user, locale);
		return "registry/operation";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		RepatriationOperation operation = operations.view(id, user);
		model.addAttribute("operation", operation);
		model.addAttribute("edit", new EditOperation(operation.version(), operation.details()));
		choices.addTo(model, user, locale);
		return "registry/operation-form";
	}

	@PostMapping("/{id}")
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("edit") EditOperation edit, BindingResult result,
			CurrentUser user, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				operations.edit(id, edit, user);
				redirect.addFlashAttribute("notice", "operation.saved");
				return "redirect:/registry/operations/" + id;
			}
			catch (StaleVersion stale) {
				RepatriationOperation current = operations.view(id, user);
				result.reject("conflict.operation", new Object[] { current.updatedBy() }, null);
				model.addAttribute("stored", current.details());
				model.addAttribute("edit", new EditOperation(current.version(), edit.operation()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		model.addAttribute("operation", operations.view(id, user));
		choices.addTo(model, user, locale);
		return "registry/operation-form";
	}
}
