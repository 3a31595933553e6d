package org.homeward.registry.internal;

import static org.homeward.shared.Text.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.registry.CitizenshipStatus;
import org.homeward.registry.DocumentKind;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.IdentityDocumentDetails;
import org.homeward.registry.Person;
import org.homeward.registry.PersonDetails;
import org.homeward.registry.PersonKind;
import org.homeward.registry.PersonSummary;
import org.homeward.registry.RegistryScope;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.shared.PageOf;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.StaleVersion;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persons and their identity documents in PostgreSQL. */
@Repository
public class PersonStore {

	static final String RECORD_TYPE = "PERSON";

	private static final String COLUMNS = """
			SELECT p.id, p.version, p.surname_latin, p.given_name_latin, p.patronymic_latin, p.surname_cyrillic,
			  p.given_name_cyrillic, p.patronymic_cyrillic, p.name_original, p.aliases, p.sex, p.birth_date,
			  p.birth_date_estimated, p.citizenship_status, p.kind, p.operation_id, p.arrival_date, p.region_id,
			  p.locality, p.created_at, p.created_by, p.updated_at, p.updated_by, o.name AS operation_name""";

	private static final String FROM = """

			FROM person p LEFT JOIN repatriation_operation o ON o.id = p.operation_id
			""";

	private static final String SELECT = COLUMNS + FROM;

	private static final String INSERT = """
			INSERT INTO person (id, surname_latin, given_name_latin, patronymic_latin, surname_cyrillic,
			  given_name_cyrillic, patronymic_cyrillic, name_original, aliases, sex, birth_date, birth_date_estimated,
			  citizenship_status, kind, operation_id, arrival_date, region_id, locality, name_keys, sort_name,
			  search_terms, match_keys, name_index_version, created_by, updated_by)
			VALUES (:id, :surnameLatin, :givenNameLatin, :patronymicLatin, :surnameCyrillic, :givenNameCyrillic,
			  :patronymicCyrillic, :nameOriginal, :aliases, :sex, :birthDate, :birthDateEstimated,
			  :citizenshipStatus, :kind, :operationId, :arrivalDate, :regionId, :locality, :nameKeys, :sortName,
			  :searchTerms, :matchKeys, :indexVersion, :actor, :actor)""";

	private static final String INSERT_DOCUMENT = """
			INSERT INTO identity_document (id, person_id, kind, number, number_key, issuing_country, issue_date,
			  expiry_date, created_by)
			VALUES (:id, :personId, :kind, :number, :numberKey, :issuingCountry, :issueDate, :expiryDate, :actor)""";

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;

	PersonStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** A person to insert with their documents, under an id chosen beforehand. */
	public record NewPerson(UUID id, PersonDetails person, List<IdentityDocumentDetails> documents) {
	}

	/** Inserts many persons and their documents in two batched statements, in the caller's transaction. */
	public void insertAll(List<NewPerson> people, String actor) {
		List<Map<String, Object>> rows = new ArrayList<>(people.size());
		List<Map<String, Object>> documents = new ArrayList<>();
		for (NewPerson one : people) {
			Map<String, Object> row = columns(one.person(), NameIndex.of(one.person()));
			row.put("id", one.id());
			row.put("actor", actor);
			rows.add(row);
			for (IdentityDocumentDetails document : one.documents()) {
				documents.add(documentColumns(UUID.randomUUID(), one.id(), document, actor));
			}
		}
		batch.batchUpdate(INSERT, SqlParameterSourceUtils.createBatch(rows));
		if (!documents.isEmpty()) {
			batch.batchUpdate(INSERT_DOCUMENT, SqlParameterSourceUtils.createBatch(documents));
		}
	}

	public UUID insert(PersonDetails p, NameIndex.Entry names, String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql(INSERT)
				.params(columns(p, names))
				.param("id", id)
				.param("actor", actor)
				.update();
		return id;
	}

	public void update(UUID id, int version, PersonDetails p, NameIndex.Entry names, String actor) {
		int updated = jdbc.sql("""
				UPDATE person SET surname_latin = :surnameLatin, given_name_latin = :givenNameLatin,
				  patronymic_latin = :patronymicLatin, surname_cyrillic = :surnameCyrillic,
				  given_name_cyrillic = :givenNameCyrillic, patronymic_cyrillic = :patronymicCyrillic,
				  name_original = :nameOriginal, aliases = :aliases, sex = :sex, birth_date = :birthDate,
				  birth_date_estimated = :birthDateEstimated, citizenship_status = :citizenshipStatus, kind = :kind,
				  operation_id = :operationId, arrival_date = :arrivalDate, region_id = :regionId,
				  locality = :locality, name_keys = :nameKeys, sort_name = :sortName, search_terms = :searchTerms,
				  match_keys = :matchKeys, name_index_version = :indexVersion, version = version + 1, updated_at = now(), updated_by = :actor
				WHERE id = :id AND version = :version""")
				.params(columns(p, names))
				.param("id", id)
				.param("version", version)
				.param("actor", actor)
				.update();
		if (updated == 0) {
			throw new StaleVersion(RECORD_TYPE, version, currentVersion(id));
		}
	}

	/** Marks a change of something that belongs to the person (a document), so that concurrent edits see it. */
	public void touch(UUID id, String actor) {
		jdbc.sql("UPDATE person SET version = version + 1, updated_at = now(), updated_by = ? WHERE id = ?")
				.params(actor, id).update();
	}

	public int currentVersion(UUID id) {
		return jdbc.sql("SELECT version FROM person WHERE id = ?").param(id).query(Integer.class).optional()
				.orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
	}

	public Optional<Person> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query((rs, n) -> person(rs)).optional()
				.map(person -> new Person(person.id(), person.version(), person.details(), person.operationName(),
						documents(id), memberships(id), person.createdAt(), person.createdBy(), person.updatedAt(),
						person.updatedBy()));
	}

	public Optional<UUID> regionOf(UUID id) {
		return jdbc.sql("SELECT region_id FROM person WHERE id = ?").param(id).query(UUID.class).optional();
	}

	/** Every person in scope, in alphabetical order. */
	public PageOf<PersonSummary> list(RegistryScope scope, PageOf.Request page) {
		return search(scope, List.of(), null, null, page);
	}

	/**
	 * Persons in scope whose names meet every one of the typed words (each given as its {@link NameIndex#queryTerms
	 * query terms}), with a document of {@code documentKey}, of the operation {@code operationId}; each criterion
	 * optional. The GIN index on (region, search terms) answers the names and the region in one scan; the count
	 * stops after {@link PageOf#COUNT_LIMIT} rows.
	 */
	public PageOf<PersonSummary> search(RegistryScope scope, List<List<String>> words, String documentKey,
			UUID operationId, PageOf.Request page) {
		var where = new StringBuilder(" WHERE true");
		Map<String, Object> params = new HashMap<>();
		if (!scope.national()) {
			where.append(" AND p.region_id = :region");
			params.put("region", scope.regionId());
		}
		for (int i = 0; i < words.size(); i++) {
			where.append(" AND p.search_terms && :word").append(i).append("::text[]");
			params.put("word" + i, textArray(words.get(i)));
		}
		if (documentKey != null && !documentKey.isEmpty()) {
			where.append(" AND p.id IN (SELECT d.person_id FROM identity_document d WHERE d.number_key = :doc)");
			params.put("doc", documentKey);
		}
		if (operationId != null) {
			where.append(" AND p.operation_id = :operation");
			params.put("operation", operationId);
		}
		params.put("countLimit", PageOf.COUNT_LIMIT + 1);
		long counted = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM person p" + where + " LIMIT :countLimit) c")
				.params(params).query(Long.class).single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		// Without words the alphabetical index gives the page at once. With words, the persons found are taken from
		// the name index first and only they are sorted: walked in alphabetical order instead (the plan PostgreSQL
		// prefers, expecting matches everywhere), a search for "Akhmedova" read the 38,000 names before it in
		// the alphabet at a million persons, and one for a name late in the alphabet would read nearly all of them.
		String query = words.isEmpty() ? SELECT + where + " ORDER BY p.sort_name, p.id LIMIT :limit OFFSET :offset"
				: "WITH found AS MATERIALIZED (SELECT p.id, p.sort_name FROM person p" + where + "),"
						+ " page AS (SELECT id, sort_name FROM found ORDER BY sort_name, id LIMIT :limit OFFSET :offset)\n"
						+ COLUMNS + " FROM page JOIN person p ON p.id = page.id"
						+ " LEFT JOIN repatriation_operation o ON o.id = p.operation_id ORDER BY page.sort_name, page.id";
		List<PersonSummary> items = counted == 0 && page.page() == 0 ? List.of()
				: jdbc.sql(query).params(params).query((rs, n) -> summary(person(rs))).list();
		return PageOf.counted(items, page, counted, PageOf.COUNT_LIMIT);
	}

	/** A person found by some of their keys: blocking keys or document number keys. */
	public record Keyed(Person person, List<String> keys) {
	}

	/**
	 * Persons anywhere in the country who share a blocking key (a loose name key and a year of birth) with one or
	 * more registrations, each with all their blocking keys; at most {@code limit}. The duplicate check compares
	 * their names and dates.
	 */
	public List<Keyed> sharingAnyMatchKey(List<String> matchKeys, int limit) {
		if (matchKeys.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(COLUMNS + """
				, p.match_keys AS found_keys""" + FROM
				+ " WHERE p.match_keys && :keys::text[] LIMIT :limit")
				.param("keys", textArray(matchKeys)).param("limit", limit)
				.query((rs, n) -> new Keyed(person(rs), List.of((String[]) rs.getArray("found_keys").getArray())))
				.list();
	}

	/**
	 * Persons anywhere in the country holding a document with one of these number keys, each with the number keys
	 * of theirs among them.
	 */
	public List<Keyed> holdingAnyDocument(List<String> numberKeys) {
		if (numberKeys.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(COLUMNS + """
				, ARRAY(SELECT DISTINCT d.number_key FROM identity_document d
				  WHERE d.person_id = p.id AND d.number_key = ANY(:keys::text[])) AS found_keys""" + FROM + """
				 WHERE p.id IN (SELECT person_id FROM identity_document WHERE number_key = ANY(:keys::text[]))""")
				.param("keys", textArray(numberKeys))
				.query((rs, n) -> new Keyed(person(rs), List.of((String[]) rs.getArray("found_keys").getArray())))
				.list();
	}

	/** Persons whose name index was made by older rules, locked for this transaction; at most {@code limit}. */
	public List<Person> indexedByOlderRules(int limit) {
		return jdbc.sql(SELECT + " WHERE p.name_index_version < ? ORDER BY p.id LIMIT ? FOR UPDATE OF p SKIP LOCKED")
				.params(NameIndex.VERSION, limit).query((rs, n) -> person(rs)).list();
	}

	/** Stores a person's name index again, without touching the record's version: nothing the user sees changed. */
	public void reindex(UUID id, NameIndex.Entry names) {
		jdbc.sql("""
				UPDATE person SET name_keys = ?, sort_name = ?, search_terms = ?, match_keys = ?, name_index_version = ?
				WHERE id = ?""")
				.params(textArray(names.keys()), names.sortName(), textArray(names.searchTerms()),
						textArray(names.matchKeys()), NameIndex.VERSION, id)
				.update();
	}

	public PersonSummary summary(Person p) {
		PersonDetails d = p.details();
		return new PersonSummary(p.id(), p.latinName(), p.cyrillicName(), d.sex(), d.birthDate(),
				d.birthDateEstimated(), d.kind(), d.regionId(), d.locality(), p.operationName());
	}

	public UUID addDocument(UUID personId, IdentityDocumentDetails document, String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql(INSERT_DOCUMENT).params(documentColumns(id, personId, document, actor)).update();
		return id;
	}

	private static Map<String, Object> documentColumns(UUID id, UUID personId, IdentityDocumentDetails document,
			String actor) {
		Map<String, Object> columns = new HashMap<>();
		columns.put("id", id);
		columns.put("personId", personId);
		columns.put("kind", document.kind().name());
		columns.put("number", document.number().strip());
		columns.put("numberKey", DocumentNumbers.key(document.number()));
		columns.put("issuingCountry", blankToNull(document.issuingCountry()));
		columns.put("issueDate", document.issueDate());
		columns.put("expiryDate", document.expiryDate());
		columns.put("actor", actor);
		return columns;
	}

	public boolean removeDocument(UUID personId, UUID documentId) {
		return jdbc.sql("DELETE FROM identity_document WHERE id = ? AND person_id = ?").params(documentId, personId)
				.update() == 1;
	}

	private List<IdentityDocument> documents(UUID personId) {
		return jdbc.sql("SELECT * FROM identity_document WHERE person_id = ? ORDER BY created_at").param(personId)
				.query((rs, n) -> new IdentityDocument(rs.getObject("id", UUID.class),
						DocumentKind.valueOf(rs.getString("kind")), rs.getString("number"),
						rs.getString("issuing_country"), rs.getObject("issue_date", LocalDate.class),
						rs.getObject("expiry_date", LocalDate.class)))
				.list();
	}

	private List<Person.Membership> memberships(UUID personId) {
		return jdbc.sql("""
				SELECT h.id, h.label, m.relationship FROM household_member m JOIN household h ON h.id = m.household_id
				WHERE m.person_id = ? ORDER BY h.label""").param(personId)
				.query((rs, n) -> new Person.Membership(rs.getObject("id", UUID.class), rs.getString("label"),
						Relationship.valueOf(rs.getString("relationship"))))
				.list();
	}

	private static Map<String, Object> columns(PersonDetails p, NameIndex.Entry names) {
		Map<String, Object> columns = new HashMap<>();
		columns.put("surnameLatin", blankToNull(p.surnameLatin()));
		columns.put("givenNameLatin", blankToNull(p.givenNameLatin()));
		columns.put("patronymicLatin", blankToNull(p.patronymicLatin()));
		columns.put("surnameCyrillic", blankToNull(p.surnameCyrillic()));
		columns.put("givenNameCyrillic", blankToNull(p.givenNameCyrillic()));
		columns.put("patronymicCyrillic", blankToNull(p.patronymicCyrillic()));
		columns.put("nameOriginal", blankToNull(p.nameOriginal()));
		columns.put("aliases", textArray(p.aliases()));
		columns.put("sex", p.sex().name());
		columns.put("birthDate", p.birthDate());
		columns.put("birthDateEstimated", p.birthDateEstimated());
		columns.put("citizenshipStatus", p.citizenshipStatus().name());
		columns.put("kind", p.kind().name());
		columns.put("operationId", p.operationId());
		columns.put("arrivalDate", p.arrivalDate());
		columns.put("regionId", p.regionId());
		columns.put("locality", blankToNull(p.locality()));
		columns.put("nameKeys", textArray(names.keys()));
		columns.put("sortName", names.sortName());
		columns.put("searchTerms", textArray(names.searchTerms()));
		columns.put("matchKeys", textArray(names.matchKeys()));
		columns.put("indexVersion", NameIndex.VERSION);
		return columns;
	}

	private static String[] textArray(List<String> values) {
		return values.toArray(String[]::new);
	}

	private static Person person(ResultSet rs) throws SQLException {
		var details = new PersonDetails(rs.getString("surname_latin"), rs.getString("given_name_latin"),
				rs.getString("patronymic_latin"), rs.getString("surname_cyrillic"), rs.getString("given_name_cyrillic"),
				rs.getString("patronymic_cyrillic"), rs.getString("name_original"),
				new ArrayList<>(Arrays.asList((String[]) rs.getArray("aliases").getArray())),
				Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class),
				rs.getBoolean("birth_date_estimated"), CitizenshipStatus.valueOf(rs.getString("citizenship_status")),
				PersonKind.valueOf(rs.getString("kind")), rs.getObject("operation_id", UUID.class),
				rs.getObject("arrival_date", LocalDate.class), rs.getObject("region_id", UUID.class),
				rs.getString("locality"));
		return new Person(rs.getObject("id", UUID.class), rs.getInt("version"), details,
				rs.getString("operation_name"), List.of(), List.of(), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}


}
