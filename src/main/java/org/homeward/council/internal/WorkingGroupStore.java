package org.homeward.council.internal;

import static org.homeward.shared.Text.blankToNull;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.council.ReferenceCommands.WorkingGroupDetails;
import org.homeward.council.WorkingGroup;
import org.homeward.organizations.Organization;
import org.homeward.shared.Refused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Council's working groups and their member organisations, in PostgreSQL. */
@Repository
public class WorkingGroupStore {

	public static final String RECORD_TYPE = "COUNCIL_WORKING_GROUP";

	private final JdbcClient jdbc;

	WorkingGroupStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<WorkingGroup> all(Directory directory) {
		Map<UUID, List<Organization>> members = new HashMap<>();
		jdbc.sql("SELECT * FROM council_working_group_member").query((ResultSet rs) -> {
			Organization o = directory.organization(rs.getObject("organization_id", UUID.class));
			if (o != null) {
				members.computeIfAbsent(rs.getObject("working_group_id", UUID.class), k -> new ArrayList<>()).add(o);
			}
		});
		return jdbc.sql("SELECT * FROM council_working_group ORDER BY name_en")
				.query((rs, n) -> {
					UUID id = rs.getObject("id", UUID.class);
					return new WorkingGroup(id, rs.getInt("version"), rs.getString("name_en"), rs.getString("name_ru"),
							rs.getString("name_uz"), rs.getString("description"),
							members.getOrDefault(id, List.of()).stream()
									.sorted(java.util.Comparator.comparing(Organization::nameEn)).toList());
				}).list();
	}

	public Optional<WorkingGroup> find(UUID id, Directory directory) {
		return all(directory).stream().filter(g -> g.id().equals(id)).findFirst();
	}

	public UUID insert(WorkingGroupDetails g, String actor) {
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					INSERT INTO council_working_group (id, name_en, name_ru, name_uz, description, updated_by)
					VALUES (?, ?, ?, ?, ?, ?)""")
					.params(id, g.nameEn().strip(), g.nameRu().strip(), g.nameUz().strip(), blankToNull(g.description()),
							actor)
					.update();
		}
		catch (DuplicateKeyException e) {
			throw new Refused("council.workingGroup.nameTaken");
		}
		replaceMembers(id, g);
		return id;
	}

	public void update(UUID id, int version, WorkingGroupDetails g, String actor) {
		int updated;
		try {
			updated = jdbc.sql("""
					UPDATE council_working_group SET name_en = ?, name_ru = ?, name_uz = ?, description = ?,
					  version = version + 1, updated_at = now(), updated_by = ?
					WHERE id = ? AND version = ?""")
					.params(g.nameEn().strip(), g.nameRu().strip(), g.nameUz().strip(), blankToNull(g.description()),
							actor, id, version)
					.update();
		}
		catch (DuplicateKeyException e) {
			throw new Refused("council.workingGroup.nameTaken");
		}
		Versions.requireUpdated(updated, jdbc, "council_working_group", id, version, RECORD_TYPE);
		replaceMembers(id, g);
	}

	private void replaceMembers(UUID id, WorkingGroupDetails g) {
		jdbc.sql("DELETE FROM council_working_group_member WHERE working_group_id = ?").param(id).update();
		for (UUID member : g.memberIds()) {
			jdbc.sql("INSERT INTO council_working_group_member (working_group_id, organization_id) VALUES (?, ?)")
					.params(id, member).update();
		}
	}
}
