/**
 * Telling people of work that arrived or changed for them: a referral received, accepted or overdue, a consent
 * withdrawn; an invitation to a Council meeting and its reminders, a progress report for the secretariat to review. Notices are kept in the application; when the node has a mail server, an e-mail says that one is
 * waiting, with no personal data in it.
 */
package org.homeward.notifications;
