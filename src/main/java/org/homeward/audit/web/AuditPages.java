package org.homeward.audit.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.homeward.audit.Actor;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditFilter;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.checkpoint.AuditCheckpoints;
import org.homeward.audit.RecordNames;
import org.homeward.shared.PageOf;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.web.TableDownload;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's view of the trail: entries with filters, and a verification of the whole hash chain. Records are
 * named as people name them (a case by its number, a referral by its service and case), never by an identifier;
 * the auditor can look a record up by that name too. The filter holds no personal data (user names, case numbers,
 * record types), so it may travel in the URL and be bookmarked. The trail can be downloaded as CSV, which is itself
 * recorded.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditPages {

	/** The record types the trail holds besides those the modules name. */
	private static final List<String> OTHER_TYPES = List.of("AUDIT_TRAIL", "SERVICE_CATALOGUE", "COUNCIL_MINUTES",
			"COUNCIL_OUTCOME", "COUNCIL_ADDRESSEE", "COUNCIL_PROGRESS_REPORT", "API_TOKEN", "SECOND_FACTOR");

	private static final int PAGE = 50;
	private static final int EXPORT_LIMIT = 10_000;

	private final AuditTrail audit;
	private final List<RecordNames> namers;
	private final MessageSource messages;
	private final AuditCheckpoints checkpoints;

	AuditPages(AuditTrail audit, List<RecordNames> namers, MessageSource messages, AuditCheckpoints checkpoints) {
		this.audit = audit;
		this.namers = namers;
		this.messages = messages;
		this.checkpoints = checkpoints;
	}

	@GetMapping("/audit")
	String trail(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		PageOf<AuditEntry> entries = result.hasErrors() ? new PageOf<>(List.of(), 0, PAGE, 0)
				: audit.search(resolved(filter), new PageOf.Request(page, PAGE));
		show(entries, model, locale);
		return "audit/trail";
	}

	@PostMapping("/audit/verify")
	String verify(Authentication authentication, Model model, Locale locale) {
		// A short chain is verified before the page answers; a long one goes on, and the page follows its progress.
		model.addAttribute("check", audit.verify(auditor(authentication), 5000));
		// the chain cannot show that its newest entries were removed; the signed checkpoints outside the database can
		model.addAttribute("anchoring", checkpoints.verify());
		model.addAttribute("filter", AuditFilter.none());
		show(audit.search(AuditFilter.none(), new PageOf.Request(0, PAGE)), model, locale);
		return "audit/trail";
	}

	/** The progress, then the outcome, of a verification: polled by the page while it runs. */
	@GetMapping("/audit/verifications/{id}")
	String verification(@PathVariable UUID id, Model model) {
		model.addAttribute("check", audit.verification(id).orElseThrow(() -> new RecordNotFound("VERIFICATION")));
		return "audit/trail :: verification";
	}

	/**
	 * The entries the filter finds, newest first, as CSV or XLSX with the records named as on the page; the download
	 * is itself recorded.
	 */
	@GetMapping(path = "/audit/trail.{format:csv|xlsx}")
	ResponseEntity<byte[]> export(@PathVariable String format, @Valid @ModelAttribute("filter") AuditFilter filter,
			Authentication authentication, Locale locale) {
		List<AuditEntry> entries = audit.newest(resolved(filter), EXPORT_LIMIT);
		Map<String, Map<String, String>> names = names(entries, locale);
		List<String> header = List.of("#", message("accesses.when", locale), message("audit.actor", locale),
				message("audit.roles", locale), message("audit.action", locale), message("audit.recordType", locale),
				message("audit.record", locale), message("audit.address", locale), message("audit.detail", locale));
		List<List<Object>> rows = entries.stream().map(e -> List.<Object>of(e.id(),
				java.time.format.DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()), e.actor(), e.actorRoles(),
				message("audit.action." + e.action(), locale), typeName(e.recordType(), locale), named(names, e),
				plain(e.clientAddress(), locale), e.detail() == null ? "" : e.detail())).toList();
		audit.record(auditor(authentication), AuditAction.EXPORT, "AUDIT_TRAIL", null, entries.size() + " entries");
		return TableDownload.of(new TableDownload.Table("audit-trail", header, rows), TableDownload.Format.of(format));
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private void show(PageOf<AuditEntry> entries, Model model, Locale locale) {
		Map<String, String> addresses = new HashMap<>();
		entries.items().forEach(e -> addresses.put(e.clientAddress(), plain(e.clientAddress(), locale)));
		model.addAttribute("entries", entries);
		model.addAttribute("names", names(entries.items(), locale));
		model.addAttribute("addresses", addresses);
		model.addAttribute("actions", AuditAction.values());
		List<String> types = recordTypes();
		model.addAttribute("recordTypes", types);
		Map<String, String> typeNames = new HashMap<>();
		types.forEach(t -> typeNames.put(t, typeName(t, locale)));
		entries.items().forEach(e -> typeNames.computeIfAbsent(e.recordType(), t -> typeName(t, locale)));
		model.addAttribute("typeNames", typeNames);
	}

	/** A record type in the reader's language; a type no bundle names yet shows as it is recorded. */
	private String typeName(String type, Locale locale) {
		return type == null ? "" : messages.getMessage("audit.type." + type, null, type, locale);
	}

	/** The filter with its named record turned into the identifiers it stands for. */
	private AuditFilter resolved(AuditFilter filter) {
		String record = filter.record() == null ? "" : filter.record().strip();
		if (record.isEmpty()) {
			return filter;
		}
		Set<String> ids = new HashSet<>();
		try {
			ids.add(UUID.fromString(record).toString());
		}
		catch (IllegalArgumentException notAnIdentifier) {
			namers.forEach(namer -> namer.resolve(record).values().forEach(ids::addAll));
		}
		return filter.standingFor(ids);
	}

	/** Each record's name by type and identifier, asked of the modules that own them. */
	private Map<String, Map<String, String>> names(List<AuditEntry> entries, Locale locale) {
		Map<String, Set<String>> idsByType = new HashMap<>();
		entries.stream().filter(e -> e.recordId() != null)
				.forEach(e -> idsByType.computeIfAbsent(e.recordType(), t -> new HashSet<>()).add(e.recordId()));
		Map<String, Map<String, String>> names = new HashMap<>();
		for (RecordNames namer : namers) {
			for (String type : namer.types()) {
				if (idsByType.containsKey(type)) {
					names.computeIfAbsent(type, t -> new HashMap<>()).putAll(namer.names(type, idsByType.get(type), locale));
				}
			}
		}
		return names;
	}

	private static String named(Map<String, Map<String, String>> names, AuditEntry e) {
		return e.recordId() == null ? "" : names.getOrDefault(e.recordType(), Map.of()).getOrDefault(e.recordId(), "");
	}

	private List<String> recordTypes() {
		Set<String> types = new java.util.TreeSet<>(OTHER_TYPES);
		namers.forEach(namer -> types.addAll(namer.types()));
		return List.copyOf(types);
	}

	/** An address as people read it: the server's own, or the address as it is. */
	private String plain(String address, Locale locale) {
		if (address == null || address.isBlank()) {
			return "";
		}
		if (address.equals("127.0.0.1") || address.equals("0:0:0:0:0:0:0:1") || address.equals("::1")) {
			return messages.getMessage("audit.address.local", null, locale);
		}
		return address.replaceFirst("^::ffff:", "");
	}

	/** The audit module does not know the accounts module; the authentication says enough for the trail. */
	private static Actor auditor(Authentication authentication) {
		// Only the roles: Spring Security also grants factor authorities (FACTOR_PASSWORD), which are not roles.
		String roles = String.join(",", authentication.getAuthorities().stream().map(a -> a.getAuthority())
				.filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5)).sorted()
				.toList());
		return new Actor(authentication.getName(), roles, null);
	}
}
