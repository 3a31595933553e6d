/**
 * Whole-of-society work on a case: the catalogue of services and who provides them, referrals from one
 * organisation to another with their lifecycle, the services delivered, and consent. A referral to a body outside
 * government needs the person's (or a child's guardian's) consent, and withdrawing it cuts that access at once.
 * Community and civil-society workers see people only here: a minimal profile and the task, nothing else.
 */
package org.homeward.referrals;
