package org.homeward.shared.web;

import java.util.List;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * Boot's error attributes, plus the fields a request was refused for ({@code badInput}: each field and its message in
 * the user's language), so that the error page names them.
 */
@Component
class BadInputErrorAttributes extends DefaultErrorAttributes {

	private final MessageSource messages;

	BadInputErrorAttributes(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		if (request instanceof ServletWebRequest servlet) {
			List<BadInput> refused = BadInput.remembered(servlet.getRequest());
			if (!refused.isEmpty()) {
				attributes.put("badInput", BadInput.resolveAll(refused, messages, LocaleContextHolder.getLocale()));
			}
		}
		return attributes;
	}
}
