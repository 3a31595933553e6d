/**
 * The Regional Expert Council: the reason Homeward exists beyond a national caseload. The five Central Asian states
 * and their partners meet here, agree on recommendations and follow them up: meetings with their agenda (parallel
 * breakout sessions side by side), organisations' roles, invitations with RSVP and reminders, delegations and
 * participants (contact details for the secretariat only, the participant list published only with consent),
 * attendance, materials, minutes kept in revisions, the outcome document, iCal feeds; recommendations addressed to
 * states and organisations with their status per addressee, progress reports and the follow-up list of the next
 * meeting; and the good-practice library with full-text search in English, Russian and Uzbek.
 *
 * <p>Only the Council's roles reach any of it: the secretariat edits; a member sees the meetings and invitations of
 * their own organisation and writes only what is theirs (RSVP, registration, progress reports, good practices).
 * Nothing here is a returnee's data, and no Council role reaches a case.
 */
package org.homeward.council;
