package org.homeward.council;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.council.PracticeCommands.EditPractice;
import org.homeward.council.PracticeCommands.PracticeDetails;
import org.homeward.council.PracticeCommands.ReviewPractice;
import org.homeward.council.internal.FileKind;
import org.homeward.council.internal.FileStore;
import org.homeward.council.internal.PracticeStore;
import org.homeward.organizations.Organizations;
import org.homeward.shared.PageOf;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The good-practice library. Members submit practices as drafts and may change their own drafts; the secretariat
 * reviews and publishes them (draft, reviewed, published) and may send one back. Members read the published library
 * and their own submissions; the secretariat reads everything.
 */
@Service
public class GoodPractices {

	/** The moves of a practice the secretariat may make. */
	private static final Map<PracticeStatus, Set<PracticeStatus>> MOVES = Map.of(
			PracticeStatus.DRAFT, Set.of(PracticeStatus.REVIEWED),
			PracticeStatus.REVIEWED, Set.of(PracticeStatus.PUBLISHED, PracticeStatus.DRAFT),
			PracticeStatus.PUBLISHED, Set.of(PracticeStatus.REVIEWED));

	private final PracticeStore store;
	private final FileStore files;
	private final Organizations organizations;
	private final CouncilAccess access;
	private final AuditTrail audit;

	GoodPractices(PracticeStore store, FileStore files, Organizations organizations, CouncilAccess access,
			AuditTrail audit) {
		this.store = store;
		this.files = files;
		this.organizations = organizations;
		this.access = access;
		this.audit = audit;
	}

	/** The practices the user may read that match the search, best matches first. */
	@Transactional(readOnly = true)
	public PageOf<PracticeSummary> search(PracticeSearch search, PageOf.Request page, CurrentUser user) {
		access.requireCouncil(user);
		if (access.secretariat(user)) {
			return store.search(search, "true", Map.of(), page);
		}
		Map<String, Object> params = new HashMap<>();
		params.put("me", user.id());
		return store.search(search, "(g.status = 'PUBLISHED' OR g.submitter_id = :me)", params, page);
	}

	@Transactional(readOnly = true)
	public GoodPractice practice(UUID id, CurrentUser user) {
		access.requireCouncil(user);
		PracticeStore.Row row = store.find(id).orElseThrow(() -> new RecordNotFound(PracticeStore.RECORD_TYPE));
		boolean secretariat = access.secretariat(user);
		boolean author = user.id().equals(row.submitterId());
		if (!secretariat && !author && row.practice().status() != PracticeStatus.PUBLISHED) {
			throw new RecordNotFound(PracticeStore.RECORD_TYPE);
		}
		GoodPractice p = row.practice();
		boolean editable = secretariat || (author && p.status() == PracticeStatus.DRAFT);
		return new GoodPractice(p.id(), p.version(), p.title(), p.countryCode(), p.theme(), p.approach(), p.stage(),
				p.description(), p.results(), p.lessons(), p.status(), p.submittedAt(), p.submittedBy(),
				p.organizationId(), p.reviewNote(), p.reviewedAt(), p.reviewedBy(), p.publishedAt(), p.updatedAt(),
				p.updatedBy(), p.attachments(), editable);
	}

	/** A member or the secretariat submits a practice; it is a draft until the secretariat reviews it. */
	@Transactional
	public GoodPractice submit(PracticeDetails details, CurrentUser user) {
		access.requireCouncil(user);
		checkCountry(details);
		UUID id = store.insert(details, user.id(), user.organizationId(), user.username());
		audit.record(user.actor(), AuditAction.CREATE, PracticeStore.RECORD_TYPE, id, null);
		return practice(id, user);
	}

	@Transactional
	public GoodPractice edit(UUID id, EditPractice edit, CurrentUser user) {
		requireEditable(id, user);
		checkCountry(edit.practice());
		store.update(id, edit.version(), edit.practice(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, PracticeStore.RECORD_TYPE, id, null);
		return practice(id, user);
	}

	/** The secretariat moves a practice along draft, reviewed, published, or sends it back a step. */
	@Transactional
	public GoodPractice review(UUID id, ReviewPractice command, CurrentUser user) {
		access.requireSecretariat(user);
		GoodPractice practice = practice(id, user);
		if (!MOVES.get(practice.status()).contains(command.to())) {
			throw new Refused("council.practice.move");
		}
		store.changeStatus(id, command.version(), command.to(), command.note(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, PracticeStore.RECORD_TYPE, id, "status " + command.to());
		return practice(id, user);
	}

	/** Attaches a PDF, PNG or JPEG of at most 10 MB to a practice the user may change. */
	@Transactional
	public GoodPractice attach(UUID id, String fileName, byte[] content, CurrentUser user) {
		requireEditable(id, user);
		if (content == null || content.length == 0) {
			throw new Refused("council.file.empty");
		}
		if (content.length > FileKind.MAX_BYTES) {
			throw new Refused("council.file.tooLarge");
		}
		String type = FileKind.of(content).orElseThrow(() -> new Refused("council.file.type"));
		UUID file = files.insert(FileKind.safeName(fileName), type, content, user.username());
		store.attach(id, file);
		audit.record(user.actor(), AuditAction.UPDATE, PracticeStore.RECORD_TYPE, id, "attachment " + file);
		return practice(id, user);
	}

	@Transactional(readOnly = true)
	public CouncilFile.Content attachment(UUID id, UUID fileId, CurrentUser user) {
		practice(id, user);
		if (!store.hasAttachment(id, fileId)) {
			throw new RecordNotFound("COUNCIL_FILE");
		}
		return files.content(fileId).orElseThrow();
	}

	private void requireEditable(UUID id, CurrentUser user) {
		if (!practice(id, user).editable()) {
			throw new AccessDeniedException("only the author's draft, or the secretariat");
		}
	}

	private void checkCountry(PracticeDetails details) {
		if (details.countryCode() != null && !details.countryCode().isBlank()
				&& organizations.country(details.countryCode()).isEmpty()) {
			throw new Refused("council.country.unknown");
		}
	}
}
