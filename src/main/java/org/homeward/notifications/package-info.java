/**
 * Telling people of work that arrived or changed for them: a referral received, accepted or overdue, a consent
 * withdrawn; in the Council, an invitation and its reminders, a recommendation addressed to them, a progress report
 * to review and the review of one's own. Notices are kept in the application; when the node has a mail server, an
 * e-mail says that one is waiting, with no personal data in it.
 */
package org.homeward.notifications;
