/**
 * Programme intelligence of a national node: the indicators of DESIGN.md §5, each with its definition written once,
 * disaggregated by sex, age band, region and quarter and kept current in summary tables, so that no page reads the
 * cases themselves; the coordinators' and the analyst's dashboards; small-cell suppression with complementary
 * suppression and the linear-programming audit that refuses any table in which a withheld cell could be narrowed
 * below the threshold; and the quarter's submission to the Council as SDMX, signed with the node's key. Nothing
 * that leaves this module names, dates or identifies a person: the analyst and the Council see suppressed
 * aggregates only, and coordinators exact counts inside their node.
 */
package org.homeward.reporting;
