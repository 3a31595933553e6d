package org.homeward.accounts.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.SecondFactors;
import org.homeward.accounts.internal.AuthenticatorCodes;
import org.homeward.accounts.internal.SecondFactorConfiguration;
import org.homeward.accounts.internal.SessionPrincipal;
import org.homeward.shared.Refused;
import org.homeward.shared.encryption.Encryption;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of signing in (a passkey, a code from the authenticator app, or a recovery code), the enrolment of
 * a first factor at the first sign-in, and each user's own page of sign-in security.
 */
@Controller
class SecondFactorPages {

	/** The secret of an authenticator app being set up, kept encrypted in the session until the user confirms it. */
	private static final String PENDING_SECRET = "homeward.pendingAuthenticatorSecret";

	private final SecondFactors secondFactors;
	private final Encryption encryption;
	private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

	SecondFactorPages(SecondFactors secondFactors, Encryption encryption) {
		this.secondFactors = secondFactors;
		this.encryption = encryption;
	}

	@GetMapping("/login/second-factor")
	String secondFactor(CurrentUser user, Model model) {
		if (SessionPrincipal.hasSecondFactor()) {
			return "redirect:/";
		}
		var enrolment = secondFactors.enrolment(user);
		if (!enrolment.any()) {
			return "redirect:/account/two-factor/enrol";
		}
		model.addAttribute("enrolment", enrolment);
		return "accounts/second-factor";
	}

	@PostMapping("/login/second-factor/code")
	String code(@RequestParam(defaultValue = "") String code, CurrentUser user, HttpServletRequest request,
			HttpServletResponse response) {
		return passed(secondFactors.verifyCode(user, code), user, SessionPrincipal.AUTHENTICATOR_APP, request,
				response);
	}

	@PostMapping("/login/second-factor/recovery")
	String recovery(@RequestParam(defaultValue = "") String code, CurrentUser user, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		String next = passed(secondFactors.useRecoveryCode(user, code), user, SessionPrincipal.RECOVERY_CODE, request,
				response);
		if (!next.contains("error")) {
			// the user lost their usual factor: send them to replace it, and say how many codes are left
			redirect.addFlashAttribute("notice", "twoFactor.recovery.used");
			return "redirect:/account/two-factor";
		}
		return next;
	}

	private String passed(boolean accepted, CurrentUser user, String factor, HttpServletRequest request,
			HttpServletResponse response) {
		if (!accepted && secondFactors.locked(user)) {
			// too many wrong codes: the lock ends this half-signed-in session too
			new SecurityContextLogoutHandler().logout(request, response, null);
			return "redirect:/login?error";
		}
		if (!accepted) {
			return "redirect:/login/second-factor?error";
		}
		SessionPrincipal.secondFactorPassed(request, response, factor);
		SavedRequest saved = savedRequests.getRequest(request, response);
		savedRequests.removeRequest(request, response);
		return "redirect:" + (saved != null ? saved.getRedirectUrl() : "/");
	}

	@GetMapping("/account/two-factor/enrol")
	String enrol(CurrentUser user, HttpSession session, Model model) {
		String secret = AuthenticatorCodes.newSecret();
		session.setAttribute(PENDING_SECRET, encryption.sealText(secret, pendingContext(user)).bytes());
		model.addAttribute("secret", secret);
		model.addAttribute("qrCode", AuthenticatorCodes.qrCode(secret, user.username(), "Homeward"));
		model.addAttribute("firstFactor", !secondFactors.enrolment(user).any());
		return "accounts/two-factor-enrol";
	}

	@PostMapping("/account/two-factor/app")
	String confirmApp(@RequestParam(defaultValue = "") String code, CurrentUser user, HttpSession session,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		byte[] pending = (byte[]) session.getAttribute(PENDING_SECRET);
		if (pending == null) {
			return "redirect:/account/two-factor/enrol";
		}
		String secret = encryption.openText(pending, pendingContext(user));
		List<String> codes;
		try {
			codes = secondFactors.enrolAuthenticatorApp(user, secret, code);
		}
		catch (Refused refused) {
			model.addAttribute("secret", secret);
			model.addAttribute("qrCode", AuthenticatorCodes.qrCode(secret, user.username(), "Homeward"));
			model.addAttribute("firstFactor", !secondFactors.enrolment(user).any());
			model.addAttribute("codeError", refused.messageKey());
			return "accounts/two-factor-enrol";
		}
		session.removeAttribute(PENDING_SECRET);
		// typing the app's code proved the user holds it: this session has passed the second factor
		SessionPrincipal.secondFactorPassed(request, response, SessionPrincipal.AUTHENTICATOR_APP);
		return recoveryCodesOr(codes, model, redirect, "twoFactor.app.enrolled");
	}

	/**
	 * After a passkey was registered: the recovery codes of a first enrolment. Only in the session that registered it,
	 * or one that passed a second factor; a password alone gets nothing here.
	 */
	@PostMapping("/account/two-factor/passkey-added")
	String passkeyAdded(CurrentUser user, HttpSession session, Model model, RedirectAttributes redirect) {
		if (!SessionPrincipal.hasSecondFactor()
				&& session.getAttribute(SecondFactorConfiguration.PASSKEY_REGISTERED) == null) {
			throw new AccessDeniedException("no passkey was registered in this session");
		}
		session.removeAttribute(SecondFactorConfiguration.PASSKEY_REGISTERED);
		List<String> codes = secondFactors.passkeyAdded(user);
		if (!SessionPrincipal.hasSecondFactor()) {
			// the first passkey: the user now signs in with it, after noting their recovery codes
			model.addAttribute("next", "/login/second-factor");
		}
		return recoveryCodesOr(codes, model, redirect, "twoFactor.passkey.enrolled");
	}

	private String recoveryCodesOr(List<String> codes, Model model, RedirectAttributes redirect, String notice) {
		if (codes.isEmpty()) {
			redirect.addFlashAttribute("notice", notice);
			return model.containsAttribute("next") ? "redirect:" + model.getAttribute("next") : "redirect:/account/two-factor";
		}
		model.addAttribute("codes", codes);
		model.addAttribute("notice", notice);
		if (!model.containsAttribute("next")) {
			model.addAttribute("next", "/");
		}
		return "accounts/recovery-codes";
	}

	@GetMapping("/account/two-factor")
	String security(CurrentUser user, Model model) {
		model.addAttribute("enrolment", secondFactors.enrolment(user));
		model.addAttribute("required", secondFactors.required(user));
		return "accounts/two-factor";
	}

	@PostMapping("/account/two-factor/recovery-codes")
	String newRecoveryCodes(CurrentUser user, Model model) {
		model.addAttribute("codes", secondFactors.newRecoveryCodes(user));
		model.addAttribute("next", "/account/two-factor");
		return "accounts/recovery-codes";
	}

	@PostMapping("/account/two-factor/app/removal")
	String removeApp(CurrentUser user, RedirectAttributes redirect) {
		try {
			secondFactors.removeAuthenticatorApp(user);
			redirect.addFlashAttribute("notice", "twoFactor.app.removed");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("alert", refused.messageKey());
		}
		return "redirect:/account/two-factor";
	}

	private static String pendingContext(CurrentUser user) {
		return "session.pending_authenticator:" + user.id();
	}
}
