package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.validation.constraints.NotNull;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.KnownIds;
import org.homeward.support.Pages;
import org.homeward.support.StoredRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every write route of the API and every form of the pages, taken from Spring MVC's own mappings at run time, so that
 * a new route is covered without editing this test, is sent bad values field by field: a NUL byte in each text, a
 * number for each date, a fraction for each whole number and an unknown id for each reference; and every list is
 * asked for a negative page and for a huge one.
 *
 * <p>The rule, the same for every route:
 * <ul>
 * <li>the API answers 400 or 422 with a problem detail whose {@code errors[].field} (or {@code detail}) names the
 * field, as its path in the JSON body ({@code person.birthDate}) or the query parameter;</li>
 * <li>a page answers 400 or 422 with a page that names the field in the user's language, marking it with
 * {@code data-field="name"} (the form parameter's name); or, where the person typed the value or a rule of the
 * programme refuses it, redirects back (to a relative address) to a page whose alert names the field the same way.
 * A redirect as if saved, the form again without the field named, or a 500 fail;</li>
 * <li>a search, which stores nothing, may answer an unknown id in its criteria with an empty result (200), and so
 * may a list's download, which is a search written to a file;</li>
 * <li>nothing is stored: the row count and the newest writer of every table (but the audit trail, the sessions and
 * the event publications) are the same after the request as before.</li>
 * </ul>
 * A route that takes nothing but its path (a deletion, a reminder) is sent a text it did not ask for, as a query
 * parameter. Each route is called as a demo user who may use it (see {@link #USERS}), with real ids of the demo for
 * its path variables and for the references of the valid-looking body the bad value is put into ({@link KnownIds}).
 * A file's name gets a control character other than NUL: Tomcat refuses a NUL there before any field is known
 * ({@code BadValuesTest} checks that case).
 */
@HomewardTest
class EveryWriteRouteRefusesBadInputTest {

	/** Who calls a route: the first pattern found in the route's path decides. */
	private static final List<Map.Entry<Pattern, String>> USERS = List.of(
			user("/invitations/\\{\\w+\\}/response", Demo.EXPERT),
			user("/meetings/\\{id\\}/registrations|/addressees/\\{addresseeId\\}/reports", Demo.DELEGATE),
			user("/council/", Demo.SECRETARIAT),
			user("emergency-access/\\{id\\}/review", Demo.AUDITOR),
			user("emergency-access$", Demo.TEACHER),
			user("/closure-decision$|/cases/\\{id\\}/transfers?$|/case-manager$|^/(api/v1/)?transfers/", Demo.COORDINATOR),
			user("^/(api/v1/)?referrals/", Demo.COMMUNITY_WORKER),
			user("/cases", Demo.CASE_MANAGER),
			user("/persons|/households|/operations|^/registry/|/imports", Demo.COORDINATOR),
			user("^/api/v1/role-changes$", Demo.AUDITOR),
			user("^/admin/|^/api/v1/role-changes/", Demo.ADMIN),
			user("^/audit", Demo.AUDITOR),
			user("", Demo.ANALYST));

	/** Routes that are not pages' forms. */
	private static final Pattern NOT_PAGES = Pattern.compile("^/(api/|login|logout|error)");

	/** Searches sent by POST (criteria are personal data, kept out of URLs): they store nothing. */
	private static final Pattern SEARCHES = Pattern.compile("/(search|duplicates|candidates)$|\\.\\{format:csv\\|xlsx}$");

	private static final String NUL = "\u0000";

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	DataSource dataSource;

	KnownIds ids;
	StoredRows rows;
	final Map<String, Http> apis = new LinkedHashMap<>();
	final Map<String, Pages> pages = new LinkedHashMap<>();
	final List<String> failures = new ArrayList<>();
	/** What was stored after the last request, which nothing has changed since (all this test sends is refused). */
	Map<String, String> stored;

	@BeforeEach
	void setUp() {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		ids = new KnownIds(jdbc);
		rows = new StoredRows(jdbc);
		stored = rows.settled();
	}

	private static Map.Entry<Pattern, String> user(String pattern, String username) {
		return Map.entry(Pattern.compile(pattern), username);
	}

	// --- the routes ---

	/** A route as Spring MVC maps it. */
	record Route(String method, String pattern, HandlerMethod handler) {

		boolean api() {
			return pattern.startsWith("/api/");
		}

		String user() {
			return USERS.stream().filter(e -> e.getKey().matcher(pattern).find()).findFirst().orElseThrow().getValue();
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	private List<Route> routes(boolean writes) {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			var methods = mapping.getKey().getMethodsCondition().getMethods();
			for (String pattern : mapping.getKey().getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
					boolean write = method != RequestMethod.GET && method != RequestMethod.HEAD
							&& method != RequestMethod.OPTIONS;
					if (write == writes) {
						routes.add(new Route(method.name(), pattern, mapping.getValue()));
					}
				}
			}
		}
		routes.sort((a, b) -> a.toString().compareTo(b.toString()));
		return routes;
	}

	// --- what a route takes ---

	enum Kind {
		TEXT, DATE, WHOLE_NUMBER, ID, FILE
	}

	/**
	 * A value a route takes: its path in the JSON body, its name in a form, and what kind of bad value suits it.
	 */
	record Field(String path, String formName, Kind kind) {
	}

	/** A route's valid-looking input, and the fields in it to spoil one at a time. */
	static final class Input {
		final Map<String, Object> body = new LinkedHashMap<>();
		boolean hasBody;
		final Map<String, Object> query = new LinkedHashMap<>();
		final List<Field> fields = new ArrayList<>();
		final List<String> unresolved = new ArrayList<>();
		String path;
		boolean multipart;
	}

	private Input input(Route route) {
		Input input = new Input();
		String path = route.pattern();
		for (MethodParameter parameter : route.handler().getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
			if (variable != null) {
				String name = !variable.name().isEmpty() ? variable.name() : parameter.getParameterName();
				String value = type.isEnum() ? pathEnum(type, route.pattern())
						: ids.of(route.pattern(), name).orElse(null);
				if (value == null) {
					input.unresolved.add(route + " {" + name + "}");
					value = UUID.randomUUID().toString();
				}
				// a variable may carry its pattern, as {format:csv|xlsx} does
				path = path.replaceAll("\\{" + java.util.regex.Pattern.quote(name) + "(:[^}]*)?}",
						java.util.regex.Matcher.quoteReplacement(value));
			}
			else if (parameter.hasParameterAnnotation(RequestBody.class)) {
				input.hasBody = true;
				Object body = sample(ResolvableType.forMethodParameter(parameter), "", "", "", route, input, true,
						0);
				if (body instanceof Map<?, ?> map) {
					map.forEach((k, v) -> input.body.put((String) k, v));
				}
			}
			else if (MultipartFile.class.isAssignableFrom(type) || part != null) {
				String name = part != null && !part.name().isEmpty() ? part.name()
						: param != null && !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				input.multipart = true;
				input.fields.add(new Field(name, name, Kind.FILE));
			}
			else if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				if (Map.class.isAssignableFrom(type)) {
					// a form whose fields are data (a case section, the attendance list): one free text stands for them
					input.query.put("text", "Fuzz");
					input.fields.add(new Field("text", "text", Kind.TEXT));
				}
				else {
					boolean required = param.required() && param.defaultValue().equals(ValueConstants.DEFAULT_NONE);
					flatten(name, sample(ResolvableType.forMethodParameter(parameter), name, name, name, route,
							input, required, 0), input.query);
				}
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
				flatten("", sample(ResolvableType.forMethodParameter(parameter), "", "", "", route, input, true, 0),
						input.query);
			}
		}
		input.path = path;
		return input;
	}

	/** A section the case manager writes, or one given to specialists where a specialist is assigned. */
	private static String pathEnum(Class<?> type, String route) {
		String wanted = route.endsWith("/specialist") ? "HEALTH" : "FAMILY";
		for (Object constant : type.getEnumConstants()) {
			if (((Enum<?>) constant).name().equals(wanted)) {
				return wanted;
			}
		}
		return ((Enum<?>) type.getEnumConstants()[0]).name();
	}

	/** A map the route takes as a map (a form's answers by item), not an object: its keys are data. */
	static final class Data extends LinkedHashMap<String, Object> {
	}

	/**
	 * A valid-looking value of a type for a field of the given name, noting each field that can be spoiled.
	 *
	 * @param path the field's path in a JSON body, empty for the body itself
	 * @param formName the field's name in a form ({@code person.birthDate}, {@code answers[key]})
	 */
	private Object sample(ResolvableType resolvable, String path, String formName, String name, Route route,
			Input input, boolean required, int depth) {
		Class<?> raw = resolvable.toClass();
		if (raw == String.class) {
			input.fields.add(new Field(path, formName, Kind.TEXT));
			return text(name);
		}
		if (raw == LocalDate.class) {
			input.fields.add(new Field(path, formName, Kind.DATE));
			return date(name).toString();
		}
		if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == short.class
				|| raw == Short.class) {
			input.fields.add(new Field(path, formName, Kind.WHOLE_NUMBER));
			return wholeNumber(name);
		}
		if (raw == UUID.class) {
			input.fields.add(new Field(path, formName, Kind.ID));
			String id = ids.of(route.pattern(), name).orElse(null);
			if (id == null && required) {
				input.unresolved.add(route + " " + path);
			}
			return id;
		}
		if (raw == boolean.class || raw == Boolean.class) {
			return true;
		}
		if (raw.isEnum()) {
			return ((Enum<?>) raw.getEnumConstants()[0]).name();
		}
		if (raw == LocalTime.class) {
			return "09:00";
		}
		if (raw == Instant.class || raw == BigDecimal.class || raw == double.class || raw == Double.class
				|| depth > 4) {
			return null;
		}
		if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
			ResolvableType element = raw.isArray() ? resolvable.getComponentType()
					: resolvable.asCollection().getGeneric(0);
			boolean scalar = isScalar(element.toClass());
			Object one = sample(element, path + "[0]", scalar ? formName : formName + "[0]", singular(name), route,
					input, required, depth + 1);
			return one == null ? List.of() : List.of(one);
		}
		if (Map.class.isAssignableFrom(raw)) {
			ResolvableType value = resolvable.asMap().getGeneric(1);
			Data map = new Data();
			map.put("fuzz", sample(value, join(path, "fuzz"), formName + "[fuzz]", "fuzz", route, input, false,
					depth + 1));
			return map;
		}
		if (raw.getName().startsWith("java.") || raw.getName().startsWith("jakarta.")
				|| raw.getName().startsWith("org.springframework.")) {
			return null;
		}
		Map<String, Object> object = new LinkedHashMap<>();
		if (raw.isRecord()) {
			for (RecordComponent component : raw.getRecordComponents()) {
				boolean mandatory = component.isAnnotationPresent(NotNull.class) || component.getType().isPrimitive();
				object.put(component.getName(), sample(ResolvableType.forType(component.getGenericType()),
						join(path, component.getName()),
						join(formName, component.getName()), component.getName(), route, input, mandatory,
						depth + 1));
			}
		}
		else {
			for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(raw)) {
				if (property.getWriteMethod() != null && !Modifier.isStatic(property.getWriteMethod().getModifiers())) {
					object.put(property.getName(), sample(
							ResolvableType.forMethodParameter(property.getWriteMethod(), 0),
							join(path, property.getName()), join(formName, property.getName()), property.getName(),
							route, input, false, depth + 1));
				}
			}
		}
		return object;
	}

	private static boolean isScalar(Class<?> type) {
		return type == String.class || type == UUID.class || type == LocalDate.class || type.isEnum()
				|| type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class;
	}

	/** A form's fields as a browser posts them: {@code person.birthDate}, {@code answers[key]}, repeated names. */
	@SuppressWarnings("unchecked")
	private static void flatten(String prefix, Object value, Map<String, Object> form) {
		if (value instanceof Data data) {
			data.forEach((key, one) -> flatten(prefix + "[" + key + "]", one, form));
		}
		else if (value instanceof Map<?, ?> object) {
			((Map<String, Object>) object).forEach((key, one) -> flatten(join(prefix, key), one, form));
		}
		else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
			for (int i = 0; i < list.size(); i++) {
				flatten(prefix + "[" + i + "]", list.get(i), form);
			}
		}
		else if (value != null) {
			form.put(prefix, value);
		}
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	private static String singular(String name) {
		return name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
	}

	private static String text(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		if (n.contains("email")) {
			return "fuzz@example.org";
		}
		if (n.contains("country") || n.equals("citizenship")) {
			return "UZ";
		}
		if (n.equals("servicecode")) {
			return "MENTORING";
		}
		if (n.contains("link") || n.contains("url")) {
			return "https://example.org/fuzz";
		}
		if (n.equals("timezone")) {
			return "Asia/Tashkent";
		}
		if (n.contains("password")) {
			return "Fuzz-password-2024";
		}
		if (n.equals("username")) {
			return "fuzz.user";
		}
		if (n.equals("phone")) {
			return "+998 71 000 00 00";
		}
		if (n.equals("instrumentcode")) {
			return "NEEDS";
		}
		if (n.equals("delegation")) {
			return ""; // the participant form's choice of delegation, left for the form's own fields
		}
		return "Fuzz";
	}

	private static LocalDate date(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		if (n.contains("due") || n.contains("startson") || n.contains("endson") || n.equals("day")) {
			return LocalDate.now().plusDays(30);
		}
		if (n.contains("birth")) {
			return LocalDate.of(1990, 1, 1);
		}
		return LocalDate.now().minusDays(1);
	}

	private static long wholeNumber(String name) {
		return switch (name) {
		case "version", "baseRevision", "page" -> 0;
		case "minutes" -> 60;
		case "hours" -> 4;
		case "size" -> 25;
		default -> 1;
		};
	}


	// --- calling a route ---

	private Http api(String username) {
		return apis.computeIfAbsent(username, u -> new Http(port).as(u));
	}

	private Pages pages(String username) {
		return pages.computeIfAbsent(username, u -> {
			Pages signedIn = Pages.signIn(port, u);
			signedIn.get("/");
			stored = null; // signing in writes when the user last did
			return signedIn;
		});
	}

	/** One bad value in one field: the route's valid-looking input with that field spoiled. */
	record Variant(Field field, Object bad) {
	}

	private static List<Variant> variants(Input input, boolean api) {
		List<Variant> variants = new ArrayList<>();
		if (input.fields.isEmpty()) {
			// a route that takes nothing but its path (a deletion, a reminder) still gets one text it did not ask for
			variants.add(new Variant(new Field("note", "note", Kind.TEXT), "Fuzz" + NUL + "text"));
		}
		for (Field field : input.fields) {
			switch (field.kind()) {
			case TEXT -> variants.add(new Variant(field, "Fuzz" + NUL + "text"));
			case DATE -> variants.add(new Variant(field, api ? (Object) 20000 : "20000"));
			case WHOLE_NUMBER -> {
				variants.add(new Variant(field, api ? (Object) 1.5 : "1.5"));
				// paging in a search's body or form: a page before the first, a page size of none or of all
				if (field.formName().equals("page")) {
					variants.add(new Variant(field, api ? (Object) (-1) : "-1"));
				}
				if (field.formName().equals("size")) {
					variants.add(new Variant(field, api ? (Object) 0 : "0"));
					variants.add(new Variant(field, api ? (Object) 100000 : "100000"));
				}
			}
			case ID -> variants.add(new Variant(field, UUID.randomUUID().toString()));
			case FILE -> variants.add(new Variant(field, "scan\u0007.pdf"));
			}
		}
		return variants;
	}

	@SuppressWarnings("unchecked")
	private static Object spoil(Object tree, String path, Object bad) {
		if (path.isEmpty()) {
			return bad;
		}
		int dot = firstSeparator(path);
		String head = dot < 0 ? path : path.substring(0, dot);
		String rest = dot < 0 ? "" : path.substring(path.charAt(dot) == '.' ? dot + 1 : dot);
		if (head.startsWith("[")) {
			List<Object> list = new ArrayList<>((List<Object>) tree);
			int index = Integer.parseInt(head.substring(1, head.length() - 1));
			list.set(index, spoil(list.get(index), rest, bad));
			return list;
		}
		Map<String, Object> map = new LinkedHashMap<>((Map<String, Object>) tree);
		map.put(head, spoil(map.get(head), rest, bad));
		return map;
	}

	private static int firstSeparator(String path) {
		if (path.startsWith("[")) {
			int close = path.indexOf(']');
			return close + 1 < path.length() ? close + 1 : -1;
		}
		int dot = path.indexOf('.');
		int bracket = path.indexOf('[');
		if (dot < 0) {
			return bracket;
		}
		return bracket < 0 ? dot : Math.min(dot, bracket);
	}

	// --- the tests ---

	@Test
	void everyWriteRouteOfTheApiRefusesBadValuesNamingTheFieldAndStoresNothing() {
		List<String> unresolved = new ArrayList<>();
		int sent = 0;
		for (Route route : routes(true)) {
			if (!route.api()) {
				continue;
			}
			Input input = input(route);
			unresolved.addAll(input.unresolved);
			for (Variant variant : variants(input, true)) {
				try {
					sendToApi(route, input, variant);
				}
				catch (RuntimeException e) {
					failures.add(route + " " + variant.field().path() + ": " + e);
				}
				sent++;
			}
		}
		failures.addAll(0, unresolved.stream().map(u -> "no demo id for " + u).toList());
		assertThat(failures).as("routes that took bad input").isEmpty();
		assertThat(sent).isGreaterThan(100);
	}

	@Test
	void everyFormOfThePagesRefusesBadValuesNamingTheFieldAndStoresNothing() {
		List<String> unresolved = new ArrayList<>();
		int sent = 0;
		for (Route route : routes(true)) {
			if (route.api() || NOT_PAGES.matcher(route.pattern()).find()) {
				continue;
			}
			Input input = input(route);
			unresolved.addAll(input.unresolved);
			for (Variant variant : variants(input, false)) {
				try {
					sendToPage(route, input, variant);
				}
				catch (RuntimeException e) {
					failures.add(route + " " + variant.field().formName() + ": " + e);
				}
				sent++;
			}
		}
		failures.addAll(0, unresolved.stream().map(u -> "no demo id for " + u).toList());
		assertThat(failures).as("forms that took bad input").isEmpty();
		assertThat(sent).isGreaterThan(100);
	}

	@Test
	void everyListRefusesANegativePageAndAHugeSizeNamingTheParameter() {
		int lists = 0;
		for (Route route : routes(false)) {
			Input input = input(route);
			List<String> paging = input.fields.stream().map(Field::formName)
					.filter(name -> name.equals("page") || name.equals("size")).toList();
			if (paging.isEmpty()) {
				continue;
			}
			lists++;
			for (String name : paging) {
				for (String bad : name.equals("page") ? List.of("-1") : List.of("0", "-1", "101", "100000")) {
					Map<String, Object> query = new LinkedHashMap<>(input.query);
					query.put(name, bad);
					String url = input.path + "?" + form(query);
					if (route.api()) {
						var answer = api(route.user()).get(url);
						check(route, name + "=" + bad, answer.status(), answer.text(), name, true);
					}
					else {
						var answer = pages(route.user()).get(url);
						check(route, name + "=" + bad, answer.status(), answer.html(), name, false);
					}
				}
				if (!route.api() && name.equals("page")) {
					Map<String, Object> query = new LinkedHashMap<>(input.query);
					query.put("page", "999");
					var answer = pages(route.user()).get(input.path + "?" + form(query));
					if (answer.status() != 200) {
						failures.add(route + " page=999: " + answer.status() + " (beyond the last page is no error)");
					}
				}
			}
		}
		assertThat(lists).isGreaterThan(5);
		assertThat(failures).as("lists that took bad paging").isEmpty();
	}

	private void sendToApi(Route route, Input input, Variant variant) {
		Http api = api(route.user());
		Field field = variant.field();
		Map<String, String> before = stored != null ? stored : rows.snapshot();
		Http.Response answer;
		if (field.kind() == Kind.FILE || input.multipart) {
			Map<String, Object> parts = new LinkedHashMap<>(input.query);
			String fileName = field.kind() == Kind.FILE ? (String) variant.bad() : "scan.pdf";
			if (field.kind() != Kind.FILE) {
				parts.put(field.formName(), variant.bad());
			}
			answer = api.multipart(route.method(), input.path, parts, fileField(input), fileName);
		}
		else if (input.hasBody && !field.path().isEmpty() && input.body.containsKey(rootOf(field.path()))) {
			Object body = spoil(input.body, field.path(), variant.bad());
			answer = api.send(route.method(), input.path + query(input.query), body);
		}
		else {
			Map<String, Object> query = new LinkedHashMap<>(input.query);
			query.put(field.formName(), variant.bad());
			answer = api.send(route.method(), input.path + query(query), input.hasBody ? input.body : null);
		}
		Map<String, String> after = rows.snapshot();
		stored = after;
		String what = field.path() + "=" + printable(variant.bad());
		if (!(field.kind() == Kind.ID && answer.status() == 200 && SEARCHES.matcher(route.pattern()).find())) {
			check(route, what, answer.status(), answer.text(), field.path(), true);
		}
		String changed = StoredRows.changes(before, after);
		if (!changed.isEmpty()) {
			failures.add(route + " " + what + ": stored " + changed);
		}
	}

	private void sendToPage(Route route, Input input, Variant variant) {
		Pages session = pages(route.user());
		Field field = variant.field();
		Map<String, Object> form = new LinkedHashMap<>(input.query);
		Map<String, String> before = stored != null ? stored : rows.snapshot();
		Pages.Page answer;
		if (field.kind() == Kind.FILE || input.multipart) {
			String fileName = field.kind() == Kind.FILE ? (String) variant.bad() : "scan.pdf";
			if (field.kind() != Kind.FILE) {
				form.put(field.formName(), variant.bad());
			}
			answer = session.postMultipart(input.path, form, fileField(input), fileName);
		}
		else {
			form.put(field.formName(), variant.bad());
			answer = session.postAll(input.path, form);
		}
		Map<String, String> after = rows.snapshot();
		stored = after;
		String what = field.formName() + "=" + printable(variant.bad());
		if (answer.status() == 302 && !answer.location().contains("://")) {
			// back to the form: the alert of the page it leads to must name the field
			String back = session.get(answer.location()).html();
			if (!namesFormField(back, field.formName())) {
				failures.add(route + " " + what + ": redirected to " + answer.location() + " without naming "
						+ field.formName());
			}
		}
		else if (!(field.kind() == Kind.ID && answer.status() == 200 && SEARCHES.matcher(route.pattern()).find())) {
			check(route, what, answer.status(), answer.html(), field.formName(), false);
		}
		String changed = StoredRows.changes(before, after);
		if (!changed.isEmpty()) {
			failures.add(route + " " + what + ": stored " + changed);
		}
	}

	private void check(Route route, String what, int status, String body, String field, boolean api) {
		if (status != 400 && status != 422) {
			failures.add(route + " " + what + ": " + status + " " + (api ? abbreviate(body) : errorsShown(body)));
			return;
		}
		boolean named = api ? namesField(body, field) : namesFormField(body, field);
		if (!named) {
			failures.add(route + " " + what + ": " + status + " without naming " + field
					+ (api ? " " + abbreviate(body) : ""));
		}
	}

	private static boolean namesField(String problem, String field) {
		try {
			JsonNode json = Http.JSON.readTree(problem);
			String wanted = normal(field);
			for (JsonNode error : json.path("errors")) {
				if (normal(error.path("field").asString()).equals(wanted)) {
					return true;
				}
			}
			return json.path("detail").asString().contains(field);
		}
		catch (RuntimeException notJson) {
			return false;
		}
	}

	private static boolean namesFormField(String html, String field) {
		return html.contains("data-field=\"" + field + "\"")
				|| html.contains("data-field=\"" + normal(field) + "\"");
	}

	/** The errors a page shows (its alerts and the messages at fields), to tell why it answered as it did. */
	private static String errorsShown(String html) {
		var shown = Pattern.compile("(?:<h1[^>]*>|class=\"(?:alert alert-danger|invalid-feedback|text-danger)"
				+ "[^\"]*\"[^>]*>)\\s*(?:<p[^>]*>)?([^<]*)<").matcher(html == null ? "" : html);
		List<String> errors = new ArrayList<>();
		while (shown.find()) {
			errors.add(shown.group(1).strip());
		}
		return errors.toString();
	}

	/** A path without list indexes: {@code documents[0].number} and {@code documents.number} name one field. */
	private static String normal(String path) {
		return path.replaceAll("\\[[^\\]]*\\]", "");
	}

	private static String fileField(Input input) {
		return input.fields.stream().filter(f -> f.kind() == Kind.FILE).map(Field::formName).findFirst()
				.orElse("file");
	}

	private static String rootOf(String path) {
		int separator = firstSeparator(path);
		return separator < 0 ? path : path.substring(0, separator);
	}

	private static String query(Map<String, Object> query) {
		return query.isEmpty() ? "" : "?" + form(query);
	}

	private static String form(Map<String, Object> values) {
		StringBuilder form = new StringBuilder();
		values.forEach((name, value) -> {
			for (Object one : value instanceof Collection<?> many ? many : List.of(value)) {
				if (form.length() > 0) {
					form.append('&');
				}
				form.append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).append('=')
						.append(java.net.URLEncoder.encode(String.valueOf(one), java.nio.charset.StandardCharsets.UTF_8));
			}
		});
		return form.toString();
	}

	private static String printable(Object value) {
		return String.valueOf(value).replace(NUL, "\\u0000");
	}

	private static String abbreviate(String text) {
		return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}
}
