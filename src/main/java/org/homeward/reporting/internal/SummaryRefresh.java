package org.homeward.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.homeward.cases.CaseClosed;
import org.homeward.cases.CaseOpened;
import org.homeward.cases.CaseStageChanged;
import org.homeward.referrals.Events;
import org.homeward.reporting.Cell;
import org.homeward.reporting.Figure;
import org.homeward.reporting.IndicatorCalculator;
import org.homeward.reporting.Publication;
import org.homeward.reporting.Quarter;
import org.homeward.reporting.ReportingSettings;
import org.homeward.reporting.Series;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the summary tables current. The cases' events (opened, moved, closed; referrals answered) ask for a refresh,
 * which runs within seconds in the background; a scheduled check every few minutes catches what publishes no event
 * (a section saved, a document added, an assessment recorded) by a fingerprint of the tables it reads. A refresh
 * computes every series of the tracked quarters, and runs suppression and its audit again only for the series whose
 * figures changed; each series of a quarter is replaced in one transaction. Pages only ever read the result.
 */
@Component
public class SummaryRefresh {

	private static final Logger log = LoggerFactory.getLogger(SummaryRefresh.class);

	private final CaseHistories histories;
	private final FigureStore store;
	private final RegionCodes regions;
	private final ReportingSettings settings;
	private final TransactionTemplate transaction;
	private final TransactionTemplate snapshot;
	private final ZoneId zone;
	private final Clock clock;
	private final AtomicBoolean requested = new AtomicBoolean(true);
	private volatile String lastFingerprint;

	SummaryRefresh(CaseHistories histories, FigureStore store, RegionCodes regions, ReportingSettings settings,
			PlatformTransactionManager transactions, @Value("${homeward.node.time-zone:Asia/Tashkent}") ZoneId zone) {
		this.histories = histories;
		this.store = store;
		this.regions = regions;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
		this.zone = zone;
		this.clock = Clock.system(zone);
	}

	@ApplicationModuleListener
	void on(CaseOpened event) {
		requested.set(true);
	}

	@ApplicationModuleListener
	void on(CaseStageChanged event) {
		requested.set(true);
	}

	@ApplicationModuleListener
	void on(CaseClosed event) {
		requested.set(true);
	}

	@ApplicationModuleListener
	void on(Events.ReferralAccepted event) {
		requested.set(true);
	}

	/** Refreshes soon after an event asked for it. */
	@Scheduled(fixedDelayString = "${homeward.reporting.refresh-delay:5s}", initialDelayString = "${homeward.reporting.refresh-delay:5s}")
	void soon() {
		if (requested.getAndSet(false)) {
			refreshIfChanged();
		}
	}

	/** Catches what published no event. */
	@Scheduled(fixedDelayString = "${homeward.reporting.refresh-check:5m}", initialDelayString = "${homeward.reporting.refresh-check:5m}")
	void check() {
		refreshIfChanged();
	}

	/**
	 * Refreshes when anything the indicators read has changed since the last refresh, or the day or the settings
	 * have (the running quarter is counted to date). The fingerprint is kept in the database, so that a restart, or
	 * a second instance, does not read every case again for nothing.
	 */
	public synchronized void refreshIfChanged() {
		String fingerprint = histories.fingerprint() + '|' + LocalDate.now(clock) + '|' + settings.threshold() + '|'
				+ settings.quarters() + '|' + regions.nodeRegionCodes();
		if (lastFingerprint == null) {
			lastFingerprint = store.fingerprint().orElse(null);
			if (fingerprint.equals(lastFingerprint)) {
				log.info("Indicators unchanged since the last refresh: nothing to compute");
			}
		}
		if (!fingerprint.equals(lastFingerprint)) {
			refresh();
			transaction.executeWithoutResult(status -> store.fingerprint(fingerprint));
			lastFingerprint = fingerprint;
		}
	}

	/** Computes every tracked quarter now; returns the number of series whose figures changed. */
	public synchronized int refresh() {
		long start = System.nanoTime();
		List<String> codes = regions.nodeRegionCodes();
		LocalDate today = LocalDate.now(clock);
		List<IndicatorCalculator.Tallies> quarters = Quarter.of(today).lastQuarters(settings.quarters()).stream()
				.map(quarter -> new IndicatorCalculator.Tallies(quarter, today, codes)).toList();
		// one snapshot of the cases for all the chunks, so that a case moved meanwhile is not counted twice
		int cases = snapshot.execute(status -> histories.forEach(h -> quarters.forEach(tallies -> tallies.add(h))));
		int changed = 0;
		for (IndicatorCalculator.Tallies tallies : quarters) {
			Quarter quarter = tallies.quarter();
			Map<Series, Map<Cell, Figure>> figures = tallies.figures();
			Map<Series, String> stored = store.hashes(quarter);
			for (var series : figures.entrySet()) {
				String hash = hash(series.getValue(), codes);
				if (hash.equals(stored.get(series.getKey()))) {
					continue;
				}
				Publication publication = Publication.protect(series.getKey(), series.getValue(), codes,
						settings.threshold());
				transaction.executeWithoutResult(status -> store.save(quarter, publication, hash, today));
				changed++;
			}
		}
		transaction.executeWithoutResult(status -> store.refreshed(Instant.now(clock), cases));
		log.info("Indicators refreshed from {} cases: {} series changed, in {} ms", cases, changed,
				(System.nanoTime() - start) / 1_000_000);
		return changed;
	}

	private String hash(Map<Cell, Figure> cells, List<String> codes) {
		StringBuilder text = new StringBuilder().append(settings.threshold()).append(codes);
		cells.forEach((cell, figure) -> text.append(cell).append(figure));
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
					.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	ZoneId zone() {
		return zone;
	}
}
