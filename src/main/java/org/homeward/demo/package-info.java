/**
 * Demo data for showing and trying Homeward: the organisations named in the Council's founding press release and
 * the national bodies around a case, one account for each role, Uzbekistan's three "Mehr" repatriation operations,
 * and about three hundred entirely synthetic returnees and relatives in households across six regions, including
 * deliberate near-duplicates for the duplicate check. Loaded once, at start-up, only when {@code homeward.demo=true};
 * it uses nothing but the public services of the other modules, so every record passes their checks and audit.
 */
package org.homeward.demo;
