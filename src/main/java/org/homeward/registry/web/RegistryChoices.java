package org.homeward.registry.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.homeward.accounts.CurrentUser;
import org.homeward.organizations.Organizations;
import org.homeward.organizations.Region;
import org.homeward.registry.CitizenshipStatus;
import org.homeward.registry.DocumentKind;
import org.homeward.registry.OperationRegistry;
import org.homeward.registry.PersonKind;
import org.homeward.registry.RegistryScope;
import org.homeward.registry.Relationship;
import org.homeward.registry.RepatriationOperation;
import org.homeward.registry.Sex;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices registry forms offer and the names lists show: regions in scope, operations, countries, enums. */
@Component
class RegistryChoices {

	private final Organizations organizations;
	private final OperationRegistry operations;

	RegistryChoices(Organizations organizations, OperationRegistry operations) {
		this.organizations = organizations;
		this.operations = operations;
	}

	void addTo(Model model, CurrentUser user, Locale locale) {
		RegistryScope scope = RegistryScope.of(user);
		model.addAttribute("regionChoices", organizations.nodeRegions().stream()
				.filter(region -> scope.covers(region.id())).toList());
		model.addAttribute("regionNames", regionNames(locale));
		model.addAttribute("operationChoices", operations.all(user));
		model.addAttribute("countryChoices", organizations.countries());
		model.addAttribute("sexChoices", Sex.values());
		model.addAttribute("kindChoices", PersonKind.values());
		model.addAttribute("citizenshipChoices", CitizenshipStatus.values());
		model.addAttribute("documentKindChoices", DocumentKind.values());
		model.addAttribute("relationshipChoices", Relationship.values());
	}

	Map<UUID, String> regionNames(Locale locale) {
		return organizations.nodeRegions().stream().collect(Collectors.toMap(Region::id, r -> r.name(locale)));
	}

	Map<UUID, String> operationNames(CurrentUser user) {
		return operations.all(user).stream()
				.collect(Collectors.toMap(RepatriationOperation::id, o -> o.details().name()));
	}

}
