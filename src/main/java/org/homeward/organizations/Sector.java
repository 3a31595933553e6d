package org.homeward.organizations;

import java.util.EnumSet;
import java.util.Set;

/** The field a government body or a specialist works in. */
public enum Sector {
	COORDINATION,
	SOCIAL_PROTECTION,
	HEALTH,
	PSYCHOSOCIAL,
	EDUCATION,
	EMPLOYMENT,
	CIVIL_REGISTRY,
	RELIGIOUS_AFFAIRS,
	FOREIGN_AFFAIRS,
	RESEARCH,
	STATISTICS,
	HUMAN_RIGHTS;

	/** The sectors that own a section of a case, and so the sectors a sector specialist can belong to. */
	public static final Set<Sector> CASE_SECTORS = EnumSet.of(HEALTH, PSYCHOSOCIAL, EDUCATION, EMPLOYMENT,
			CIVIL_REGISTRY, RELIGIOUS_AFFAIRS);
}
