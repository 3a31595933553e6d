package org.homeward.notifications.internal;

import java.util.Locale;

import org.homeward.notifications.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The e-mail that says a notification is waiting, when the node has a mail server ({@code spring.mail.host}) and
 * the user an address. It names no person and no case: mail leaves the node, personal data must not.
 */
@Component
class NotificationMail {

	private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);
	private static final Locale[] LANGUAGES = { Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("uz") };

	private final ObjectProvider<JavaMailSender> mail;
	private final MessageSource messages;
	private final String from;
	private final String baseUrl;

	NotificationMail(ObjectProvider<JavaMailSender> mail, MessageSource messages,
			@Value("${homeward.mail.from:homeward@localhost}") String from,
			@Value("${homeward.base-url:http://localhost:8080}") String baseUrl) {
		this.mail = mail;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	/** Sends the e-mail if it can; returns whether it was handed to the mail server. */
	boolean send(String address, Notification.Kind kind) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null || address == null || address.isBlank()) {
			return false;
		}
		var body = new StringBuilder();
		for (Locale language : LANGUAGES) {
			body.append(messages.getMessage("notification." + kind, null, language)).append('\n')
					.append(messages.getMessage("notification.mail.signIn", new Object[] { baseUrl + "/notifications" },
							language))
					.append("\n\n");
		}
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(address);
		message.setSubject(messages.getMessage("notification.mail.subject", null, Locale.ENGLISH));
		message.setText(body.toString());
		try {
			sender.send(message);
			return true;
		}
		catch (MailException e) {
			log.warn("A notification e-mail could not be sent: {}", e.getClass().getSimpleName());
			return false;
		}
	}
}
