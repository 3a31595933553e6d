/**
 * Moving in from spreadsheets: persons, with their households and cases, imported from the CSV and XLSX files that
 * agencies keep today. A file is uploaded, its columns mapped to the registry's fields (mappings saved by name for
 * the next file), its first rows previewed as they will be stored, and then checked or run in the background,
 * all or nothing or skipping invalid rows, with a per-row report of errors and likely duplicates. Everything is
 * stored through the registry's and the cases' own facades, with their rules, their scope and their audit trail.
 */
package org.homeward.imports;
