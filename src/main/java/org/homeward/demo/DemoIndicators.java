package org.homeward.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.homeward.accounts.Accounts;
import org.homeward.accounts.CurrentUser;
import org.homeward.council.indicators.RegionalIndicators;
import org.homeward.council.indicators.RegisterNode;
import org.homeward.reporting.AgeBand;
import org.homeward.reporting.Indicator;
import org.homeward.reporting.Indicators;
import org.homeward.reporting.Quarter;
import org.homeward.reporting.Sdmx;
import org.homeward.reporting.SdmxDataset;
import org.homeward.reporting.Submissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's regional indicators: the hub's register holds this node (Uzbekistan, with its own key) and one node for
 * each other member state; every state has submitted eight quarters of synthetic figures, marked illustrative
 * (SDMX's test flag) and signed with its node's key, imported through the same checks as any submission; and this
 * node has submitted its own last quarter, computed from the demo's cases, to itself over HTTP, so that Uzbekistan's
 * last quarter has an illustrative first revision and a computed second one. The other states' keys are generated
 * here and forgotten once their quarters are signed. No figure here is any state's real one.
 */
@Component
@Order(14)
@ConditionalOnBooleanProperty("homeward.demo")
class DemoIndicators implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoIndicators.class);

	/** Roughly the size of each state's programme in the illustrative figures: returnees in the programme. */
	private static final Map<String, Integer> SIZE = new LinkedHashMap<>(Map.of("KZ", 720, "KG", 410, "TJ", 350,
			"TM", 60, "UZ", 175));

	private final RegionalIndicators hub;
	private final Indicators indicators;
	private final Submissions submissions;
	private final Accounts accounts;
	private final ZoneId zone;

	DemoIndicators(RegionalIndicators hub, Indicators indicators, Submissions submissions, Accounts accounts,
			@Value("${homeward.node.time-zone:Asia/Tashkent}") ZoneId zone) {
		this.hub = hub;
		this.indicators = indicators;
		this.submissions = submissions;
		this.accounts = accounts;
		this.zone = zone;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser secretariat = accounts.findByUsername("secretariat").map(DemoData::asUser).orElse(null);
		CurrentUser coordinator = accounts.findByUsername(DemoUsers.NATIONAL_COORDINATOR).map(DemoData::asUser)
				.orElse(null);
		if (secretariat == null || coordinator == null) {
			return;
		}
		if (hub.nodes(secretariat).stream().anyMatch(n -> n.nodeId().startsWith("DEMO-"))) {
			log.info("Demo indicators already loaded; nothing to do");
			return;
		}
		indicators.refreshNow();
		Quarter last = Quarter.of(LocalDate.now(zone)).previous();
		List<Quarter> quarters = last.lastQuarters(8);
		hub.register(new RegisterNode(submissions.nodeId(), "UZ", submissions.publicKey()), secretariat);
		int imported = 0;
		for (var state : SIZE.entrySet()) {
			Random random = new Random(state.getKey().hashCode());
			ECKey key = null;
			String nodeId = "DEMO-" + state.getKey();
			if (!"UZ".equals(state.getKey())) {
				key = generate();
				hub.register(new RegisterNode(nodeId, state.getKey(), key.toPublicJWK().toJSONString()), secretariat);
			}
			for (int i = 0; i < quarters.size(); i++) {
				SdmxDataset dataset = illustrative("UZ".equals(state.getKey()) ? submissions.nodeId() : nodeId,
						state.getKey(), quarters.get(i), state.getValue(), i, random);
				String json = Sdmx.json(dataset);
				String jws = key == null ? submissions.sign(dataset, json, Submissions.Format.JSON) : sign(dataset, json, key);
				hub.receive(jws);
				imported++;
			}
		}
		Submissions.Sent own = submissions.submit(coordinator, last);
		log.info("Loaded the demo's regional indicators: {} illustrative quarters of five states; this node's own {} "
				+ "submitted to itself (HTTP {})", imported, last, own.status());
	}

	private static SdmxDataset illustrative(String sender, String country, Quarter quarter, int size, int step,
			Random random) {
		List<SdmxDataset.Observation> observations = new ArrayList<>();
		double growth = 1 + step * 0.015;
		int returned = (int) Math.round(size * growth);
		count(observations, Indicator.RETURNED, "_Z", returned, random);
		double share = 0.2;
		for (String stage : List.of("RECEPTION", "ASSESSMENT", "REHABILITATION", "REINTEGRATION", "MONITORING",
				"ON_HOLD", "LOST_CONTACT", "TRANSFERRED", "CLOSED")) {
			double weight = switch (stage) {
				case "RECEPTION" -> 0.04;
				case "ASSESSMENT" -> 0.08;
				case "REHABILITATION" -> 0.25 - step * 0.01;
				case "REINTEGRATION" -> 0.3;
				case "MONITORING" -> 0.18 + step * 0.01;
				case "ON_HOLD", "LOST_CONTACT" -> 0.02;
				case "TRANSFERRED" -> 0.01;
				default -> 0.1 + step * 0.01;
			};
			count(observations, Indicator.IN_STAGE, stage, (int) Math.round(returned * weight * share * 5), random);
		}
		value(observations, Indicator.DAYS_TO_FAMILY_PLACEMENT, "_Z", 30 + random.nextInt(60) - step * 2);
		value(observations, Indicator.WITH_IDENTITY_DOCUMENTS, "_Z", Math.min(99, 62 + step * 3 + random.nextInt(6)));
		value(observations, Indicator.SCHOOL_ENROLMENT, "_Z", Math.min(99, 70 + step * 2.5 + random.nextInt(6)));
		value(observations, Indicator.FAMILY_BASED_CARE, "_Z", Math.min(99, 82 + step + random.nextInt(5)));
		value(observations, Indicator.PSYCHOSOCIAL_SUPPORT, "_Z", 40 + random.nextInt(25));
		value(observations, Indicator.ADULTS_IN_WORK_OR_TRAINING, "_Z", Math.min(95, 28 + step * 3 + random.nextInt(8)));
		for (String dimension : List.of("ECONOMIC", "SOCIAL", "PSYCHOSOCIAL", "COMPOSITE")) {
			value(observations, Indicator.REINTEGRATION_PROGRESS, dimension,
					Math.round((0.38 + step * 0.025 + random.nextDouble() * 0.08) * 1000) / 1000.0);
		}
		value(observations, Indicator.REFERRALS_COMPLETED, "_Z", 55 + random.nextInt(30));
		for (String service : Indicator.SERVICES_DELIVERED.categories()) {
			count(observations, Indicator.SERVICES_DELIVERED, service, random.nextInt(Math.max(2, size / 8)), random);
		}
		count(observations, Indicator.CLOSED_AS_REINTEGRATED, "_Z", random.nextInt(Math.max(2, size / 40)), random);
		return new SdmxDataset(sender, UUID.randomUUID().toString(), Instant.now(), country, quarter, true,
				observations);
	}

	/** A count with its split by sex and age band (about two thirds women and children), small ones withheld. */
	private static void count(List<SdmxDataset.Observation> observations, Indicator indicator, String category,
			int total, Random random) {
		add(observations, indicator, category, "_T", "_T", total);
		int women = (int) Math.round(total * (0.55 + random.nextDouble() * 0.1));
		add(observations, indicator, category, "F", "_T", women);
		add(observations, indicator, category, "M", "_T", total - women);
		double[] shares = { 0.12, 0.33, 0.2, 0.32, 0.03 };
		AgeBand[] bands = AgeBand.values();
		for (int i = 0; i < bands.length; i++) {
			add(observations, indicator, category, "_T", bands[i].code(), (int) Math.round(total * shares[i]));
		}
	}

	private static void add(List<SdmxDataset.Observation> observations, Indicator indicator, String category,
			String sex, String age, int count) {
		boolean withheld = count > 0 && count < 5;
		observations.add(new SdmxDataset.Observation(indicator.code(), "_T", sex, age, category,
				withheld ? null : (double) count, indicator.unitMeasure(), withheld ? Sdmx.CONFIDENTIAL : Sdmx.NORMAL));
	}

	private static void value(List<SdmxDataset.Observation> observations, Indicator indicator, String category,
			double value) {
		observations.add(new SdmxDataset.Observation(indicator.code(), "_T", "_T", "_T", category, value,
				indicator.unitMeasure(), Sdmx.NORMAL));
	}

	private static ECKey generate() {
		try {
			return new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String sign(SdmxDataset dataset, String json, ECKey key) {
		try {
			JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
					.type(JOSEObjectType.JOSE).contentType(Sdmx.JSON_TYPE).customParam("iss", dataset.senderId())
					.customParam("jti", dataset.messageId()).customParam("iat", dataset.prepared().getEpochSecond())
					.build(), new Payload(json));
			jws.sign(new ECDSASigner(key));
			return jws.serialize();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	static final Set<String> STATES = SIZE.keySet();
}
