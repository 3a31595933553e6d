package org.homeward.registry.web;

/** A field that someone else changed while the user was editing: what is stored now, and what the user typed. */
record FieldConflict(String field, String stored, String yours) {
}
