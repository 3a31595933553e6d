package org.homeward.referrals.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.cases.CaseReach;
import org.homeward.cases.Section;
import org.springframework.stereotype.Component;

/**
 * The way into a case that a referral opens: to the receiving organisation's community or civil-society workers
 * (the community section) and its sector specialists (their sector's section), while the referral is open and,
 * outside government, while its consent holds.
 */
@Component
class ReferralReach implements CaseReach {

	private final ReferralStore referrals;

	ReferralReach(ReferralStore referrals) {
		this.referrals = referrals;
	}

	@Override
	public boolean reaches(Role role, CurrentUser user, UUID caseId) {
		return section(role, user).map(section -> user.organizationId() != null
				&& referrals.reaches(caseId, user.organizationId(), section)).orElse(false);
	}

	@Override
	public String condition(Role role, CurrentUser user, Map<String, Object> params) {
		Optional<Section> section = section(role, user);
		if (section.isEmpty() || user.organizationId() == null) {
			return "false";
		}
		String suffix = role.name();
		params.put("organization", user.organizationId());
		params.put("referralSection" + suffix, section.get().name());
		return "EXISTS (SELECT 1 FROM referral r WHERE r.case_id = c.id AND "
				+ ReferralStore.reachCondition().replace(":section", ":referralSection" + suffix) + ")";
	}

	/** The section a referral must be for, for this role to reach the case through it. */
	private static Optional<Section> section(Role role, CurrentUser user) {
		return switch (role) {
			case COMMUNITY_WORKER, CSO_WORKER -> Optional.of(Section.COMMUNITY);
			case SECTOR_SPECIALIST -> user.sector() == null ? Optional.empty() : Section.ofSector(user.sector());
			default -> Optional.empty();
		};
	}
}
