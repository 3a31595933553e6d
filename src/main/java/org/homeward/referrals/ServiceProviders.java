package org.homeward.referrals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.organizations.Organization;
import org.homeward.organizations.Organizations;
import org.homeward.referrals.internal.ServiceCatalogue;
import org.homeward.shared.Refused;
import org.homeward.shared.UnknownReference;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service catalogue and who provides what: kept by the administrator, read by everyone who refers. */
@Service
public class ServiceProviders {

	private final ServiceCatalogue catalogue;
	private final Organizations organizations;
	private final AuditTrail audit;

	ServiceProviders(ServiceCatalogue catalogue, Organizations organizations, AuditTrail audit) {
		this.catalogue = catalogue;
		this.organizations = organizations;
		this.audit = audit;
	}

	/** Each service with the active organisations that provide it. */
	@Transactional(readOnly = true)
	public Map<ServiceType, List<Organization>> catalogue() {
		Map<ServiceType, List<Organization>> providers = new LinkedHashMap<>();
		for (ServiceType service : catalogue.services()) {
			providers.put(service, catalogue.providersOf(service.code()).stream().map(organizations::organization)
					.flatMap(java.util.Optional::stream).filter(Organization::active).toList());
		}
		return providers;
	}

	@Transactional
	public void provide(UUID organizationId, String serviceCode, CurrentUser administrator) {
		if (!administrator.has(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("the catalogue is the administrator's");
		}
		catalogue.service(serviceCode).orElseThrow(() -> new Refused("referral.service.unknown"));
		organizations.organization(organizationId)
				.orElseThrow(() -> new UnknownReference("organizationId", "user.organization.unknown"));
		catalogue.addProvider(organizationId, serviceCode);
		audit.record(administrator.actor(), AuditAction.UPDATE, "SERVICE_CATALOGUE", organizationId,
				"provides " + serviceCode);
	}
}
