package org.homeward.assessments.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.homeward.assessments.RecordAssessment;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The assessment form as the browser posts it: one radio group per item, named {@code answers[ITEM_CODE]}, whose
 * blank choice means "not answered". A mutable bean, because a record cannot take the map entries one by one.
 */
public class AssessmentForm {

	private String instrumentCode;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate assessedOn;
	private Map<String, String> answers = new LinkedHashMap<>();

	public AssessmentForm() {
	}

	AssessmentForm(String instrumentCode, LocalDate assessedOn) {
		this.instrumentCode = instrumentCode;
		this.assessedOn = assessedOn;
	}

	RecordAssessment command() {
		return new RecordAssessment(instrumentCode, assessedOn, answers);
	}

	public String getInstrumentCode() {
		return instrumentCode;
	}

	public void setInstrumentCode(String instrumentCode) {
		this.instrumentCode = instrumentCode;
	}

	public LocalDate getAssessedOn() {
		return assessedOn;
	}

	public void setAssessedOn(LocalDate assessedOn) {
		this.assessedOn = assessedOn;
	}

	public Map<String, String> getAnswers() {
		return answers;
	}

	public void setAnswers(Map<String, String> answers) {
		this.answers = answers == null ? new LinkedHashMap<>() : answers;
	}
}
