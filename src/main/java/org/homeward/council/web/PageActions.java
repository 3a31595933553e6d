package org.homeward.council.web;

import org.homeward.shared.web.PageAction;

/** How the Council's small page actions answer input that did not validate and a change made meanwhile. */
final class PageActions {

	static final PageAction COUNCIL = new PageAction("council.form.invalid", "council.conflict");

	private PageActions() {
	}
}
