package org.homeward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.google.crypto.tink.KeysetHandle;
import org.homeward.organizations.OrganizationType;
import org.homeward.referrals.Consent;
import org.homeward.referrals.Purpose;
import org.homeward.referrals.internal.ConsentStore;
import org.homeward.shared.encryption.Encryption;
import org.homeward.shared.encryption.KeysetSource;
import org.homeward.shared.encryption.Resealing;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Notes, attachments, the sensitive sections' fields and consent evidence are encrypted at rest: what is written
 * through the API reads back as written, while no table of the database holds it in clear; and a key rotation keeps
 * old values readable and re-encrypts them in the background.
 */
@HomewardTest
class EncryptionAtRestTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Encryption encryption;

	@Autowired
	Resealing resealing;

	@Autowired
	ConsentStore consents;

	@Test
	void noteFieldsFilesAndEvidenceReadBackButNoTableHoldsThemInClear() {
		String marker = "Cipherproof" + UUID.randomUUID().toString().substring(0, 8);
		String caseId = newCase("Encryptova");
		Http justice = new Http(port).as(Demo.JUSTICE_OFFICER);
		int version = justice.get("/api/v1/cases/" + caseId + "/sections/LEGAL").json().get("version").asInt();
		assertThat(justice.put("/api/v1/cases/" + caseId + "/sections/LEGAL", Map.of("version", version,
				"fields", Map.of("court", marker + " court"), "status", "ON_TRIAL")).status()).isEqualTo(200);
		assertThat(justice.post("/api/v1/cases/" + caseId + "/sections/LEGAL/notes",
				Map.of("notedOn", "2026-01-15", "text", marker + " hearing note")).status()).isEqualTo(201);
		Http caseManager = new Http(port).as(Demo.CASE_MANAGER);
		var file = caseManager.postFile("/api/v1/cases/" + caseId + "/sections/FAMILY/attachments", "letter.pdf",
				"application/pdf", ("%PDF-1.4\n" + marker + " letter").getBytes(StandardCharsets.UTF_8));
		assertThat(file.status()).as(file.text()).isEqualTo(201);
		UUID personId = UUID.fromString(caseManager.get("/api/v1/cases/" + caseId).json().get("person").get("personId").asString());
		UUID consentId = consents.insert(personId, Consent.GivenBy.PERSON, null, marker + " in her own words",
				Set.of(OrganizationType.LOCAL_COMMUNITY), Set.of(Purpose.MENTORING), LocalDate.of(2026, 1, 10), null,
				"consent.txt", "text/plain", (marker + " signed").getBytes(StandardCharsets.UTF_8), "test");

		var legal = justice.get("/api/v1/cases/" + caseId + "/sections/LEGAL").json();
		assertThat(legal.toString()).contains(marker + " court").contains(marker + " hearing note");
		String fileId = file.json().get("id").asString();
		assertThat(caseManager.get("/api/v1/cases/" + caseId + "/attachments/" + fileId).text())
				.isEqualTo("%PDF-1.4\n" + marker + " letter");
		assertThat(new String(consents.evidence(consentId).orElseThrow().content(), StandardCharsets.UTF_8))
				.isEqualTo(marker + " signed");
		assertThat(consents.find(consentId).orElseThrow().childView()).isEqualTo(marker + " in her own words");

		assertThat(tablesHolding(marker)).isEmpty();
	}

	@Test
	void afterARotationOldValuesStayReadableAndAreReEncryptedWithTheNewKey() {
		String caseId = newCase("Rotatova");
		Http justice = new Http(port).as(Demo.JUSTICE_OFFICER);
		assertThat(justice.post("/api/v1/cases/" + caseId + "/sections/LEGAL/notes",
				Map.of("notedOn", "2026-02-01", "text", "Sealed before the rotation")).status()).isEqualTo(201);
		resealing.resealAll();
		int oldKey = encryption.primaryKeyId();
		KeysetHandle before = KeysetSource.parse(KeysetSource.serialize(keysetOf(encryption)));

		KeysetHandle rotated = KeysetSource.rotated(before);
		encryption.use(rotated);
		try {
			int newKey = encryption.primaryKeyId();
			assertThat(newKey).isNotEqualTo(oldKey);
			assertThat(notes(justice, caseId)).contains("Sealed before the rotation");
			assertThat(resealing.remaining()).isPositive();

			resealing.resealAll();

			assertThat(resealing.remaining()).isZero();
			assertThat(jdbc.queryForObject("SELECT count(*) FROM case_note WHERE sealed_key IS DISTINCT FROM ?",
					Long.class, newKey)).isZero();
			// once every value is re-encrypted, the old key can leave the keyset
			encryption.use(KeysetSource.primaryOnly(rotated));
			assertThat(notes(justice, caseId)).contains("Sealed before the rotation");
		}
		finally {
			// the next tests of this shared Homeward go on with the rotated keyset, as a node would after a rotation
			resealing.resealAll();
		}
	}

	private static KeysetHandle keysetOf(Encryption encryption) {
		return encryption.keyset();
	}

	private static String notes(Http who, String caseId) {
		return who.get("/api/v1/cases/" + caseId + "/sections/LEGAL").json().get("notes").toString();
	}

	private String newCase(String surname) {
		Http caseManager = new Http(port).as(Demo.CASE_MANAGER);
		String tashkent = regionId(caseManager, "Tashkent");
		String personId = caseManager.post("/api/v1/persons", registration(
				person(surname, "Dilnoza", "1991-03-03", tashkent), List.of())).json().get("id").asString();
		return caseManager.post("/api/v1/cases", Map.of("personId", personId)).json().get("id").asString();
	}

	/** Every table whose rows, written out as text (bytea as hex), contain the marker: what a dump would show. */
	private List<String> tablesHolding(String marker) {
		String hex = HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8));
		List<String> tables = jdbc.queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
				String.class);
		return tables.stream().filter(table -> jdbc.queryForObject("SELECT count(*) FROM \"" + table
				+ "\" t WHERE t::text LIKE ? OR t::text LIKE ?", Long.class, "%" + marker + "%", "%" + hex + "%") > 0)
				.toList();
	}
}
