package org.homeward.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One field of a request that was refused, and why, as a message of the bundles: what the API's problem details
 * list under {@code errors} and what a page's error page names, in the user's language. Never the value sent.
 *
 * @param field the field as the caller sent it: its path in a JSON body ({@code person.birthDate}) or its name in a
 *        form or query
 */
public record BadInput(String field, MessageSourceResolvable message) {

	/** The request attribute that carries the refused fields to the error page. */
	static final String ATTRIBUTE = BadInput.class.getName();

	public static BadInput of(String field, String messageKey) {
		return new BadInput(field, new DefaultMessageSourceResolvable(new String[] { messageKey }, messageKey));
	}

	/** The parameters (or properties) out of bounds, with the messages validation gave them. */
	static List<BadInput> of(ConstraintViolationException e) {
		List<BadInput> fields = new ArrayList<>();
		for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
			fields.add(new BadInput(fieldOf(violation.getPropertyPath()),
					new DefaultMessageSourceResolvable(null, null, violation.getMessage())));
		}
		return fields;
	}

	/**
	 * A parameter by its name ({@code size}); a property of a parameter by its own path, as the caller sent it in the
	 * body ({@code person.birthDate}).
	 */
	private static String fieldOf(Path path) {
		String parameter = null;
		StringBuilder property = new StringBuilder();
		for (Path.Node node : path) {
			if (node.getKind() == ElementKind.PARAMETER) {
				parameter = node.getName();
			}
			else if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
				property.append(property.isEmpty() ? "" : ".").append(node.getName());
			}
		}
		return !property.isEmpty() ? property.toString() : parameter;
	}

	/** The field and its message, as problem details and the error page show them. */
	Map<String, String> resolve(MessageSource messages, Locale locale) {
		return Map.of("field", field, "message", messages.getMessage(message, locale));
	}

	/** Leaves the refused fields for the error page that the error status will show. */
	static void remember(HttpServletRequest request, List<BadInput> fields) {
		request.setAttribute(ATTRIBUTE, List.copyOf(fields));
	}

	@SuppressWarnings("unchecked")
	static List<BadInput> remembered(HttpServletRequest request) {
		Object fields = request.getAttribute(ATTRIBUTE);
		return fields instanceof List<?> list ? (List<BadInput>) list : List.of();
	}

	static List<Map<String, String>> resolveAll(List<BadInput> fields, MessageSource messages, Locale locale) {
		List<Map<String, String>> resolved = new ArrayList<>();
		fields.forEach(field -> resolved.add(field.resolve(messages, locale)));
		return resolved;
	}
}
