package org.homeward.registry;

import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.organizations.Organizations;
import org.homeward.registry.internal.HouseholdStore;
import org.homeward.registry.internal.PersonStore;
import org.homeward.shared.PageOf;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.UnknownReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households and family links. A household is placed in a region like a person, and showing it shows its members,
 * so each member shown is recorded in the audit trail as seen.
 */
@Service
@PreAuthorize("hasAnyRole('COORDINATOR', 'CASE_MANAGER')")
public class HouseholdRegistry {

	public static final String RECORD_TYPE = "HOUSEHOLD";

	private final HouseholdStore households;
	private final PersonStore persons;
	private final AuditTrail audit;
	private final Organizations organizations;

	HouseholdRegistry(HouseholdStore households, PersonStore persons, AuditTrail audit, Organizations organizations) {
		this.households = households;
		this.persons = persons;
		this.audit = audit;
		this.organizations = organizations;
	}

	@Transactional
	public PageOf<Household> list(PageOf.Request page, CurrentUser user) {
		PageOf<Household> result = households.list(RegistryScope.of(user), page);
		audit.recordEach(user.actor(), AuditAction.LIST, PersonRegistry.RECORD_TYPE,
				result.items().stream().flatMap(h -> h.members().stream()).map(HouseholdMember::personId).toList(),
				"household list");
		return result;
	}

	@Transactional
	public Household view(UUID id, CurrentUser user) {
		Household household = visible(id, RegistryScope.of(user));
		audit.record(user.actor(), AuditAction.VIEW, RECORD_TYPE, id, null);
		audit.recordEach(user.actor(), AuditAction.LIST, PersonRegistry.RECORD_TYPE,
				household.members().stream().map(HouseholdMember::personId).toList(), "household " + id);
		return household;
	}

	@Transactional
	public Household create(HouseholdDetails details, CurrentUser user) {
		checkRegion(details, RegistryScope.of(user));
		UUID id = households.insert(details, user.username());
		audit.record(user.actor(), AuditAction.CREATE, RECORD_TYPE, id, null);
		return households.find(id).orElseThrow();
	}

	@Transactional
	public Household edit(UUID id, EditHousehold edit, CurrentUser user) {
		RegistryScope scope = RegistryScope.of(user);
		visible(id, scope);
		checkRegion(edit.household(), scope);
		households.update(id, edit.version(), edit.household(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, null);
		return households.find(id).orElseThrow();
	}

	@Transactional
	public Household addMember(UUID id, AddMember member, CurrentUser user) {
		RegistryScope scope = RegistryScope.of(user);
		visible(id, scope);
		if (!persons.regionOf(member.personId()).map(scope::covers).orElse(false)) {
			throw new UnknownReference("personId", "household.member.unknown");
		}
		if (!households.addMember(id, member.personId(), member.relationship())) {
			throw new Refused("household.member.already");
		}
		households.touch(id, user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "member added");
		audit.record(user.actor(), AuditAction.UPDATE, PersonRegistry.RECORD_TYPE, member.personId(),
				"joined household " + id);
		return households.find(id).orElseThrow();
	}

	@Transactional
	public Household removeMember(UUID id, UUID personId, CurrentUser user) {
		visible(id, RegistryScope.of(user));
		if (!households.removeMember(id, personId)) {
			throw new RecordNotFound(PersonRegistry.RECORD_TYPE);
		}
		households.touch(id, user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "member removed");
		audit.record(user.actor(), AuditAction.UPDATE, PersonRegistry.RECORD_TYPE, personId, "left household " + id);
		return households.find(id).orElseThrow();
	}

	private Household visible(UUID id, RegistryScope scope) {
		Household household = households.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
		if (!scope.covers(household.details().regionId())) {
			throw new RecordNotFound(RECORD_TYPE);
		}
		return household;
	}

	private void checkRegion(HouseholdDetails details, RegistryScope scope) {
		var region = organizations.region(details.regionId())
				.orElseThrow(() -> new UnknownReference("regionId", "person.region.unknown"));
		if (!region.countryCode().equals(organizations.nodeCountry())) {
			throw new Refused("person.region.otherCountry", "regionId");
		}
		if (!scope.covers(details.regionId())) {
			throw new Refused("person.region.outOfScope", "regionId");
		}
	}
}
