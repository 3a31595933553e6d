package org.homeward.imports;

import java.util.List;

import org.homeward.registry.RegisterPerson;
import org.homeward.registry.Relationship;

/**
 * One row of a file as it will be stored: the person with their documents, the household it joins and as what, and
 * whether a case is opened; with the problems found in it. The person is null when the row cannot be read at all.
 */
public record ImportedRow(int row, RegisterPerson registration, String household, Relationship relationship,
		boolean openCase, List<ImportProblem> problems) {

	public boolean valid() {
		return registration != null && problems.isEmpty();
	}
}
