package org.homeward.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.Accounts;
import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.NewUser;
import org.homeward.accounts.Role;
import org.homeward.accounts.UserAccount;
import org.homeward.organizations.Sector;

/**
 * One demo account for each role of DESIGN.md §2, placed where such a person works, so that a visitor can sign in
 * as each of them and see what the role may see. All share one published password and are not asked to change it:
 * the demo is for showing, never for real data. Display names are invented.
 */
final class DemoUsers {

	/** Published in the README; long enough for the account rules. */
	static final String PASSWORD = "homeward-demo";
	/** Its presence means the demo was loaded before. */
	static final String NATIONAL_COORDINATOR = "coordinator";

	/** An account to provision; organisation and region by name, none meaning none. */
	private record Spec(String username, String displayName, Role role, String organization, String region,
			Sector sector) {
	}

	private static final List<Spec> USERS = List.of(
			new Spec("admin", "Sardor Tursunboyev", Role.ADMINISTRATOR, null, null, null),
			// A second administrator, so that four eyes can be tried: what one grants, the other approves.
			new Spec("admin2", "Timur Aliyev", Role.ADMINISTRATOR, null, null, null),
			new Spec(NATIONAL_COORDINATOR, "Malika Rakhimova", Role.COORDINATOR, DemoOrganizations.COMMISSION, null,
					null),
			new Spec("coordinator.fergana", "Bakhodir Umarov", Role.COORDINATOR, DemoOrganizations.COMMISSION,
					DemoPlaces.FERGANA, null),
			new Spec("coordinator.tashkent", "Lola Yusupova", Role.COORDINATOR, DemoOrganizations.COMMISSION,
					DemoPlaces.TASHKENT, null),
			new Spec("casemanager", "Gulnora Saidkhodjayeva", Role.CASE_MANAGER, DemoOrganizations.FAMILY_COMMITTEE,
					DemoPlaces.TASHKENT, null),
			new Spec("casemanager.fergana", "Feruza Tojiboyeva", Role.CASE_MANAGER, DemoOrganizations.FAMILY_COMMITTEE,
					DemoPlaces.FERGANA, null),
			new Spec("health", "Nilufar Khasanova", Role.SECTOR_SPECIALIST, DemoOrganizations.HEALTH,
					DemoPlaces.TASHKENT, Sector.HEALTH),
			new Spec("psychologist", "Kamola Ergasheva", Role.SECTOR_SPECIALIST, DemoOrganizations.PSYCHOSOCIAL_CENTRE,
					DemoPlaces.TASHKENT, Sector.PSYCHOSOCIAL),
			new Spec("teacher", "Zarina Musayeva", Role.SECTOR_SPECIALIST, DemoOrganizations.EDUCATION,
					DemoPlaces.TASHKENT, Sector.EDUCATION),
			new Spec("employment", "Akmal Rasulov", Role.SECTOR_SPECIALIST, DemoOrganizations.EMPLOYMENT,
					DemoPlaces.TASHKENT, Sector.EMPLOYMENT),
			new Spec("registrar", "Dildora Saidova", Role.SECTOR_SPECIALIST, DemoOrganizations.CIVIL_REGISTRY,
					DemoPlaces.TASHKENT, Sector.CIVIL_REGISTRY),
			new Spec("imam", "Abdulaziz Khodjayev", Role.SECTOR_SPECIALIST, DemoOrganizations.RELIGIOUS_AFFAIRS,
					DemoPlaces.TASHKENT, Sector.RELIGIOUS_AFFAIRS),
			new Spec("justice", "Jasur Nazarov", Role.JUSTICE_OFFICER, DemoOrganizations.PROSECUTOR,
					DemoPlaces.TASHKENT, null),
			new Spec("security", "Otabek Kholmatov", Role.SECURITY_OFFICER, DemoOrganizations.SECURITY_SERVICE,
					DemoPlaces.TASHKENT, null),
			new Spec("mahalla", "Mukhabbat Sobirova", Role.COMMUNITY_WORKER, DemoOrganizations.MAHALLA,
					DemoPlaces.TASHKENT, null),
			new Spec("cso", "Dilnoza Hamidova", Role.CSO_WORKER, DemoOrganizations.CSO, DemoPlaces.TASHKENT, null),
			new Spec("analyst", "Rustam Qodirov", Role.ANALYST, DemoOrganizations.STATISTICS, null, null),
			new Spec("auditor", "Shakhlo Yuldosheva", Role.AUDITOR, DemoOrganizations.OMBUDSMAN, null, null),
			new Spec("secretariat", "Aigerim Bekova", Role.COUNCIL_SECRETARIAT,
					DemoOrganizations.COUNCIL_SECRETARIAT_NAME, null, null),
			new Spec("expert", "Daniyar Seitkali", Role.COUNCIL_MEMBER, DemoOrganizations.UNOCT, null, null));

	/** How many accounts were created, and the national coordinator, whose name the demo records are saved under. */
	record Loaded(int created, CurrentUser nationalCoordinator) {
	}

	private final Accounts accounts;
	private final DemoOrganizations.Loaded organizations;
	private final DemoPlaces places;

	DemoUsers(Accounts accounts, DemoOrganizations.Loaded organizations, DemoPlaces places) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.places = places;
	}

	/**
	 * Creates the accounts that do not exist yet. An {@code admin} made by an earlier start without the demo is kept
	 * with its own password: replacing an administrator's password silently would be worse than a missing demo one.
	 */
	Loaded load() {
		int created = 0;
		for (Spec spec : USERS) {
			if (accounts.findByUsername(spec.username()).isPresent()) {
				continue;
			}
			UUID organizationId = spec.organization() == null ? null : organizations.id(spec.organization());
			UUID regionId = spec.region() == null ? null : places.regionId(spec.region());
			accounts.provision(new NewUser(spec.username(), spec.displayName(), PASSWORD, spec.username() + "@homeward.example", Set.of(spec.role()),
					organizationId, regionId, spec.sector()), false);
			created++;
		}
		UserAccount coordinator = accounts.findByUsername(NATIONAL_COORDINATOR).orElseThrow();
		return new Loaded(created, new CurrentUser(coordinator.id(), coordinator.username(),
				coordinator.displayName(), coordinator.roles(), coordinator.organizationId(), coordinator.regionId(),
				coordinator.sector()));
	}
}
