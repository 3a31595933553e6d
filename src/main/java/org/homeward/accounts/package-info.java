/**
 * Who may sign in and what each person's role lets them do: users kept in the database with hashed passwords,
 * the roles of the brief, each user placed in an organisation and a region, sign-in and sign-out, and the
 * administrator's pages. Access is denied unless a role grants it.
 */
package org.homeward.accounts;
