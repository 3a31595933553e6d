package org.homeward.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.CurrentUserHolder;
import org.homeward.cases.BreakTheGlass;
import org.homeward.cases.CaseProjection;
import org.homeward.notifications.Notifications;
import org.homeward.organizations.Organizations;
import org.homeward.shared.web.LanguageConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the layout of every page needs: the signed-in user, their navigation, organisation and region, and the
 * languages. Added after a page's handler ran, and only to pages (the API and redirects carry no layout).
 */
@Configuration(proxyBeanMethods = false)
class LayoutModel implements WebMvcConfigurer, HandlerInterceptor {

	private final Organizations organizations;
	private final BreakTheGlass breakTheGlass;
	private final Notifications notifications;

	LayoutModel(Organizations organizations, BreakTheGlass breakTheGlass, Notifications notifications) {
		this.organizations = organizations;
		this.breakTheGlass = breakTheGlass;
		this.notifications = notifications;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
			return;
		}
		CurrentUser user = CurrentUserHolder.signedIn();
		Locale locale = RequestContextUtils.getLocale(request);
		page.addObject("me", user);
		page.addObject("navigation", Navigation.of(user));
		// the Council's five states' languages on the sign-in page and the Council's pages; the complete ones elsewhere
		boolean council = user != null && user.hasAny(org.homeward.accounts.Role.COUNCIL_SECRETARIAT,
				org.homeward.accounts.Role.COUNCIL_MEMBER);
		page.addObject("languages", user == null || council ? LanguageConfiguration.LANGUAGES
				: LanguageConfiguration.COMPLETE);
		// schools, mahallas and civil-society organisations see no word of the programme's labels, not even in the frame;
		// nor does anyone before signing in
		page.addObject("plainWording", user == null || CaseProjection.speaksPlainly(user));
		page.addObject("helpTopic", HelpTopics.of(page.getViewName()));
		if (user != null) {
			page.addObject("myOrganization",
					organizations.organization(user.organizationId()).map(o -> o.name(locale)).orElse(null));
			page.addObject("myRegion", organizations.region(user.regionId()).map(r -> r.name(locale)).orElse(null));
			// while an emergency access is open, every page says so
			page.addObject("emergencies", breakTheGlass.activeOf(user));
			page.addObject("unreadNotifications", notifications.unread(user));
		}
	}

}
