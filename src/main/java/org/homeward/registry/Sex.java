package org.homeward.registry;

/** Sex as recorded in the person's documents or declared. */
public enum Sex {
	FEMALE, MALE
}
