package org.homeward.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.cases.CaseView;
import org.homeward.cases.Section;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.StaleVersion;
import org.homeward.shared.encryption.Encryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sections of cases, their notes and attachments, in PostgreSQL. Every note and attachment, and the fields of the
 * health, psychosocial, legal and security sections, are stored encrypted ({@link Encryption}); a note or file written
 * before encryption at rest is read as it was until {@link SealedCaseContents} has encrypted it.
 */
@Repository
public class SectionStore {

	private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Encryption encryption;

	SectionStore(JdbcClient jdbc, JsonMapper json, Encryption encryption) {
		this.jdbc = jdbc;
		this.json = json;
		this.encryption = encryption;
	}

	/** The sections whose structured fields are encrypted too, not only their notes and files. */
	static boolean fieldsSealed(Section section) {
		return SealedCaseContents.SEALED_SECTIONS.contains(section);
	}

	/** A section row as stored. */
	public record SectionRow(Section section, int version, Map<String, String> fields, String status,
			UUID assignedSpecialistId, String assignedSpecialistName, Instant updatedAt, String updatedBy) {
	}

	public Optional<SectionRow> find(UUID caseId, Section section) {
		return Optional.ofNullable(all(caseId).get(section));
	}

	/** All sections of a case in one query; a case page shows several. */
	public Map<Section, SectionRow> all(UUID caseId) {
		Map<Section, SectionRow> sections = new java.util.EnumMap<>(Section.class);
		jdbc.sql("""
				SELECT s.*, u.display_name FROM case_section s LEFT JOIN app_user u ON u.id = s.assigned_specialist_id
				WHERE s.case_id = ?""").param(caseId)
				.query((java.sql.ResultSet rs) -> {
					Section section = Section.valueOf(rs.getString("section"));
					byte[] sealed = rs.getBytes("fields_sealed");
					String fields = sealed == null ? rs.getString("fields")
							: encryption.openText(sealed, SealedCaseContents.fieldsContext(caseId, section));
					sections.put(section, new SectionRow(section, rs.getInt("version"),
							json.readValue(fields, FIELDS), rs.getString("status"),
							rs.getObject("assigned_specialist_id", UUID.class), rs.getString("display_name"),
							rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")));
				});
		return sections;
	}

	public void update(UUID caseId, Section section, int version, Map<String, String> fields, String status,
			String actor) {
		String clear = json.writeValueAsString(fields);
		Encryption.Sealed sealed = fieldsSealed(section)
				? encryption.sealText(clear, SealedCaseContents.fieldsContext(caseId, section)) : null;
		int updated = jdbc.sql("""
				UPDATE case_section SET fields = ?::jsonb, fields_sealed = ?, sealed_key = ?, status = ?,
				  version = version + 1, updated_at = now(), updated_by = ?
				WHERE case_id = ? AND section = ? AND version = ?""")
				.params(sealed == null ? clear : "{}", sealed == null ? null : sealed.bytes(),
						sealed == null ? null : sealed.keyId(), status, actor, caseId, section.name(), version)
				.update();
		requireUpdated(updated, caseId, section, version);
	}

	public void assign(UUID caseId, Section section, int version, UUID specialistId, String actor) {
		int updated = jdbc.sql("""
				UPDATE case_section SET assigned_specialist_id = ?, version = version + 1, updated_at = now(),
				  updated_by = ?
				WHERE case_id = ? AND section = ? AND version = ?""")
				.params(specialistId, actor, caseId, section.name(), version).update();
		requireUpdated(updated, caseId, section, version);
	}

	private void requireUpdated(int updated, UUID caseId, Section section, int version) {
		if (updated == 0) {
			int current = find(caseId, section).orElseThrow(() -> new RecordNotFound("SECTION")).version();
			throw new StaleVersion("SECTION", version, current);
		}
	}

	public UUID addNote(UUID caseId, Section section, LocalDate notedOn, String text, String actor,
			UUID organizationId) {
		UUID id = UUID.randomUUID();
		Encryption.Sealed sealed = encryption.sealText(text.strip(), SealedCaseContents.noteContext(id));
		jdbc.sql("""
				INSERT INTO case_note (id, case_id, section, noted_on, text_sealed, sealed_key, written_by, organization_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, caseId, section.name(), notedOn, sealed.bytes(), sealed.keyId(), actor, organizationId)
				.update();
		return id;
	}

	/** The notes of a case by section, newest first, in one query. */
	public Map<Section, List<CaseView.Note>> notes(UUID caseId) {
		Map<Section, List<CaseView.Note>> notes = new java.util.EnumMap<>(Section.class);
		jdbc.sql("SELECT * FROM case_note WHERE case_id = ? ORDER BY noted_on DESC, written_at DESC").param(caseId)
				.query((java.sql.ResultSet rs) -> {
					notes.computeIfAbsent(Section.valueOf(rs.getString("section")), s -> new java.util.ArrayList<>())
							.add(new CaseView.Note(rs.getObject("id", UUID.class), rs.getObject("noted_on", LocalDate.class),
									noteText(rs), rs.getString("written_by"),
									rs.getTimestamp("written_at").toInstant(), rs.getObject("organization_id", UUID.class)));
				});
		return notes;
	}

	private String noteText(java.sql.ResultSet rs) throws java.sql.SQLException {
		byte[] sealed = rs.getBytes("text_sealed");
		return sealed == null ? rs.getString("text")
				: encryption.openText(sealed, SealedCaseContents.noteContext(rs.getObject("id", UUID.class)));
	}

	public UUID addAttachment(UUID caseId, Section section, String fileName, String contentType, byte[] content,
			String actor, UUID organizationId) {
		UUID id = UUID.randomUUID();
		Encryption.Sealed sealed = encryption.seal(content, SealedCaseContents.attachmentContext(id));
		jdbc.sql("""
				INSERT INTO case_attachment (id, case_id, section, file_name, content_type, size_bytes, content_sealed,
				  sealed_key, uploaded_by, organization_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, caseId, section.name(), fileName, contentType, content.length, sealed.bytes(), sealed.keyId(),
						actor, organizationId)
				.update();
		return id;
	}

	/** The attachments of a case by section (without their content), newest first, in one query. */
	public Map<Section, List<CaseView.Attachment>> attachments(UUID caseId) {
		Map<Section, List<CaseView.Attachment>> attachments = new java.util.EnumMap<>(Section.class);
		jdbc.sql("""
				SELECT id, section, file_name, content_type, size_bytes, uploaded_by, uploaded_at, organization_id
				FROM case_attachment
				WHERE case_id = ? ORDER BY uploaded_at DESC""").param(caseId)
				.query((java.sql.ResultSet rs) -> {
					attachments.computeIfAbsent(Section.valueOf(rs.getString("section")), s -> new java.util.ArrayList<>())
							.add(new CaseView.Attachment(rs.getObject("id", UUID.class), rs.getString("file_name"),
									rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("uploaded_by"),
									rs.getTimestamp("uploaded_at").toInstant(), rs.getObject("organization_id", UUID.class)));
				});
		return attachments;
	}

	/** An attachment's file, with the section it belongs to, so that its reader's access can be checked. */
	public record StoredFile(Section section, String fileName, String contentType, byte[] content,
			UUID organizationId) {
	}

	public Optional<StoredFile> file(UUID caseId, UUID attachmentId) {
		return jdbc.sql("""
				SELECT section, file_name, content_type, content, content_sealed, organization_id FROM case_attachment
				WHERE case_id = ? AND id = ?""")
				.params(caseId, attachmentId)
				.query((rs, n) -> {
					byte[] sealed = rs.getBytes("content_sealed");
					byte[] content = sealed == null ? rs.getBytes("content")
							: encryption.open(sealed, SealedCaseContents.attachmentContext(attachmentId));
					return new StoredFile(Section.valueOf(rs.getString("section")), rs.getString("file_name"),
							rs.getString("content_type"), content, rs.getObject("organization_id", UUID.class));
				})
				.optional();
	}
}
