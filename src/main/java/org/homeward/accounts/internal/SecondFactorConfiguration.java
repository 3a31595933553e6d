package org.homeward.accounts.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Passkeys kept in PostgreSQL through Spring Security's own repositories, and the one-time codes' clock. */
@Configuration(proxyBeanMethods = false)
public class SecondFactorConfiguration {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcTemplate jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	/**
	 * Passkeys; one registered in this session is marked in it, so that the page that follows may show the recovery
	 * codes of a first enrolment (and nothing else can ask for them with a password alone).
	 */
	@Bean
	UserCredentialRepository passkeys(JdbcTemplate jdbc) {
		UserCredentialRepository stored = new JdbcUserCredentialRepository(jdbc);
		return new UserCredentialRepository() {
			@Override
			public void save(CredentialRecord record) {
				boolean isNew = stored.findByCredentialId(record.getCredentialId()) == null;
				stored.save(record);
				if (isNew && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
					request.getRequest().getSession().setAttribute(PASSKEY_REGISTERED, Boolean.TRUE);
				}
			}

			@Override
			public void delete(Bytes credentialId) {
				stored.delete(credentialId);
			}

			@Override
			public CredentialRecord findByCredentialId(Bytes credentialId) {
				return stored.findByCredentialId(credentialId);
			}

			@Override
			public java.util.List<CredentialRecord> findByUserId(Bytes userId) {
				return stored.findByUserId(userId);
			}
		};
	}

	/** The session attribute that says a passkey was registered in this session. */
	public static final String PASSKEY_REGISTERED = "homeward.passkeyRegistered";

	@Bean
	AuthenticatorCodes authenticatorCodes(Clock clock) {
		return new AuthenticatorCodes(clock);
	}
}
