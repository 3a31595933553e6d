package org.homeward.council.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.homeward.council.InvitationReminderSent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds organisations that have not answered an invitation: every morning, for meetings within the next two
 * weeks, at most once a week per invitation and not within a day of sending it. Each reminder is recorded and shown
 * to the organisation's members in the app.
 */
@Component
public class ReminderSchedule {

	static final String SENDER = "schedule";
	private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

	private final ParticipationStore store;
	private final ApplicationEventPublisher events;
	private final ZoneId zone;
	private final int horizonDays;

	ReminderSchedule(ParticipationStore store, ApplicationEventPublisher events,
			@Value("${homeward.node.time-zone:Asia/Tashkent}") ZoneId zone,
			@Value("${homeward.council.reminder-horizon-days:14}") int horizonDays) {
		this.store = store;
		this.events = events;
		this.zone = zone;
		this.horizonDays = horizonDays;
	}

	/** The daily run, done by one instance only. */
	@Scheduled(cron = "${homeward.council.reminders:0 0 8 * * *}", zone = "${homeward.node.time-zone:Asia/Tashkent}")
	@SchedulerLock(name = "council-reminders", lockAtLeastFor = "${homeward.jobs.lock-at-least:PT30S}")
	@Transactional
	public void remindDaily() {
		remindPendingInvitations();
	}

	@Transactional
	public int remindPendingInvitations() {
		Instant now = Instant.now();
		List<UUID> due = store.dueForReminder(LocalDate.now(zone), horizonDays, now.minus(Duration.ofDays(1)),
				now.minus(Duration.ofDays(7)));
		for (UUID invitationId : due) {
			store.remind(invitationId, SENDER, true);
			var invitation = store.invitationFacts(invitationId);
			events.publishEvent(new InvitationReminderSent(invitationId, invitation.meetingId(),
					invitation.organizationId(), true));
		}
		if (!due.isEmpty()) {
			log.info("Reminded {} pending Council invitations", due.size());
		}
		return due.size();
	}
}
