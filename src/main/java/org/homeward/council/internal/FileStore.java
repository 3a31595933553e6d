package org.homeward.council.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.homeward.council.CouncilFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded files of the Council (materials, good practices, evidence), kept in PostgreSQL with the rest. */
@Repository
public class FileStore {

	private final JdbcClient jdbc;

	FileStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID insert(String fileName, String contentType, byte[] content, String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO council_file (id, file_name, content_type, size, content, uploaded_by)
				VALUES (?, ?, ?, ?, ?, ?)""")
				.params(id, fileName, contentType, content.length, content, actor).update();
		return id;
	}

	public Optional<CouncilFile.Content> content(UUID id) {
		return jdbc.sql("SELECT file_name, content_type, content FROM council_file WHERE id = ?").param(id)
				.query((rs, n) -> new CouncilFile.Content(rs.getString("file_name"), rs.getString("content_type"),
						rs.getBytes("content")))
				.optional();
	}

	/** The file described by the columns {@code file_id}, {@code file_name}, {@code content_type}, {@code size}. */
	static CouncilFile described(ResultSet rs, String idColumn) throws SQLException {
		UUID id = rs.getObject(idColumn, UUID.class);
		return id == null ? null
				: new CouncilFile(id, rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size"));
	}
}
