package org.homeward.registry;

import java.util.List;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.organizations.Organizations;
import org.homeward.registry.internal.OperationStore;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repatriation operations. They hold no personal data themselves and are shared by the whole country; the people
 * they brought home are reached through {@link PersonRegistry}, within scope.
 */
@Service
@PreAuthorize("hasAnyRole('COORDINATOR', 'CASE_MANAGER')")
public class OperationRegistry {

	public static final String RECORD_TYPE = "OPERATION";

	private final OperationStore operations;
	private final AuditTrail audit;
	private final Organizations organizations;

	OperationRegistry(OperationStore operations, AuditTrail audit, Organizations organizations) {
		this.operations = operations;
		this.audit = audit;
		this.organizations = organizations;
	}

	@Transactional(readOnly = true)
	public List<RepatriationOperation> all(CurrentUser user) {
		RegistryScope.of(user);
		return operations.all();
	}

	@Transactional(readOnly = true)
	public RepatriationOperation view(UUID id, CurrentUser user) {
		RegistryScope.of(user);
		return operations.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
	}

	@Transactional
	public RepatriationOperation create(OperationDetails operation, CurrentUser user) {
		RegistryScope.of(user);
		checkCountry(operation);
		UUID id = operations.insert(operation, user.username());
		audit.record(user.actor(), AuditAction.CREATE, RECORD_TYPE, id, null);
		return operations.find(id).orElseThrow();
	}

	@Transactional
	public RepatriationOperation edit(UUID id, EditOperation edit, CurrentUser user) {
		RegistryScope.of(user);
		checkCountry(edit.operation());
		operations.update(id, edit.version(), edit.operation(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, null);
		return operations.find(id).orElseThrow();
	}

	boolean exists(UUID id) {
		return operations.exists(id);
	}

	private void checkCountry(OperationDetails operation) {
		if (organizations.country(operation.originCountry()).isEmpty()) {
			throw new Refused("operation.country.unknown");
		}
	}
}
