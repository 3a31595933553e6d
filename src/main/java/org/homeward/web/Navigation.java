package org.homeward.web;

import java.util.ArrayList;
import java.util.List;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;

/**
 * The navigation a user sees, by role. It only shows the way: every page and service checks the role again, so a
 * link that is not shown is also a page that answers 403.
 */
final class Navigation {

	private Navigation() {
	}

	static List<NavigationItem> of(CurrentUser user) {
		List<NavigationItem> items = new ArrayList<>();
		if (user == null) {
			return items;
		}
		if (user.hasAny(Role.CASE_MANAGER, Role.SECTOR_SPECIALIST)) {
			items.add(new NavigationItem("nav.myWork", "/cases/my-work"));
		}
		if (user.hasAny(Role.COMMUNITY_WORKER, Role.CSO_WORKER, Role.SECTOR_SPECIALIST)) {
			items.add(new NavigationItem("nav.tasks", "/community"));
		}
		if (user.hasAny(Role.COORDINATOR, Role.CASE_MANAGER, Role.SECTOR_SPECIALIST, Role.JUSTICE_OFFICER,
				Role.SECURITY_OFFICER)) {
			items.add(new NavigationItem("nav.cases", "/cases"));
		}
		if (user.hasAny(Role.COORDINATOR, Role.CASE_MANAGER)) {
			items.add(new NavigationItem("nav.persons", "/registry/persons"));
			items.add(new NavigationItem("nav.households", "/registry/households"));
			items.add(new NavigationItem("nav.operations", "/registry/operations"));
		}
		if (user.has(Role.COORDINATOR) || user.has(Role.CASE_MANAGER) && user.regionId() != null) {
			items.add(new NavigationItem("nav.imports", "/imports"));
		}
		if (user.hasAny(Role.COORDINATOR, Role.ANALYST)) {
			items.add(new NavigationItem("nav.indicators", "/reporting"));
		}
		if (user.hasAny(Role.COUNCIL_SECRETARIAT, Role.COUNCIL_MEMBER)) {
			items.add(new NavigationItem("nav.council.meetings", "/council/meetings"));
			items.add(new NavigationItem("nav.council.recommendations", "/council/recommendations"));
			items.add(new NavigationItem("nav.council.practices", "/council/practices"));
			items.add(new NavigationItem("nav.council.indicators", "/council/indicators"));
			items.add(new NavigationItem("nav.council.reference", "/council/reference"));
		}
		if (user.has(Role.AUDITOR)) {
			items.add(new NavigationItem("nav.audit", "/audit"));
			items.add(new NavigationItem("nav.emergencies", "/audit/emergency-access"));
			items.add(new NavigationItem("nav.roleChanges", "/audit/role-changes"));
		}
		if (user.has(Role.ADMINISTRATOR)) {
			items.add(new NavigationItem("nav.users", "/admin/users"));
			items.add(new NavigationItem("nav.organizations", "/admin/organizations"));
			items.add(new NavigationItem("nav.regions", "/admin/regions"));
			items.add(new NavigationItem("nav.services", "/admin/services"));
		}
		return items;
	}
}
