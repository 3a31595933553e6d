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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The sections of cases, their notes and attachments, in PostgreSQL. */
@Repository
public class SectionStore {

	private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	SectionStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
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
					sections.put(section, new SectionRow(section, rs.getInt("version"),
							json.readValue(rs.getString("fields"), FIELDS), rs.getString("status"),
							rs.getObject("assigned_specialist_id", UUID.class), rs.getString("display_name"),
							rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")));
				});
		return sections;
	}

	public void update(UUID caseId, Section section, int version, Map<String, String> fields, String status,
			String actor) {
		int updated = jdbc.sql("""
				UPDATE case_section SET fields = ?::jsonb, status = ?, version = version + 1, updated_at = now(),
				  updated_by = ?
				WHERE case_id = ? AND section = ? AND version = ?""")
				.params(json.writeValueAsString(fields), status, actor, caseId, section.name(), version).update();
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
		jdbc.sql("""
				INSERT INTO case_note (id, case_id, section, noted_on, text, written_by, organization_id)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, caseId, section.name(), notedOn, text.strip(), actor, organizationId).update();
		return id;
	}

	/** The notes of a case by section, newest first, in one query. */
	public Map<Section, List<CaseView.Note>> notes(UUID caseId) {
		Map<Section, List<CaseView.Note>> notes = new java.util.EnumMap<>(Section.class);
		jdbc.sql("SELECT * FROM case_note WHERE case_id = ? ORDER BY noted_on DESC, written_at DESC").param(caseId)
				.query((java.sql.ResultSet rs) -> {
					notes.computeIfAbsent(Section.valueOf(rs.getString("section")), s -> new java.util.ArrayList<>())
							.add(new CaseView.Note(rs.getObject("id", UUID.class), rs.getObject("noted_on", LocalDate.class),
									rs.getString("text"), rs.getString("written_by"),
									rs.getTimestamp("written_at").toInstant(), rs.getObject("organization_id", UUID.class)));
				});
		return notes;
	}

	public UUID addAttachment(UUID caseId, Section section, String fileName, String contentType, byte[] content,
			String actor, UUID organizationId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO case_attachment (id, case_id, section, file_name, content_type, size_bytes, content, uploaded_by,
				  organization_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, caseId, section.name(), fileName, contentType, content.length, content, actor, organizationId)
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
				SELECT section, file_name, content_type, content, organization_id FROM case_attachment
				WHERE case_id = ? AND id = ?""")
				.params(caseId, attachmentId)
				.query((rs, n) -> new StoredFile(Section.valueOf(rs.getString("section")), rs.getString("file_name"),
						rs.getString("content_type"), rs.getBytes("content"), rs.getObject("organization_id", UUID.class)))
				.optional();
	}
}
