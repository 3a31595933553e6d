package org.homeward.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Which part of the user guide each page links to, by the page's template. */
final class HelpTopics {

	/** Template names, or their beginnings, and their topics; the first that matches wins. */
	private static final Map<String, String> TOPICS = new LinkedHashMap<>();

	static {
		TOPICS.put("cases/case", "case-page");
		TOPICS.put("cases/section-edit", "case-page");
		TOPICS.put("cases/emergency", "emergency");
		TOPICS.put("cases/", "cases");
		TOPICS.put("assessments/", "assessments");
		TOPICS.put("referrals/case-referrals", "referrals");
		TOPICS.put("referrals/task", "community");
		TOPICS.put("registry/", "registry");
		TOPICS.put("imports/", "imports");
		TOPICS.put("notifications/", "notifications");
		TOPICS.put("audit/", "audit");
		TOPICS.put("reporting/", "indicators");
		TOPICS.put("council/indicators", "indicators");
		TOPICS.put("council/nodes", "indicators");
		TOPICS.put("council/recommendation", "council-recommendations");
		TOPICS.put("council/meeting-recommendations", "council-recommendations");
		TOPICS.put("council/practice", "council-practices");
		TOPICS.put("council/", "council");
	}

	private HelpTopics() {
	}

	static String of(String viewName) {
		if (viewName != null) {
			for (var topic : TOPICS.entrySet()) {
				if (viewName.startsWith(topic.getKey())) {
					return topic.getValue();
				}
			}
		}
		return "start";
	}
}
