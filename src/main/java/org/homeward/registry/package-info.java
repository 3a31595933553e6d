/**
 * The returnee registry: persons with their names in every script they are written in, identity documents,
 * households and family links, and the repatriation operations that brought them home. It finds a person
 * whatever the spelling, warns of likely duplicates before a registration is saved, and refuses an edit made on
 * a stale version. Coordinators and case managers work here, within their region.
 */
package org.homeward.registry;
