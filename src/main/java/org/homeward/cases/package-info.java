/**
 * The case: one per returnee, from reception to sustainable reintegration. Its stages and their transitions, the
 * sections each agency of the whole-of-government approach works in (each with its own need-to-know rule, enforced
 * here for pages, API, searches, counts and exports alike), assignment of case managers and specialists, and the
 * case plan with its overdue actions.
 */
package org.homeward.cases;
