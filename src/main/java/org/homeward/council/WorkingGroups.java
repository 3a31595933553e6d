package org.homeward.council;

import java.util.List;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.council.ReferenceCommands.EditWorkingGroup;
import org.homeward.council.ReferenceCommands.WorkingGroupDetails;
import org.homeward.council.internal.Directory;
import org.homeward.council.internal.WorkingGroupStore;
import org.homeward.organizations.Organizations;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.UnknownReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Council's standing working groups: every Council role reads them, the secretariat keeps them. */
@Service
public class WorkingGroups {

	private final WorkingGroupStore store;
	private final Organizations organizations;
	private final CouncilAccess access;
	private final AuditTrail audit;

	WorkingGroups(WorkingGroupStore store, Organizations organizations, CouncilAccess access, AuditTrail audit) {
		this.store = store;
		this.organizations = organizations;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<WorkingGroup> all(CurrentUser user) {
		access.requireCouncil(user);
		return store.all(Directory.of(organizations));
	}

	@Transactional(readOnly = true)
	public WorkingGroup group(UUID id, CurrentUser user) {
		access.requireCouncil(user);
		return store.find(id, Directory.of(organizations))
				.orElseThrow(() -> new RecordNotFound(WorkingGroupStore.RECORD_TYPE));
	}

	@Transactional
	public WorkingGroup create(WorkingGroupDetails details, CurrentUser user) {
		access.requireSecretariat(user);
		checkMembers(details);
		UUID id = store.insert(details, user.username());
		audit.record(user.actor(), AuditAction.CREATE, WorkingGroupStore.RECORD_TYPE, id, null);
		return group(id, user);
	}

	@Transactional
	public WorkingGroup edit(UUID id, EditWorkingGroup edit, CurrentUser user) {
		access.requireSecretariat(user);
		group(id, user);
		checkMembers(edit.group());
		store.update(id, edit.version(), edit.group(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, WorkingGroupStore.RECORD_TYPE, id, null);
		return group(id, user);
	}

	private void checkMembers(WorkingGroupDetails details) {
		Directory directory = Directory.of(organizations);
		if (details.memberIds().stream().anyMatch(id -> directory.organization(id) == null)) {
			throw new UnknownReference("memberIds", "council.organization.unknown");
		}
	}
}
