package org.homeward.demo;

import org.homeward.organizations.Organizations;
import org.homeward.referrals.Consents;
import org.homeward.referrals.Referrals;
import org.homeward.referrals.ServiceProviders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The referral services the demo loads with, gathered so that the demo's runner stays readable. */
@Component
@ConditionalOnBooleanProperty("homeward.demo")
class DemoReferralsParts {

	private final ServiceProviders providers;
	private final Consents consents;
	private final Referrals referrals;

	DemoReferralsParts(ServiceProviders providers, Consents consents, Referrals referrals) {
		this.providers = providers;
		this.consents = consents;
		this.referrals = referrals;
	}

	DemoReferrals loader(Organizations organizations) {
		return new DemoReferrals(providers, consents, referrals, organizations);
	}
}
