package org.homeward.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.Accounts;
import org.homeward.accounts.CurrentUser;
import org.homeward.imports.FileEncoding;
import org.homeward.imports.ImportMode;
import org.homeward.imports.Imports;
import org.homeward.accounts.Role;
import org.homeward.assessments.Assessments;
import org.homeward.cases.CaseTransfers;
import org.homeward.cases.Cases;
import org.homeward.organizations.Organizations;
import org.homeward.registry.HouseholdRegistry;
import org.homeward.registry.OperationRegistry;
import org.homeward.registry.PersonRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo at start-up when {@code homeward.demo=true}: organisations, users, operations and synthetic
 * returnees. It runs after the regions are loaded (order 0) and before the first administrator is created (order
 * 20), so that the demo's {@code admin} gets the demo password instead of a generated one.
 *
 * <p>It loads once: if the demo coordinator exists, the demo is there and nothing is done, so restarting with the
 * flag never doubles the data. Everything is saved in one transaction, so a failure leaves nothing half-loaded and
 * the next start tries again. The log shows counts only, never a name, even a synthetic one: logs travel further
 * than the database, and a habit of logging names would not stay confined to the demo.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("homeward.demo")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Organizations organizations;
	private final Accounts accounts;
	private final PersonRegistry persons;
	private final OperationRegistry operations;
	private final HouseholdRegistry households;
	private final Cases cases;
	private final CaseTransfers transfers;
	private final Assessments assessments;
	private final DemoReferralsParts referralParts;
	private final TransactionTemplate transaction;
	private final Imports imports;

	DemoData(Organizations organizations, Accounts accounts, PersonRegistry persons, OperationRegistry operations,
			HouseholdRegistry households, Cases cases, CaseTransfers transfers, Assessments assessments,
			DemoReferralsParts referralParts, PlatformTransactionManager transactionManager, Imports imports) {
		this.imports = imports;
		this.organizations = organizations;
		this.accounts = accounts;
		this.persons = persons;
		this.operations = operations;
		this.households = households;
		this.cases = cases;
		this.transfers = transfers;
		this.assessments = assessments;
		this.referralParts = referralParts;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.findByUsername(DemoUsers.NATIONAL_COORDINATOR).isPresent()) {
			log.info("Demo data already loaded; nothing to do");
			return;
		}
		if (accounts.anyActiveAdministrator()) {
			// An installation in use, not a fresh demo: never mix synthetic returnees with real ones.
			log.warn("Not loading demo data: this database is already in use");
			return;
		}
		Loaded loaded = transaction.execute(status -> load());
		checkDemoImport();
		// Logged after the commit, so that the log never reports data that a failed commit did not keep.
		log.info("Loaded demo data: {} organisations, {} users, {} repatriation operations, {} households, {} persons "
				+ "({} deliberate near-duplicates), {} identity documents, {} cases, {} assessments, {} referrals",
				loaded.organizations().created(), loaded.users().created(), loaded.registry().operations(),
				loaded.registry().households(), loaded.registry().persons(), loaded.registry().nearDuplicates(),
				loaded.registry().documents(), loaded.cases().cases(), loaded.assessments(), loaded.referrals());
	}

	/** What was created, for the log: counts only. */
	private record Loaded(DemoOrganizations.Loaded organizations, DemoUsers.Loaded users,
			DemoRegistry.Loaded registry, DemoCases.Loaded cases, int assessments, int referrals) {
	}

	private Loaded load() {
		DemoPlaces places = new DemoPlaces(organizations);
		places.requireAll();
		DemoOrganizations.Loaded organizationsLoaded = new DemoOrganizations(organizations, places).load();
		DemoUsers.Loaded users = new DemoUsers(accounts, organizationsLoaded, places).load();
		SecurityContextHolder.setContext(signedIn(users.nationalCoordinator()));
		try {
			DemoRegistry.Loaded registry = new DemoRegistry(persons, operations, households, places,
					users.nationalCoordinator()).load();
			Map<UUID, CurrentUser> caseManagers = Map.of(places.regionId(DemoPlaces.TASHKENT), user("casemanager"),
					places.regionId(DemoPlaces.FERGANA), user("casemanager.fergana"));
			DemoCases.Loaded opened = new DemoCases(cases, users.nationalCoordinator(), caseManagers, user("justice"),
					user("security"), user("health")).load(registry.registered());
			int assessed = new DemoAssessments(assessments).load(opened.opened());
			int referred = referralParts.loader(organizations).load(opened.opened(), user("admin"), user("mahalla"),
					user("cso"), user("health"));
			new DemoDecisions(cases, transfers).load(opened.opened(), user("casemanager"),
					places.regionId(DemoPlaces.FERGANA), user("psychologist"), user("teacher"));
			return new Loaded(organizationsLoaded, users, registry, opened, assessed, referred);
		}
		finally {
			// Start-up runs on the main thread; an authentication left behind would follow it into whatever runs next.
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * The national coordinator has checked a small spreadsheet (stored nothing), so that the import pages have a
	 * report to show: one row is missing its date of birth. Run once the demo is committed, since an import writes
	 * its progress in transactions of its own.
	 */
	private void checkDemoImport() {
		CurrentUser coordinator = user(DemoUsers.NATIONAL_COORDINATOR);
		SecurityContextHolder.setContext(signedIn(coordinator));
		try {
			String file = """
					Surname,Given name,Sex,Date of birth,Region,Household,Open case
					Namunova,Oydin,F,12.04.1991,Tashkent,Namunova family,yes
					Namunova,Sevara,F,2015-09-01,Tashkent,Namunova family,no
					Namunov,Bobur,M,,Tashkent,Namunova family,no
					""";
			UUID id = imports.upload("demo-import.csv", file.getBytes(java.nio.charset.StandardCharsets.UTF_8),
					FileEncoding.UTF_8, coordinator);
			imports.runNow(id, ImportMode.CHECK, false, coordinator);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A demo account as the services see a signed-in user. */
	private CurrentUser user(String username) {
		return asUser(accounts.findByUsername(username).orElseThrow());
	}

	static CurrentUser asUser(org.homeward.accounts.UserAccount account) {
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.roles(),
				account.organizationId(), account.regionId(), account.sector());
	}

	/**
	 * The registry's services check the caller's role, as for a request; the demo records are made by the national
	 * coordinator, so they show that name in "who changed this" and the audit trail.
	 */
	private static SecurityContext signedIn(CurrentUser coordinator) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(coordinator, null,
				List.of(new SimpleGrantedAuthority(Role.COORDINATOR.authority()))));
		return context;
	}
}
