package org.homeward.registry;

/** Whether the person came back from a conflict zone or is a relative who receives them at home. */
public enum PersonKind {
	RETURNEE, FAMILY_MEMBER
}
