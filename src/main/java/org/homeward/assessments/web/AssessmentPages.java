package org.homeward.assessments.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.assessments.Assessments;
import org.homeward.assessments.CaseAssessments;
import org.homeward.assessments.Instrument;
import org.homeward.cases.CaseAccess;
import org.homeward.shared.Refused;
import org.homeward.shared.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessments of a case: their results and the progress-index trend, the ones the case owes, and the form of
 * each instrument, generated from its data. What a user may see or record is decided by the services.
 */
@Controller
@RequestMapping("/cases/{caseId}/assessments")
class AssessmentPages {

	private final Assessments assessments;
	private final CaseAccess cases;
	private final SmartValidator validator;
	private final MessageSource messages;
	private final JsonMapper json;
	private final Dates dates;

	AssessmentPages(Assessments assessments, CaseAccess cases, SmartValidator validator, MessageSource messages,
			JsonMapper json, Dates dates) {
		this.assessments = assessments;
		this.cases = cases;
		this.validator = validator;
		this.messages = messages;
		this.json = json;
		this.dates = dates;
	}

	@GetMapping
	String list(@PathVariable UUID caseId, CurrentUser user, Model model, Locale locale) {
		model.addAttribute("header", cases.header(caseId, user));
		CaseAssessments overview = assessments.overview(caseId, user);
		Map<String, Instrument> instruments = instrumentsByCode();
		model.addAttribute("overview", overview);
		model.addAttribute("instruments", instruments);
		model.addAttribute("trendChart", json.writeValueAsString(TrendChart.of(overview.trend(),
				instruments.get(Instrument.RPI), messages.getMessage("assessments.trend.composite", null, locale),
				dates, locale)));
		return "assessments/list";
	}

	@GetMapping("/new")
	String form(@PathVariable UUID caseId, @RequestParam String instrument, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return showForm(caseId, new AssessmentForm(instrument, LocalDate.now()), user, model, redirect);
	}

	@PostMapping
	String record(@PathVariable UUID caseId, @ModelAttribute("form") AssessmentForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		validator.validate(form.command(), result);
		if (!result.hasErrors()) {
			try {
				assessments.record(caseId, form.command(), user);
				redirect.addFlashAttribute("notice", "assessment.recorded");
				return "redirect:/cases/" + caseId + "/assessments";
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		// The form again, with what was chosen; asking the service for the instrument again also refuses a reader
		// who may not record.
		return showForm(caseId, form, user, model, redirect);
	}

	private String showForm(UUID caseId, AssessmentForm form, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		try {
			model.addAttribute("instrument", assessments.instrumentToRecord(caseId, form.getInstrumentCode(), user));
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("alert", refused.messageKey());
			return "redirect:/cases/" + caseId + "/assessments";
		}
		model.addAttribute("header", cases.header(caseId, user));
		model.addAttribute("form", form);
		return "assessments/form";
	}

	private Map<String, Instrument> instrumentsByCode() {
		Map<String, Instrument> byCode = new LinkedHashMap<>();
		assessments.instruments().forEach(i -> byCode.put(i.code(), i));
		return byCode;
	}
}
