package org.homeward.accounts;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Sets of roles as the account rules combine them, always in the order of {@link Role}. */
final class RoleSets {

	private RoleSets() {
	}

	static Set<Role> union(Set<Role> some, Set<Role> others) {
		Set<Role> union = EnumSet.noneOf(Role.class);
		union.addAll(some);
		union.addAll(others);
		return union;
	}

	static Set<Role> without(Set<Role> roles, Set<Role> removed) {
		Set<Role> rest = EnumSet.noneOf(Role.class);
		rest.addAll(roles);
		rest.removeAll(removed);
		return rest;
	}

	/** As the audit trail writes them: {@code [CASE_MANAGER,COORDINATOR]}. */
	static String names(Set<Role> roles) {
		return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(",", "[", "]"));
	}
}
