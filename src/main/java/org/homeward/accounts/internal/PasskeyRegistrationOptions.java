package org.homeward.accounts.internal;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.AuthenticatorAttachment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the options of a passkey registration between its two requests in the session. Sessions live in PostgreSQL
 * (any instance may answer the second request), so they hold only serializable values: Spring Security's options
 * object is taken apart here and put together again.
 */
@Component
class PasskeyRegistrationOptions implements PublicKeyCredentialCreationOptionsRepository {

	private static final String ATTRIBUTE = PasskeyRegistrationOptions.class.getName();
	private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(PublicKeyCredentialParameters.EdDSA,
			PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.ES384, PublicKeyCredentialParameters.ES512,
			PublicKeyCredentialParameters.RS256, PublicKeyCredentialParameters.RS384, PublicKeyCredentialParameters.RS512,
			PublicKeyCredentialParameters.RS1);

	@Override
	public void save(HttpServletRequest request, HttpServletResponse response,
			PublicKeyCredentialCreationOptions options) {
		HttpSession session = request.getSession();
		if (options == null) {
			session.removeAttribute(ATTRIBUTE);
			return;
		}
		AuthenticatorSelectionCriteria selection = options.getAuthenticatorSelection();
		session.setAttribute(ATTRIBUTE, new Snapshot(options.getRp().getId(), options.getRp().getName(),
				options.getUser(), options.getChallenge(),
				options.getPubKeyCredParams().stream().mapToLong(p -> p.getAlg().getValue()).toArray(),
				options.getTimeout(), List.copyOf(options.getExcludeCredentials()),
				selection == null || selection.getAuthenticatorAttachment() == null ? null
						: selection.getAuthenticatorAttachment().getValue(),
				selection == null || selection.getResidentKey() == null ? null : selection.getResidentKey().getValue(),
				selection == null || selection.getUserVerification() == null ? null
						: selection.getUserVerification().getValue(),
				options.getAttestation() == null ? null : options.getAttestation().getValue(), options.getExtensions()));
	}

	@Override
	public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Snapshot snapshot)) {
			return null;
		}
		var selection = AuthenticatorSelectionCriteria.builder();
		if (snapshot.attachment() != null) {
			selection.authenticatorAttachment(AuthenticatorAttachment.valueOf(snapshot.attachment()));
		}
		if (snapshot.residentKey() != null) {
			selection.residentKey(ResidentKeyRequirement.valueOf(snapshot.residentKey()));
		}
		if (snapshot.userVerification() != null) {
			selection.userVerification(Stream.of(UserVerificationRequirement.DISCOURAGED,
					UserVerificationRequirement.PREFERRED, UserVerificationRequirement.REQUIRED)
					.filter(u -> u.getValue().equals(snapshot.userVerification())).findFirst().orElseThrow());
		}
		var builder = PublicKeyCredentialCreationOptions.builder()
				.rp(PublicKeyCredentialRpEntity.builder().id(snapshot.rpId()).name(snapshot.rpName()).build())
				.user(snapshot.user()).challenge(snapshot.challenge())
				.pubKeyCredParams(java.util.Arrays.stream(snapshot.algorithms())
						.mapToObj(alg -> ALGORITHMS.stream().filter(p -> p.getAlg().getValue() == alg).findFirst()
								.orElseThrow())
						.toList())
				.excludeCredentials(snapshot.excludeCredentials()).authenticatorSelection(selection.build());
		if (snapshot.timeout() != null) {
			builder.timeout(snapshot.timeout());
		}
		if (snapshot.attestation() != null) {
			builder.attestation(AttestationConveyancePreference.valueOf(snapshot.attestation()));
		}
		if (snapshot.extensions() != null) {
			builder.extensions(snapshot.extensions());
		}
		return builder.build();
	}

	private record Snapshot(String rpId, String rpName, PublicKeyCredentialUserEntity user, Bytes challenge,
			long[] algorithms, Duration timeout, List<PublicKeyCredentialDescriptor> excludeCredentials,
			String attachment, String residentKey, String userVerification, String attestation,
			AuthenticationExtensionsClientInputs extensions) implements Serializable {
	}
}
