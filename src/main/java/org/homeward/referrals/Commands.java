package org.homeward.referrals;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.organizations.OrganizationType;
import org.homeward.shared.validation.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What users ask of referrals and consent, validated at the boundary. */
public final class Commands {

	private Commands() {
	}

	/**
	 * A consent as recorded from the signed form.
	 *
	 * @param guardianName who gave it for a child
	 * @param childView what the child said about it, in their own words
	 * @param validUntil the last day it covers, when it was given for a time; none for until withdrawn
	 */
	public record RecordConsent(@NotNull Consent.GivenBy givenBy, @Size(max = 200) String guardianName,
			@Size(max = 2000) String childView, @NotEmpty Set<OrganizationType> organizationTypes,
			@NotEmpty Set<Purpose> purposes,
			@NotNull @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil) {

		public RecordConsent(Consent.GivenBy givenBy, String guardianName, String childView,
				Set<OrganizationType> organizationTypes, Set<Purpose> purposes, LocalDate givenOn) {
			this(givenBy, guardianName, childView, organizationTypes, purposes, givenOn, null);
		}
	}

	public record WithdrawConsent(int version,
			@NotNull @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate withdrawnOn,
			@NotBlank @Size(max = 1000) String reason) {
	}

	/**
	 * A referral for a service.
	 *
	 * @param previousReferralId the referral this one follows, for a second referral
	 */
	public record Refer(@NotBlank @Size(max = 40) String serviceCode, @NotNull UUID toOrganizationId,
			@NotBlank @Size(max = 1000) String task,
			@FutureOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
			UUID previousReferralId) {
	}

	/** The receiving organisation moves a referral on; declining and not completing need a reason. */
	public record MoveReferral(int version, @NotNull ReferralStatus target, @Size(max = 1000) String reason) {
	}

	/** A service delivered, or a community activity done. */
	public record RecordDelivery(@NotBlank @Size(max = 40) String activity,
			@NotNull @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveredOn,
			@NotNull ServiceDelivery.Outcome outcome, @Size(max = 2000) String notes) {
	}
}
