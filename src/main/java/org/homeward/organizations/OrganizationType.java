package org.homeward.organizations;

/** What kind of body an organisation is; it decides, with consent, what it may ever be told about a person. */
public enum OrganizationType {
	GOVERNMENT_AGENCY,
	SECURITY_SERVICE,
	JUSTICE,
	LOCAL_COMMUNITY,
	CIVIL_SOCIETY,
	INTERNATIONAL_ORGANIZATION,
	REGIONAL_ORGANIZATION,
	COUNCIL_SECRETARIAT;

	/** Bodies of the state; a referral to anyone else needs the person's consent. */
	public boolean isGovernment() {
		return this == GOVERNMENT_AGENCY || this == SECURITY_SERVICE || this == JUSTICE;
	}
}
