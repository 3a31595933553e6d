package org.homeward.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditTrail;
import org.homeward.organizations.Organizations;
import org.homeward.registry.internal.DocumentNumbers;
import org.homeward.registry.internal.DuplicateFinder;
import org.homeward.registry.internal.NameIndex;
import org.homeward.registry.internal.PersonStore;
import org.homeward.shared.PageOf;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.UnknownReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, finds, shows and edits persons. Every method checks the user's {@link RegistryScope}, writes what
 * was seen or changed to the audit trail, and runs in one transaction. A person outside the user's scope answers
 * as if it did not exist.
 */
@Service
@PreAuthorize("hasAnyRole('COORDINATOR', 'CASE_MANAGER')")
public class PersonRegistry {

	public static final String RECORD_TYPE = "PERSON";

	private final PersonStore persons;
	private final DuplicateFinder duplicates;
	private final AuditTrail audit;
	private final Organizations organizations;
	private final OperationRegistry operations;

	PersonRegistry(PersonStore persons, DuplicateFinder duplicates, AuditTrail audit, Organizations organizations,
			OperationRegistry operations) {
		this.persons = persons;
		this.duplicates = duplicates;
		this.audit = audit;
		this.organizations = organizations;
		this.operations = operations;
	}

	/**
	 * Registers a person with their documents. Held back with {@link PossibleDuplicates} while likely duplicates
	 * exist that the worker has not said they reviewed.
	 */
	@Transactional
	public Person register(RegisterPerson registration, CurrentUser user) {
		RegistryScope scope = RegistryScope.of(user);
		checkPlacement(registration.person(), scope);
		registration.documents().forEach(document -> checkDocument(document, registration.person().birthDate()));
		if (!registration.duplicatesReviewed()) {
			List<PossibleDuplicate> found = findDuplicates(registration.person(), registration.documents(), user);
			if (!found.isEmpty()) {
				throw new PossibleDuplicates(found);
			}
		}
		UUID id = persons.insert(registration.person(), NameIndex.of(registration.person()), user.username());
		for (IdentityDocumentDetails document : registration.documents()) {
			persons.addDocument(id, document, user.username());
		}
		audit.record(user.actor(), AuditAction.CREATE, RECORD_TYPE, id,
				registration.duplicatesReviewed() ? "duplicates reviewed" : null);
		return persons.find(id).orElseThrow();
	}

	/**
	 * Registers many persons at once, as an import does: each checked as {@link #register} checks one (region in
	 * the country and in the user's scope, operation, documents), then inserted in batches and audited as created,
	 * all in the caller's transaction or one of its own. Likely duplicates are not looked for here: the caller
	 * asks {@link #findDuplicatesOfEach} first and decides. Refused as a whole when one registration breaks a rule.
	 *
	 * @return the new persons' ids, in the order of the registrations
	 */
	@Transactional
	public List<UUID> registerAll(List<RegisterPerson> registrations, String detail, CurrentUser user) {
		RegistryScope scope = RegistryScope.of(user);
		Map<UUID, Boolean> checkedRegions = new HashMap<>();
		Map<UUID, Boolean> checkedOperations = new HashMap<>();
		List<PersonStore.NewPerson> people = new ArrayList<>(registrations.size());
		for (RegisterPerson registration : registrations) {
			PersonDetails person = registration.person();
			if (checkedRegions.computeIfAbsent(person.regionId(), region -> placeable(region, scope)) == Boolean.FALSE
					|| person.operationId() != null && !checkedOperations.computeIfAbsent(person.operationId(),
							operations::exists)) {
				checkPlacement(person, scope);
			}
			if (person.arrivalDate() != null && person.arrivalDate().isBefore(person.birthDate())) {
				throw new Refused("person.arrival.beforeBirth", "arrivalDate");
			}
			registration.documents().forEach(document -> checkDocument(document, person.birthDate()));
			people.add(new PersonStore.NewPerson(UUID.randomUUID(), person, registration.documents()));
		}
		persons.insertAll(people, user.username());
		List<UUID> ids = people.stream().map(PersonStore.NewPerson::id).toList();
		audit.recordEach(user.actor(), AuditAction.CREATE, RECORD_TYPE, ids, detail);
		return ids;
	}

	/**
	 * The likely duplicates of each of many registrations in progress, in their order, as {@link #findDuplicates}
	 * finds them for one (the candidates of all of them fetched at once); the matches within scope are recorded as
	 * seen.
	 */
	@Transactional
	public List<List<PossibleDuplicate>> findDuplicatesOfEach(List<RegisterPerson> registrations, CurrentUser user) {
		RegistryScope scope = RegistryScope.of(user);
		List<List<PossibleDuplicate>> found = duplicates.findEach(registrations.stream()
				.map(r -> new DuplicateFinder.Registration(r.person(), r.documents())).toList(), scope);
		List<UUID> seen = new ArrayList<>();
		for (List<PossibleDuplicate> each : found) {
			each.stream().map(PossibleDuplicate::personId).filter(Objects::nonNull).forEach(seen::add);
		}
		audit.recordEach(user.actor(), AuditAction.LIST, RECORD_TYPE, seen, "duplicate check");
		return found;
	}

	private boolean placeable(UUID regionId, RegistryScope scope) {
		return organizations.region(regionId).filter(r -> r.countryCode().equals(organizations.nodeCountry()))
				.isPresent() && scope.covers(regionId);
	}

	/** The likely duplicates of a registration in progress; those within scope are recorded as seen. */
	@Transactional
	public List<PossibleDuplicate> findDuplicates(PersonDetails person, List<IdentityDocumentDetails> documents,
			CurrentUser user) {
		RegistryScope scope = RegistryScope.of(user);
		List<PossibleDuplicate> found = duplicates.find(person, documents, scope);
		audit.recordEach(user.actor(), AuditAction.LIST, RECORD_TYPE,
				found.stream().map(PossibleDuplicate::personId).filter(Objects::nonNull).toList(), "duplicate check");
		return found;
	}

	@Transactional
	public Person view(UUID id, CurrentUser user) {
		Person person = visible(id, RegistryScope.of(user));
		audit.record(user.actor(), AuditAction.VIEW, RECORD_TYPE, id, null);
		return person;
	}

	@Transactional
	public PageOf<PersonSummary> list(PageOf.Request page, CurrentUser user) {
		PageOf<PersonSummary> result = persons.list(RegistryScope.of(user), page);
		recordListed(result, user, null);
		return result;
	}

	@Transactional
	public PageOf<PersonSummary> search(PersonSearch search, CurrentUser user) {
		RegistryScope scope = RegistryScope.of(user);
		var page = new PageOf.Request(search.page() == null ? 0 : search.page(),
				search.size() == null ? PageOf.DEFAULT_SIZE : search.size());
		List<List<String>> words = searchTerms(search);
		if (search.name() != null && !search.name().isBlank() && words.isEmpty()) {
			return new PageOf<>(List.of(), page.page(), page.size(), 0);
		}
		PageOf<PersonSummary> result = persons.search(scope, words, DocumentNumbers.key(search.documentNumber()),
				search.operationId(), page);
		recordListed(result, user, "search");
		return result;
	}

	/** The index's terms for each word of the name searched for: the same for a search and its download. */
	private static List<List<String>> searchTerms(PersonSearch search) {
		return NameSearch.termsOf(search.name());
	}

	/** Saves an edit made on {@code edit.version()}; refused with {@code StaleVersion} if someone saved in between. */
	@Transactional
	public Person edit(UUID id, EditPerson edit, CurrentUser user) {
		RegistryScope scope = RegistryScope.of(user);
		Person before = visible(id, scope);
		checkPlacement(edit.person(), scope);
		persons.update(id, edit.version(), edit.person(), NameIndex.of(edit.person()), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id,
				"fields=" + String.join(",", changedFields(before.details(), edit.person())));
		return persons.find(id).orElseThrow();
	}

	@Transactional
	public Person addDocument(UUID id, IdentityDocumentDetails document, CurrentUser user) {
		Person person = visible(id, RegistryScope.of(user));
		checkDocument(document, person.details().birthDate());
		persons.addDocument(id, document, user.username());
		persons.touch(id, user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "document added");
		return persons.find(id).orElseThrow();
	}

	@Transactional
	public Person removeDocument(UUID id, UUID documentId, CurrentUser user) {
		visible(id, RegistryScope.of(user));
		if (!persons.removeDocument(id, documentId)) {
			throw new RecordNotFound("DOCUMENT");
		}
		persons.touch(id, user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "document removed");
		return persons.find(id).orElseThrow();
	}

	/** Who saw or changed the person's record, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> accesses(UUID id, CurrentUser user) {
		visible(id, RegistryScope.of(user));
		return audit.accessesOf(RECORD_TYPE, id, 50);
	}

	/** The person if the user may see them; otherwise not found, whether or not they exist. */
	private Person visible(UUID id, RegistryScope scope) {
		Person person = persons.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
		if (!scope.covers(person.details().regionId())) {
			throw new RecordNotFound(RECORD_TYPE);
		}
		return person;
	}

	private void checkPlacement(PersonDetails person, RegistryScope scope) {
		if (person.operationId() != null && !operations.exists(person.operationId())) {
			throw new UnknownReference("operationId", "person.operation.unknown");
		}
		var region = organizations.region(person.regionId())
				.orElseThrow(() -> new UnknownReference("regionId", "person.region.unknown"));
		if (!region.countryCode().equals(organizations.nodeCountry())) {
			throw new Refused("person.region.otherCountry", "regionId");
		}
		if (!scope.covers(person.regionId())) {
			throw new Refused("person.region.outOfScope", "regionId");
		}
		if (person.arrivalDate() != null && person.arrivalDate().isBefore(person.birthDate())) {
			throw new Refused("person.arrival.beforeBirth", "arrivalDate");
		}
	}

	/** A document of a person born on the given day (none yet for a new registration's documents checked alone). */
	private void checkDocument(IdentityDocumentDetails document, LocalDate birthDate) {
		if (document.issuingCountry() != null && !document.issuingCountry().isBlank()
				&& organizations.country(document.issuingCountry()).isEmpty()) {
			throw new Refused("document.country.unknown", "issuingCountry");
		}
		if (document.issueDate() != null && document.expiryDate() != null
				&& document.expiryDate().isBefore(document.issueDate())) {
			throw new Refused("document.expiry.beforeIssue", "expiryDate");
		}
		if (document.issueDate() != null && birthDate != null && document.issueDate().isBefore(birthDate)) {
			throw new Refused("document.issue.beforeBirth", "issueDate");
		}
	}

	/** The most persons one download holds. */
	public static final int EXPORT_LIMIT = 5000;

	/**
	 * The persons a search finds, or everyone within the user's registry scope without one, as the list pages show
	 * them, at most {@link #EXPORT_LIMIT}; each person in the download is audited as exported.
	 */
	@Transactional
	public List<PersonSummary> export(PersonSearch search, CurrentUser user) {
		RegistryScope scope = RegistryScope.of(user);
		List<List<String>> keys = searchTerms(search);
		if (search.name() != null && !search.name().isBlank() && keys.isEmpty()) {
			return List.of();
		}
		List<PersonSummary> found = new ArrayList<>();
		for (int page = 0; found.size() < EXPORT_LIMIT; page++) {
			PageOf<PersonSummary> result = persons.search(scope, keys, DocumentNumbers.key(search.documentNumber()),
					search.operationId(), new PageOf.Request(page, PageOf.MAX_SIZE));
			found.addAll(result.items());
			if (!result.hasNext()) {
				break;
			}
		}
		List<PersonSummary> exported = found.size() > EXPORT_LIMIT ? found.subList(0, EXPORT_LIMIT) : found;
		audit.recordEach(user.actor(), AuditAction.EXPORT, RECORD_TYPE,
				exported.stream().map(PersonSummary::id).toList(), "persons download");
		return exported;
	}

	private void recordListed(PageOf<PersonSummary> result, CurrentUser user, String detail) {
		audit.recordEach(user.actor(), AuditAction.LIST, RECORD_TYPE,
				result.items().stream().map(PersonSummary::id).toList(), detail);
	}

	/** The names of the fields an edit changes, for the audit trail: which fields, never their values. */
	public static List<String> changedFields(PersonDetails before, PersonDetails after) {
		List<String> changed = new ArrayList<>();
		for (var component : PersonDetails.class.getRecordComponents()) {
			try {
				Object a = component.getAccessor().invoke(before);
				Object b = component.getAccessor().invoke(after);
				if (!Objects.equals(normalise(a), normalise(b))) {
					changed.add(component.getName());
				}
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		}
		return changed;
	}

	private static Object normalise(Object value) {
		return value instanceof String s && s.isBlank() ? null : value instanceof String s ? s.strip() : value;
	}
}
