package org.homeward.accounts.internal;

import java.util.Collection;

import org.homeward.accounts.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who must pass a second factor: everyone who enrolled one, and, where the node requires it
 * ({@code homeward.accounts.two-factor.required}, on by default outside demo mode), every holder of a role that reads
 * personal data and every administrator, who must enrol at the first sign-in.
 */
@Component
public class SecondFactorPolicy {

	private final boolean required;

	SecondFactorPolicy(@Value("${homeward.accounts.two-factor.required:#{null}}") Boolean required,
			@Value("${homeward.demo:false}") boolean demo) {
		this.required = required != null ? required : !demo;
	}

	public boolean requiredByNode() {
		return required;
	}

	/** Whether an account with these roles must pass a second factor to sign in. */
	public boolean required(Collection<Role> roles, boolean enrolled) {
		return enrolled || (required && (roles.contains(Role.ADMINISTRATOR)
				|| roles.stream().anyMatch(Role::readsPersonalData)));
	}
}
