package org.homeward.notifications.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Once a night, removes the notices older than the set time (180 days by default): a notice is news, not a record. */
@Component
public class NotificationPruning {

	private static final Logger log = LoggerFactory.getLogger(NotificationPruning.class);

	private final NotificationStore notifications;
	private final Duration keepFor;

	NotificationPruning(NotificationStore notifications,
			@Value("${homeward.notifications.keep-for:180d}") Duration keepFor) {
		this.notifications = notifications;
		this.keepFor = keepFor;
	}

	@Scheduled(cron = "${homeward.notifications.pruning:0 40 3 * * *}", zone = "${homeward.node.time-zone:Asia/Tashkent}")
	@Transactional
	public void prune() {
		int removed = notifications.prune(keepFor);
		if (removed > 0) {
			log.info("Removed {} notices older than {} days", removed, keepFor.toDays());
		}
	}
}
