package org.homeward.registry;

/** A member's place in a household, as the family describes it. */
public enum Relationship {
	MOTHER, FATHER, CHILD, SIBLING, SPOUSE, GRANDPARENT, GUARDIAN, RECEIVING_RELATIVE, OTHER_RELATIVE
}
