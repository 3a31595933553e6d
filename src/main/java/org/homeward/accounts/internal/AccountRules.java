package org.homeward.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.Role;
import org.homeward.organizations.Organization;
import org.homeward.organizations.Organizations;
import org.homeward.organizations.Sector;
import org.homeward.shared.Refused;
import org.homeward.shared.UnknownReference;
import org.springframework.stereotype.Component;

/** What every account must satisfy, whoever creates or changes it: its roles, its placement, its password. */
@Component
public class AccountRules {

	/** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
	private static final int MAX_PASSWORD_BYTES = 72;

	private final Organizations organizations;
	private final CommonPasswords commonPasswords;

	AccountRules(Organizations organizations, CommonPasswords commonPasswords) {
		this.organizations = organizations;
		this.commonPasswords = commonPasswords;
	}

	/** Separation of duties: who manages accounts never reads personal data of returnees. */
	public void checkDutiesSeparated(Set<Role> roles) {
		if (Role.combineAdministrationWithPersonalData(roles)) {
			throw new Refused("accounts.roles.administratorWithPersonalData");
		}
	}

	/**
	 * Every user works somewhere: an organisation (an administrator may be outside any), a region for a case
	 * manager, whose cases are those of a region, and a case sector for a sector specialist.
	 */
	public void checkPlacement(Set<Role> roles, UUID organizationId, UUID regionId, Sector sector) {
		boolean onlyAdministrator = roles.equals(Set.of(Role.ADMINISTRATOR));
		if (organizationId == null && !onlyAdministrator) {
			throw new Refused("user.organization.required");
		}
		if (organizationId != null) {
			Organization organization = organizations.organization(organizationId)
					.orElseThrow(() -> new UnknownReference("organizationId", "user.organization.unknown"));
			if (!organization.active()) {
				throw new Refused("user.organization.inactive");
			}
		}
		if (regionId != null && organizations.region(regionId).isEmpty()) {
			throw new UnknownReference("regionId", "user.region.unknown");
		}
		if (roles.contains(Role.CASE_MANAGER) && regionId == null) {
			throw new Refused("user.region.requiredForCaseManager");
		}
		if (roles.contains(Role.SECTOR_SPECIALIST) && (sector == null || !Sector.CASE_SECTORS.contains(sector))) {
			throw new Refused("user.sector.requiredForSpecialist");
		}
	}

	/** At least 12 characters, at most what bcrypt reads, and not on the bundled list of common passwords. */
	public void checkPasswordLength(String password) {
		if (password == null || password.length() < 12) {
			throw new Refused("password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new Refused("password.tooLong");
		}
		if (commonPasswords.contains(password)) {
			throw new Refused("password.common");
		}
	}
}
