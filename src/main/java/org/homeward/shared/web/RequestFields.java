package org.homeward.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Names a field as the caller sent it. A service knows a field by its own name ({@code regionId}); the caller sent it
 * at a path of the JSON body ({@code person.regionId}) or under a form's name: the body the request was read into
 * ({@link RememberedBodies}) and the form's parameters tell which.
 */
final class RequestFields {

	private RequestFields() {
	}

	/** The path of the field of that name (or ending in that path) in the body or the form, else the name itself. */
	static String qualify(String field, HttpServletRequest request) {
		Object body = RememberedBodies.of(request);
		if (body != null) {
			Optional<String> path = find(body, "", 0, (path2, value) -> path2.equals(field)
					|| path2.endsWith("." + field));
			if (path.isPresent()) {
				return path.get();
			}
		}
		if (request.getParameterMap().containsKey(field)) {
			return field;
		}
		return request.getParameterMap().keySet().stream().filter(name -> name.endsWith("." + field)).findFirst()
				.orElse(field);
	}

	/** The field that carried a value (an id), in the body or the form, if any did. */
	static Optional<String> carrying(String value, HttpServletRequest request) {
		Object body = RememberedBodies.of(request);
		if (body != null) {
			Optional<String> path = find(body, "", 0, (path2, node) -> (node instanceof CharSequence
					|| node instanceof UUID) && value.equalsIgnoreCase(node.toString()));
			if (path.isPresent()) {
				return path;
			}
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String sent : parameter.getValue()) {
				if (value.equalsIgnoreCase(sent)) {
					return Optional.of(parameter.getKey());
				}
			}
		}
		return Optional.empty();
	}

	/** The first path of the body, depth first, whose path and value match. */
	private static Optional<String> find(Object node, String path, int depth, BiPredicate<String, Object> match) {
		if (!path.isEmpty() && match.test(path, node)) {
			return Optional.of(path);
		}
		if (node == null || depth > 6 || node instanceof CharSequence || node instanceof UUID
				|| node instanceof Number || node instanceof Enum<?>) {
			return Optional.empty();
		}
		if (node instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				Optional<String> found = find(entry.getValue(), join(path, String.valueOf(entry.getKey())), depth + 1,
						match);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		else if (node instanceof Iterable<?> items) {
			int index = 0;
			for (Object item : items) {
				Optional<String> found = find(item, path + "[" + index++ + "]", depth + 1, match);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		else if (node.getClass().isRecord()) {
			for (RecordComponent component : node.getClass().getRecordComponents()) {
				Object value;
				try {
					value = component.getAccessor().invoke(node);
				}
				catch (ReflectiveOperationException | RuntimeException unreadable) {
					continue; // a component that cannot be read carries nothing to name
				}
				Optional<String> found = find(value, join(path, component.getName()), depth + 1, match);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}
}
