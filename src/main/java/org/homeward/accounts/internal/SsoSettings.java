package org.homeward.accounts.internal;

import java.util.List;
import java.util.Set;

import org.homeward.accounts.Role;
import org.homeward.organizations.Sector;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with the ministry's OpenID Connect provider ({@code homeward.sso}); the provider itself is a
 * standard Spring Security client registration ({@code spring.security.oauth2.client.registration.<id>}).
 *
 * @param registrationId the client registration that signs in; none for no single sign-on
 * @param name what the sign-in button says ("Sign in with ...")
 * @param groupsClaim the ID token's claim that lists the user's groups
 * @param usernameClaim the claim that becomes the Homeward user name
 * @param providerChecksSecondFactor whether the provider asks for a second factor itself, so that Homeward does not
 * @param groups which group gives which roles, and where its members work
 */
@ConfigurationProperties("homeward.sso")
record SsoSettings(String registrationId, @DefaultValue("the ministry's sign-in") String name,
		@DefaultValue("groups") String groupsClaim, @DefaultValue("preferred_username") String usernameClaim,
		@DefaultValue("false") boolean providerChecksSecondFactor, @DefaultValue List<GroupMapping> groups) {

	boolean enabled() {
		return registrationId != null && !registrationId.isBlank();
	}

	/**
	 * One group of the provider.
	 *
	 * @param group the group's name in the groups claim
	 * @param roles the Homeward roles its members get
	 * @param organization the organisation (its English name or id) its members work in
	 * @param region the region (its English name or id) of a regional role
	 * @param sector a sector specialist's sector
	 */
	record GroupMapping(String group, Set<Role> roles, String organization, String region, Sector sector) {
	}
}
