package org.homeward.council.web;

import static org.homeward.council.web.PageActions.COUNCIL;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.council.Approach;
import org.homeward.council.GoodPractice;
import org.homeward.council.GoodPractices;
import org.homeward.council.PracticeCommands;
import org.homeward.council.PracticeCommands.EditPractice;
import org.homeward.council.PracticeCommands.PracticeDetails;
import org.homeward.council.PracticeSearch;
import org.homeward.council.PracticeStage;
import org.homeward.council.PracticeStatus;
import org.homeward.council.Theme;
import org.homeward.shared.PageOf;
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

/** The good-practice library: search in three languages with filters, a practice, submitting and reviewing. */
@Controller
@RequestMapping("/council/practices")
class PracticePages {

	private final GoodPractices practices;
	private final CouncilChoices choices;

	PracticePages(GoodPractices practices, CouncilChoices choices) {
		this.practices = practices;
		this.choices = choices;
	}

	@GetMapping
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) Theme theme, @RequestParam(required = false) Approach approach,
			@RequestParam(required = false) PracticeStage stage, @RequestParam(required = false) PracticeStatus status,
			@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model, Locale locale) {
		String words = q == null ? null : (q.length() > 200 ? q.substring(0, 200) : q);
		String code = country != null && country.matches("[A-Z]{2}") ? country : null;
		PracticeSearch search = new PracticeSearch(words, code, theme, approach, stage,
				user.has(Role.COUNCIL_SECRETARIAT) ? status : null);
		model.addAttribute("search", search);
		model.addAttribute("results", practices.search(search, new PageOf.Request(page, PageOf.DEFAULT_SIZE), user));
		choices.addTo(model, locale);
		return "council/practices";
	}

	@GetMapping("/new")
	String newForm(CurrentUser user, Model model, Locale locale) {
		practices.search(PracticeSearch.everything(), new PageOf.Request(0, 1), user);
		model.addAttribute("edit", new EditPractice(0, new PracticeDetails("", null, null, null, null, "", null,
				null)));
		choices.addTo(model, locale);
		return "council/practice-form";
	}

	@PostMapping
	String submit(@Valid @ModelAttribute("edit") EditPractice edit, BindingResult result, CurrentUser user,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				GoodPractice practice = practices.submit(edit.practice(), user);
				redirect.addFlashAttribute("notice", "council.practice.submitted");
				return "redirect:/council/practices/" + practice.id();
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		choices.addTo(model, locale);
		return "council/practice-form";
	}

	@GetMapping("/{id}")
	String view(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		model.addAttribute("practice", practices.practice(id, user));
		model.addAttribute("secretariat", user.has(Role.COUNCIL_SECRETARIAT));
		choices.addTo(model, locale);
		return "council/practice";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		GoodPractice p = practices.practice(id, user);
		if (!p.editable()) {
			throw new org.springframework.security.access.AccessDeniedException("not editable");
		}
		model.addAttribute("practice", p);
		model.addAttribute("edit", new EditPractice(p.version(), new PracticeDetails(p.title(), p.countryCode(),
				p.theme(), p.approach(), p.stage(), p.description(), p.results(), p.lessons())));
		choices.addTo(model, locale);
		return "council/practice-form";
	}

	@PostMapping("/{id}")
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("edit") EditPractice edit, BindingResult result,
			CurrentUser user, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				practices.edit(id, edit, user);
				redirect.addFlashAttribute("notice", "council.practice.saved");
				return "redirect:/council/practices/" + id;
			}
			catch (StaleVersion stale) {
				GoodPractice current = practices.practice(id, user);
				result.reject("council.conflict.practice", new Object[] { current.updatedBy() }, null);
				model.addAttribute("edit", new EditPractice(current.version(), edit.practice()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		model.addAttribute("practice", practices.practice(id, user));
		choices.addTo(model, locale);
		return "council/practice-form";
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable UUID id, @Valid @ModelAttribute PracticeCommands.ReviewPractice command,
			BindingResult result, CurrentUser user, RedirectAttributes redirect) {
		return COUNCIL.run("/council/practices/" + id, result, redirect,
				"council.practice.moved." + (command.to() == null ? "DRAFT" : command.to()),
				() -> practices.review(id, command, user));
	}

	@PostMapping("/{id}/attachments")
	String attach(@PathVariable UUID id, @RequestParam("file") MultipartFile file, CurrentUser user,
			RedirectAttributes redirect) throws IOException {
		byte[] content = file.getBytes();
		return COUNCIL.run("/council/practices/" + id, null, redirect, "council.practice.attached",
				() -> practices.attach(id, file.getOriginalFilename(), content, user));
	}

	@GetMapping("/{id}/attachments/{fileId}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID fileId, CurrentUser user) {
		return Downloads.file(practices.attachment(id, fileId, user));
	}
}
