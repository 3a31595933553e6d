package org.homeward.reporting;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SDMX 2.0 CSV and JSON for the Council's exchange: written by a node, read back by the hub. The structure is fixed
 * (docs/sdmx.md): series dimensions {@code INDICATOR, REF_AREA, REGION, SEX, AGE, CATEGORY}, the observation
 * dimension {@code TIME_PERIOD} (a quarter, {@code 2026-Q3}), the measure {@code OBS_VALUE}, and the attributes
 * {@code UNIT_MEASURE} and {@code OBS_STATUS} ("A" normal, "C" confidential). Totals are {@code _T}, "not
 * applicable" {@code _Z}. Reading is strict: any column, field or code outside the structure is refused, so that
 * nothing but the aggregates of the code lists can enter the hub.
 */
public final class Sdmx {

	public static final String AGENCY = "HOMEWARD";
	public static final String DATAFLOW = "HOMEWARD:DF_RR_INDICATORS(1.0)";
	public static final String STRUCTURE = "HOMEWARD:DSD_RR_INDICATORS(1.0)";
	public static final String CSV_TYPE = "application/vnd.sdmx.data+csv;version=2.0.0";
	public static final String JSON_TYPE = "application/vnd.sdmx.data+json;version=2.0.0";
	public static final String NORMAL = "A";
	public static final String CONFIDENTIAL = "C";

	static final List<String> SERIES_DIMENSIONS = List.of("INDICATOR", "REF_AREA", "REGION", "SEX", "AGE", "CATEGORY");
	static final List<String> CSV_HEADER = List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "INDICATOR", "REF_AREA",
			"REGION", "SEX", "AGE", "CATEGORY", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS");
	static final Set<String> COUNTRIES = Set.of("KZ", "KG", "TJ", "TM", "UZ");
	private static final Pattern REGION = Pattern.compile("(KZ|KG|TJ|TM|UZ)-[A-Z0-9]{1,3}");
	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_@$.-]{1,64}");
	private static final int MAX_OBSERVATIONS = 20_000;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Sdmx() {
	}

	/** Why a message was refused: the message key of the reason, and the detail (a code, a line) to show with it. */
	public static class Malformed extends RuntimeException {

		private final String detail;

		public Malformed(String detail) {
			super("malformed SDMX: " + detail);
			this.detail = detail;
		}

		public String detail() {
			return detail;
		}
	}

	// --- writing ---

	public static String csv(SdmxDataset dataset) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
			printer.printRecord(CSV_HEADER);
			for (SdmxDataset.Observation o : dataset.observations()) {
				printer.printRecord("dataflow", DATAFLOW, "I", o.indicator(), dataset.country(), o.region(), o.sex(),
						o.age(), o.category(), dataset.quarter().toString(), format(o.value()), o.unit(), o.status());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	public static String json(SdmxDataset dataset) {
		List<SdmxDataset.Observation> observations = dataset.observations();
		// the values each series dimension takes, in order of appearance; series keys index into them
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (String dimension : SERIES_DIMENSIONS) {
			values.put(dimension, new ArrayList<>());
		}
		List<String> units = new ArrayList<>();
		Map<String, ObjectNode> series = new LinkedHashMap<>();
		ObjectNode root = JSON.createObjectNode();
		ObjectNode meta = root.putObject("meta");
		meta.put("schema", "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/v2.0.0/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json");
		meta.put("id", dataset.messageId());
		meta.put("test", dataset.test());
		meta.put("prepared", dataset.prepared().toString());
		meta.putArray("contentLanguages").add("en");
		meta.putObject("sender").put("id", dataset.senderId());
		ObjectNode data = root.putObject("data");
		ObjectNode structure = data.putArray("structures").addObject();
		structure.put("structure", "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=" + STRUCTURE);
		ObjectNode dataSet = data.putArray("dataSets").addObject();
		dataSet.put("structure", 0);
		dataSet.put("action", "Information");
		ObjectNode seriesNode = dataSet.putObject("series");
		for (SdmxDataset.Observation o : observations) {
			List<String> codes = List.of(o.indicator(), dataset.country(), o.region(), o.sex(), o.age(), o.category());
			StringBuilder key = new StringBuilder();
			for (int i = 0; i < codes.size(); i++) {
				List<String> known = values.get(SERIES_DIMENSIONS.get(i));
				int index = known.indexOf(codes.get(i));
				if (index < 0) {
					known.add(codes.get(i));
					index = known.size() - 1;
				}
				key.append(i == 0 ? "" : ":").append(index);
			}
			int unit = units.indexOf(o.unit());
			if (unit < 0) {
				units.add(o.unit());
				unit = units.size() - 1;
			}
			ObjectNode one = series.computeIfAbsent(key.toString(), k -> seriesNode.putObject(k));
			one.putArray("attributes").add(unit);
			ArrayNode observation = one.putObject("observations").putArray("0");
			if (o.value() == null) {
				observation.addNull();
			}
			else {
				observation.add(new BigDecimal(format(o.value())));
			}
			observation.add(CONFIDENTIAL.equals(o.status()) ? 1 : 0);
		}
		ObjectNode dimensions = structure.putObject("dimensions");
		dimensions.putArray("dataSet");
		ArrayNode seriesDimensions = dimensions.putArray("series");
		int position = 0;
		for (var dimension : values.entrySet()) {
			ObjectNode d = seriesDimensions.addObject();
			d.put("id", dimension.getKey());
			d.put("keyPosition", position++);
			ArrayNode codes = d.putArray("values");
			dimension.getValue().forEach(code -> codes.addObject().put("id", code));
		}
		ObjectNode time = dimensions.putArray("observation").addObject();
		time.put("id", "TIME_PERIOD");
		time.put("keyPosition", position);
		time.putArray("values").addObject().put("id", dataset.quarter().toString());
		ObjectNode attributes = structure.putObject("attributes");
		attributes.putArray("dataSet");
		ObjectNode unitAttribute = attributes.putArray("series").addObject();
		unitAttribute.put("id", "UNIT_MEASURE");
		ArrayNode unitValues = unitAttribute.putArray("values");
		units.forEach(u -> unitValues.addObject().put("id", u));
		ObjectNode status = attributes.putArray("observation").addObject();
		status.put("id", "OBS_STATUS");
		ArrayNode statusValues = status.putArray("values");
		statusValues.addObject().put("id", NORMAL);
		statusValues.addObject().put("id", CONFIDENTIAL);
		structure.putObject("measures").putArray("observation").addObject().put("id", "OBS_VALUE");
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private static String format(Double value) {
		if (value == null) {
			return "";
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	// --- reading ---

	/**
	 * Reads an SDMX-CSV message of this structure. Sender and message id come from the signed header, not the file.
	 */
	public static SdmxDataset readCsv(String text, String senderId, String messageId, Instant prepared,
			boolean test) {
		List<SdmxDataset.Observation> observations = new ArrayList<>();
		String country = null;
		Quarter quarter = null;
		try {
			List<CSVRecord> records = CSVFormat.DEFAULT.builder().get().parse(new StringReader(text)).getRecords();
			if (records.isEmpty() || !records.get(0).toList().equals(CSV_HEADER)) {
				throw new Malformed("header");
			}
			for (CSVRecord record : records.subList(1, records.size())) {
				if (record.size() != CSV_HEADER.size()) {
					throw new Malformed("line " + record.getRecordNumber());
				}
				if (!"dataflow".equals(record.get(0)) || !DATAFLOW.equals(record.get(1))
						|| !Set.of("I", "A", "R").contains(record.get(2))) {
					throw new Malformed("STRUCTURE_ID, line " + record.getRecordNumber());
				}
				country = same(country, record.get(4), "REF_AREA");
				quarter = sameQuarter(quarter, record.get(9));
				observations.add(observation(record.get(3), record.get(4), record.get(5), record.get(6),
						record.get(7), record.get(8), record.get(10), record.get(11), record.get(12)));
				if (observations.size() > MAX_OBSERVATIONS) {
					throw new Malformed("too many observations");
				}
			}
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
			throw new Malformed("CSV");
		}
		return dataset(senderId, messageId, prepared, country, quarter, test, observations);
	}

	/** Reads an SDMX-JSON data message of this structure. */
	public static SdmxDataset readJson(String text) {
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (RuntimeException e) {
			throw new Malformed("JSON");
		}
		onlyFields(root, "root", "meta", "data");
		JsonNode meta = required(root, "meta");
		onlyFields(meta, "meta", "schema", "id", "test", "prepared", "contentLanguages", "sender", "receivers", "name");
		String messageId = identifier(required(meta, "id").asString(), "meta.id");
		String senderId = identifier(required(required(meta, "sender"), "id").asString(), "meta.sender.id");
		Instant prepared;
		try {
			prepared = Instant.parse(required(meta, "prepared").asString());
		}
		catch (DateTimeParseException e) {
			throw new Malformed("meta.prepared");
		}
		JsonNode data = required(root, "data");
		onlyFields(data, "data", "structures", "dataSets");
		JsonNode structure = required(data, "structures").get(0);
		JsonNode dataSet = required(data, "dataSets").get(0);
		if (structure == null || dataSet == null || data.get("structures").size() != 1
				|| data.get("dataSets").size() != 1) {
			throw new Malformed("one structure and one data set");
		}
		JsonNode dimensions = required(structure, "dimensions");
		JsonNode seriesDimensions = required(dimensions, "series");
		if (seriesDimensions.size() != SERIES_DIMENSIONS.size()) {
			throw new Malformed("dimensions");
		}
		List<List<String>> codes = new ArrayList<>();
		for (int i = 0; i < SERIES_DIMENSIONS.size(); i++) {
			JsonNode dimension = seriesDimensions.get(i);
			if (!SERIES_DIMENSIONS.get(i).equals(dimension.path("id").asString(""))) {
				throw new Malformed("dimension " + i);
			}
			codes.add(ids(required(dimension, "values")));
		}
		JsonNode time = required(dimensions, "observation").get(0);
		if (time == null || !"TIME_PERIOD".equals(time.path("id").asString("")) || time.path("values").size() != 1) {
			throw new Malformed("TIME_PERIOD");
		}
		Quarter quarter = sameQuarter(null, time.get("values").get(0).path("id").asString(""));
		JsonNode attributes = required(structure, "attributes");
		JsonNode unitAttribute = required(attributes, "series").get(0);
		if (unitAttribute == null || !"UNIT_MEASURE".equals(unitAttribute.path("id").asString(""))) {
			throw new Malformed("UNIT_MEASURE");
		}
		List<String> units = ids(required(unitAttribute, "values"));
		JsonNode statusAttribute = required(attributes, "observation").get(0);
		if (statusAttribute == null || !"OBS_STATUS".equals(statusAttribute.path("id").asString(""))) {
			throw new Malformed("OBS_STATUS");
		}
		List<String> statuses = ids(required(statusAttribute, "values"));
		List<SdmxDataset.Observation> observations = new ArrayList<>();
		String country = null;
		for (var entry : required(dataSet, "series").properties()) {
			String[] key = entry.getKey().split(":", -1);
			if (key.length != SERIES_DIMENSIONS.size()) {
				throw new Malformed("series key " + entry.getKey());
			}
			String[] series = new String[key.length];
			for (int i = 0; i < key.length; i++) {
				series[i] = at(codes.get(i), key[i], entry.getKey());
			}
			JsonNode one = entry.getValue();
			onlyFields(one, "series", "attributes", "observations");
			String unit = at(units, required(one, "attributes").path(0).asString(""), entry.getKey());
			country = same(country, series[1], "REF_AREA");
			for (var observed : required(one, "observations").properties()) {
				if (!"0".equals(observed.getKey()) || !observed.getValue().isArray()
						|| observed.getValue().size() != 2) {
					throw new Malformed("observation of " + entry.getKey());
				}
				JsonNode value = observed.getValue().get(0);
				if (!value.isNull() && !value.isNumber()) {
					throw new Malformed("OBS_VALUE of " + entry.getKey());
				}
				String status = at(statuses, observed.getValue().get(1).asString(""), entry.getKey());
				observations.add(observation(series[0], series[1], series[2], series[3], series[4], series[5],
						value.isNull() ? "" : value.asString(), unit, status));
				if (observations.size() > MAX_OBSERVATIONS) {
					throw new Malformed("too many observations");
				}
			}
		}
		return dataset(senderId, messageId, prepared, country, quarter, meta.path("test").asBoolean(false),
				observations);
	}

	private static SdmxDataset dataset(String senderId, String messageId, Instant prepared, String country,
			Quarter quarter, boolean test, List<SdmxDataset.Observation> observations) {
		if (observations.isEmpty() || country == null || quarter == null) {
			throw new Malformed("no observations");
		}
		return new SdmxDataset(senderId, messageId, prepared, country, quarter, test, observations);
	}

	/** Checks one observation against the code lists. */
	private static SdmxDataset.Observation observation(String indicatorCode, String country, String region,
			String sex, String age, String category, String value, String unit, String status) {
		Indicator indicator;
		try {
			indicator = Indicator.valueOf(indicatorCode);
		}
		catch (IllegalArgumentException e) {
			throw new Malformed("INDICATOR " + clip(indicatorCode));
		}
		if (!COUNTRIES.contains(country)) {
			throw new Malformed("REF_AREA " + clip(country));
		}
		if (!FrequencyTable.TOTAL.equals(region) && !(REGION.matcher(region).matches() && region.startsWith(country))) {
			throw new Malformed("REGION " + clip(region));
		}
		if (!Set.of("F", "M", FrequencyTable.TOTAL).contains(sex)) {
			throw new Malformed("SEX " + clip(sex));
		}
		if (!FrequencyTable.TOTAL.equals(age) && java.util.Arrays.stream(AgeBand.values())
				.noneMatch(a -> a.code().equals(age))) {
			throw new Malformed("AGE " + clip(age));
		}
		if (!indicator.categories().contains(category)) {
			throw new Malformed("CATEGORY " + clip(category));
		}
		if (!indicator.unitMeasure().equals(unit)) {
			throw new Malformed("UNIT_MEASURE " + clip(unit));
		}
		Double number = null;
		if (NORMAL.equals(status)) {
			try {
				number = Double.valueOf(value);
			}
			catch (NumberFormatException e) {
				throw new Malformed("OBS_VALUE " + clip(value));
			}
			if (number < 0 || number.isNaN() || number.isInfinite()
					|| (indicator.kind() == Indicator.Kind.PERCENT && number > 100)) {
				throw new Malformed("OBS_VALUE " + clip(value));
			}
		}
		else if (CONFIDENTIAL.equals(status)) {
			if (!value.isEmpty()) {
				throw new Malformed("a confidential OBS_VALUE must be empty");
			}
		}
		else {
			throw new Malformed("OBS_STATUS " + clip(status));
		}
		return new SdmxDataset.Observation(indicatorCode, region, sex, age, category, number, unit, status);
	}

	private static String same(String known, String value, String what) {
		if (known != null && !known.equals(value)) {
			throw new Malformed("one " + what + " per message");
		}
		return value;
	}

	private static Quarter sameQuarter(Quarter known, String value) {
		Quarter quarter;
		try {
			quarter = Quarter.parse(value);
		}
		catch (IllegalArgumentException e) {
			throw new Malformed("TIME_PERIOD " + clip(value));
		}
		if (known != null && !known.equals(quarter)) {
			throw new Malformed("one TIME_PERIOD per message");
		}
		return quarter;
	}

	private static JsonNode required(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		if (value == null || value.isNull()) {
			throw new Malformed(field);
		}
		return value;
	}

	private static void onlyFields(JsonNode node, String where, String... allowed) {
		if (node == null || !node.isObject()) {
			throw new Malformed(where);
		}
		Set<String> known = Set.of(allowed);
		for (String name : node.propertyNames()) {
			if (!known.contains(name)) {
				throw new Malformed("unknown field " + clip(name) + " in " + where);
			}
		}
	}

	private static List<String> ids(JsonNode values) {
		List<String> ids = new ArrayList<>();
		for (JsonNode value : values) {
			onlyFields(value, "values", "id", "name", "names");
			ids.add(value.path("id").asString(""));
		}
		return ids;
	}

	private static String at(List<String> codes, String index, String where) {
		try {
			return codes.get(Integer.parseInt(index));
		}
		catch (NumberFormatException | IndexOutOfBoundsException e) {
			throw new Malformed("key " + clip(where));
		}
	}

	private static String identifier(String value, String where) {
		if (value == null || !IDENTIFIER.matcher(value).matches()) {
			throw new Malformed(where);
		}
		return value;
	}

	/** A code as quoted back in a refusal: short, so that a refusal never echoes much of what was sent. */
	private static String clip(String value) {
		if (value == null) {
			return "";
		}
		String safe = value.replaceAll("[^A-Za-z0-9_@$.:-]", "?");
		return safe.length() > 24 ? safe.substring(0, 24) + "…" : safe;
	}
}
