package org.homeward.cases;

import java.util.Optional;

import org.homeward.organizations.Sector;

/**
 * The sections of a case (DESIGN.md §2), each with its own access rule. A sector specialist works in the one
 * section of their sector.
 */
public enum Section {
	CORE(null),
	HEALTH(Sector.HEALTH),
	PSYCHOSOCIAL(Sector.PSYCHOSOCIAL),
	EDUCATION(Sector.EDUCATION),
	LIVELIHOOD(Sector.EMPLOYMENT),
	DOCUMENTS(Sector.CIVIL_REGISTRY),
	FAMILY(null),
	LEGAL(null),
	SECURITY(null),
	RELIGIOUS(Sector.RELIGIOUS_AFFAIRS),
	COMMUNITY(null);

	private final Sector sector;

	Section(Sector sector) {
		this.sector = sector;
	}

	/** The sector whose specialists write this section, if any. */
	public Optional<Sector> sector() {
		return Optional.ofNullable(sector);
	}

	/** The section a specialist of this sector works in. */
	public static Optional<Section> ofSector(Sector sector) {
		for (Section section : values()) {
			if (section.sector == sector && sector != null) {
				return Optional.of(section);
			}
		}
		return Optional.empty();
	}
}
