package org.homeward.web;

/** A link in the main navigation: the message key of its label and where it leads. */
record NavigationItem(String label, String path) {
}
