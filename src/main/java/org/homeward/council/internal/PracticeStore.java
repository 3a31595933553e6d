package org.homeward.council.internal;

import static org.homeward.shared.Text.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.council.Approach;
import org.homeward.council.CouncilFile;
import org.homeward.council.GoodPractice;
import org.homeward.council.PracticeCommands.PracticeDetails;
import org.homeward.council.PracticeSearch;
import org.homeward.council.PracticeStage;
import org.homeward.council.PracticeStatus;
import org.homeward.council.PracticeSummary;
import org.homeward.council.Theme;
import org.homeward.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The good-practice library in PostgreSQL, searched in full text: the Russian and English stemmers find other forms
 * of a word ("реинтеграции" finds "реинтеграция"), and the simple configuration with prefixes serves Uzbek, which
 * PostgreSQL has no stemmer for ("reintegratsiya" finds "reintegratsiyasi").
 */
@Repository
public class PracticeStore {

	public static final String RECORD_TYPE = "COUNCIL_GOOD_PRACTICE";

	/** Words of a query: letters and digits only, so that nothing typed can change the shape of a tsquery. */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
	private static final int MAX_WORDS = 10;
	private static final int EXCERPT = 240;

	private final JdbcClient jdbc;

	PracticeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The practices that match the search among those the reader may see ({@code visible}, an SQL condition on
	 * {@code g}), best matches first when words were given, else newest first.
	 */
	public PageOf<PracticeSummary> search(PracticeSearch search, String visible, Map<String, Object> visibleParams,
			PageOf.Request page) {
		StringBuilder where = new StringBuilder(visible);
		Map<String, Object> params = new HashMap<>(visibleParams);
		String order = "g.updated_at DESC";
		List<String> words = words(search.q());
		if (!words.isEmpty()) {
			where.append(" AND ").append("""
					(g.search_simple @@ to_tsquery('simple', :prefixes)
					  OR g.search_russian @@ plainto_tsquery('russian', :words)
					  OR g.search_english @@ plainto_tsquery('english', :words))""");
			params.put("prefixes", String.join(" & ", words.stream().map(w -> w + ":*").toList()));
			params.put("words", String.join(" ", words));
			order = """
					greatest(ts_rank(g.search_simple, to_tsquery('simple', :prefixes)),
					  ts_rank(g.search_russian, plainto_tsquery('russian', :words)),
					  ts_rank(g.search_english, plainto_tsquery('english', :words))) DESC, g.updated_at DESC""";
		}
		if (search.countryCode() != null && !search.countryCode().isBlank()) {
			where.append(" AND g.country_code = :country");
			params.put("country", search.countryCode());
		}
		if (search.theme() != null) {
			where.append(" AND g.theme = :theme");
			params.put("theme", search.theme().name());
		}
		if (search.approach() != null) {
			where.append(" AND g.approach = :approach");
			params.put("approach", search.approach().name());
		}
		if (search.stage() != null) {
			where.append(" AND g.stage = :stage");
			params.put("stage", search.stage().name());
		}
		if (search.status() != null) {
			where.append(" AND g.status = :status");
			params.put("status", search.status().name());
		}
		long total = jdbc.sql("SELECT count(*) FROM council_good_practice g WHERE " + where).params(params)
				.query(Long.class).single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<PracticeSummary> items = jdbc.sql("SELECT g.id, g.title, g.country_code, g.theme, g.approach, g.stage, "
				+ "g.status, g.description FROM council_good_practice g WHERE " + where + " ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset")
				.params(params)
				.query((rs, n) -> new PracticeSummary(rs.getObject("id", UUID.class), rs.getString("title"),
						rs.getString("country_code"), Theme.valueOf(rs.getString("theme")),
						Approach.valueOf(rs.getString("approach")), PracticeStage.valueOf(rs.getString("stage")),
						PracticeStatus.valueOf(rs.getString("status")), excerpt(rs.getString("description"))))
				.list();
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	static List<String> words(String query) {
		List<String> words = new ArrayList<>();
		if (query == null) {
			return words;
		}
		Matcher matcher = WORD.matcher(query.toLowerCase(Locale.ROOT));
		while (matcher.find() && words.size() < MAX_WORDS) {
			words.add(matcher.group());
		}
		return words;
	}

	private static String excerpt(String text) {
		if (text == null || text.length() <= EXCERPT) {
			return text;
		}
		int cut = text.lastIndexOf(' ', EXCERPT);
		return text.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
	}

	/** A practice as stored, with who may see it decided by the caller. */
	public record Row(GoodPractice practice, UUID submitterId) {
	}

	public Optional<Row> find(UUID id) {
		List<CouncilFile> attachments = attachments(id);
		return jdbc.sql("SELECT * FROM council_good_practice WHERE id = ?").param(id)
				.query((rs, n) -> new Row(practice(rs, attachments), rs.getObject("submitter_id", UUID.class)))
				.optional();
	}

	public UUID insert(PracticeDetails p, UUID submitterId, UUID organizationId, String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO council_good_practice (id, title, country_code, theme, approach, stage, description, results,
				  lessons, submitted_by, submitter_id, organization_id, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, p.title().strip(), blankToNull(p.countryCode()), p.theme().name(), p.approach().name(),
						p.stage().name(), p.description().strip(), blankToNull(p.results()), blankToNull(p.lessons()),
						actor, submitterId, organizationId, actor)
				.update();
		return id;
	}

	public void update(UUID id, int version, PracticeDetails p, String actor) {
		int updated = jdbc.sql("""
				UPDATE council_good_practice SET title = ?, country_code = ?, theme = ?, approach = ?, stage = ?,
				  description = ?, results = ?, lessons = ?, version = version + 1, updated_at = now(), updated_by = ?
				WHERE id = ? AND version = ?""")
				.params(p.title().strip(), blankToNull(p.countryCode()), p.theme().name(), p.approach().name(),
						p.stage().name(), p.description().strip(), blankToNull(p.results()), blankToNull(p.lessons()),
						actor, id, version)
				.update();
		Versions.requireUpdated(updated, jdbc, "council_good_practice", id, version, RECORD_TYPE);
	}

	public void changeStatus(UUID id, int version, PracticeStatus to, String note, String actor) {
		int updated = jdbc.sql("""
				UPDATE council_good_practice SET status = ?, review_note = coalesce(?, review_note),
				  reviewed_at = CASE WHEN ? = 'DRAFT' THEN reviewed_at ELSE now() END,
				  reviewed_by = CASE WHEN ? = 'DRAFT' THEN reviewed_by ELSE ? END,
				  published_at = CASE WHEN ? = 'PUBLISHED' THEN now() ELSE NULL END,
				  version = version + 1, updated_at = now(), updated_by = ?
				WHERE id = ? AND version = ?""")
				.params(to.name(), blankToNull(note), to.name(), to.name(), actor, to.name(), actor, id, version)
				.update();
		Versions.requireUpdated(updated, jdbc, "council_good_practice", id, version, RECORD_TYPE);
	}

	public void attach(UUID practiceId, UUID fileId) {
		jdbc.sql("INSERT INTO council_practice_attachment (practice_id, file_id) VALUES (?, ?)").params(practiceId, fileId)
				.update();
	}

	public boolean hasAttachment(UUID practiceId, UUID fileId) {
		return jdbc.sql("SELECT count(*) FROM council_practice_attachment WHERE practice_id = ? AND file_id = ?")
				.params(practiceId, fileId).query(Long.class).single() > 0;
	}

	private List<CouncilFile> attachments(UUID practiceId) {
		return jdbc.sql("""
				SELECT f.id AS file_id, f.file_name, f.content_type, f.size FROM council_practice_attachment a
				JOIN council_file f ON f.id = a.file_id WHERE a.practice_id = ? ORDER BY f.uploaded_at""")
				.param(practiceId).query((rs, n) -> FileStore.described(rs, "file_id")).list();
	}

	private static GoodPractice practice(ResultSet rs, List<CouncilFile> attachments) throws SQLException {
		return new GoodPractice(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("title"),
				rs.getString("country_code"), Theme.valueOf(rs.getString("theme")),
				Approach.valueOf(rs.getString("approach")), PracticeStage.valueOf(rs.getString("stage")),
				rs.getString("description"), rs.getString("results"), rs.getString("lessons"),
				PracticeStatus.valueOf(rs.getString("status")), instant(rs, "submitted_at"),
				rs.getString("submitted_by"), rs.getObject("organization_id", UUID.class), rs.getString("review_note"),
				instant(rs, "reviewed_at"), rs.getString("reviewed_by"), instant(rs, "published_at"),
				instant(rs, "updated_at"), rs.getString("updated_by"), attachments, false);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
