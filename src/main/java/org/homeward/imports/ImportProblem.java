package org.homeward.imports;

/**
 * Something wrong with one row of an imported file, or a likely duplicate it holds, said by row and column and a
 * message key of the bundle, never by the cell's value (names are personal data).
 *
 * @param row the row as the spreadsheet numbers it (the heading is row 1)
 * @param column the heading of the column, or null when the row as a whole is meant
 * @param argument a value the message names (a maximum length, a row limit), never personal data
 */
public record ImportProblem(int row, String column, Kind kind, String messageKey, String argument) {

	public enum Kind {
		ERROR, DUPLICATE
	}
}
