package org.homeward.registry;

/** Where the person stands on citizenship; children born abroad are often at risk of statelessness. */
public enum CitizenshipStatus {
	CITIZEN, UNCONFIRMED, STATELESS, FOREIGN_NATIONAL, UNKNOWN
}
