package org.homeward.cases.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.homeward.cases.Section;
import org.homeward.shared.encryption.Encryption;
import org.homeward.shared.encryption.Resealable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The encrypted contents of cases: every note and attachment, and the fields of the health, psychosocial, legal and
 * security sections. Re-encrypts, a batch at a time, what was sealed with an older key or written in clear before
 * encryption at rest.
 */
@Component
class SealedCaseContents implements Resealable {

	static final Set<Section> SEALED_SECTIONS = EnumSet.of(Section.HEALTH, Section.PSYCHOSOCIAL, Section.LEGAL,
			Section.SECURITY);

	private final JdbcClient jdbc;

	SealedCaseContents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String noteContext(UUID noteId) {
		return "case_note.text:" + noteId;
	}

	static String attachmentContext(UUID attachmentId) {
		return "case_attachment.content:" + attachmentId;
	}

	static String fieldsContext(UUID caseId, Section section) {
		return "case_section.fields:" + caseId + ":" + section.name();
	}

	@Override
	public String name() {
		return "case notes, attachments and sensitive sections";
	}

	@Override
	public long remaining(Encryption encryption) {
		int primary = encryption.primaryKeyId();
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM case_note WHERE sealed_key IS DISTINCT FROM :primary)
				     + (SELECT count(*) FROM case_attachment WHERE sealed_key IS DISTINCT FROM :primary)
				     + (SELECT count(*) FROM case_section WHERE section IN (:sections)
				          AND sealed_key IS DISTINCT FROM :primary AND (fields_sealed IS NOT NULL OR fields <> '{}'))""")
				.param("primary", primary).param("sections", sectionNames()).query(Long.class).single();
	}

	@Override
	public int resealBatch(Encryption encryption, int limit) {
		int primary = encryption.primaryKeyId();
		int done = 0;
		for (var note : jdbc.sql("""
				SELECT id, text, text_sealed FROM case_note WHERE sealed_key IS DISTINCT FROM ? LIMIT ? FOR UPDATE SKIP LOCKED""")
				.params(primary, limit)
				.query((rs, n) -> new Row(rs.getObject("id", UUID.class), null, rs.getBytes("text_sealed"),
						rs.getBytes("text")))
				.list()) {
			String context = noteContext(note.id());
			byte[] clear = note.sealed() != null ? encryption.open(note.sealed(), context) : note.clear();
			Encryption.Sealed sealed = encryption.seal(clear, context);
			jdbc.sql("UPDATE case_note SET text = NULL, text_sealed = ?, sealed_key = ? WHERE id = ?")
					.params(sealed.bytes(), sealed.keyId(), note.id()).update();
			done++;
		}
		if (done < limit) {
			for (var file : jdbc.sql("""
					SELECT id, content, content_sealed FROM case_attachment WHERE sealed_key IS DISTINCT FROM ?
					LIMIT ? FOR UPDATE SKIP LOCKED""")
					.params(primary, limit - done)
					.query((rs, n) -> new Row(rs.getObject("id", UUID.class), null, rs.getBytes("content_sealed"),
							rs.getBytes("content")))
					.list()) {
				String context = attachmentContext(file.id());
				byte[] clear = file.sealed() != null ? encryption.open(file.sealed(), context) : file.clear();
				Encryption.Sealed sealed = encryption.seal(clear, context);
				jdbc.sql("UPDATE case_attachment SET content = NULL, content_sealed = ?, sealed_key = ? WHERE id = ?")
						.params(sealed.bytes(), sealed.keyId(), file.id()).update();
				done++;
			}
		}
		if (done < limit) {
			for (var section : jdbc.sql("""
					SELECT case_id, section, fields::text AS fields, fields_sealed FROM case_section
					WHERE section IN (:sections) AND sealed_key IS DISTINCT FROM :primary
					  AND (fields_sealed IS NOT NULL OR fields <> '{}')
					LIMIT :limit FOR UPDATE SKIP LOCKED""")
					.param("sections", sectionNames()).param("primary", primary).param("limit", limit - done)
					.query((rs, n) -> new Row(rs.getObject("case_id", UUID.class), Section.valueOf(rs.getString("section")),
							rs.getBytes("fields_sealed"), rs.getBytes("fields")))
					.list()) {
				String context = fieldsContext(section.id(), section.section());
				byte[] clear = section.sealed() != null ? encryption.open(section.sealed(), context) : section.clear();
				Encryption.Sealed sealed = encryption.seal(clear, context);
				// not a change of the section's content: its version stays, so nobody's edit in progress is refused
				jdbc.sql("""
						UPDATE case_section SET fields = '{}', fields_sealed = ?, sealed_key = ?
						WHERE case_id = ? AND section = ?""")
						.params(sealed.bytes(), sealed.keyId(), section.id(), section.section().name()).update();
				done++;
			}
		}
		return done;
	}

	private static List<String> sectionNames() {
		return SEALED_SECTIONS.stream().map(Enum::name).toList();
	}

	private record Row(UUID id, Section section, byte[] sealed, byte[] clear) {
	}
}
