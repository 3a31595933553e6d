package org.homeward.council;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.council.FollowUpCommands.AdoptRecommendation;
import org.homeward.council.FollowUpCommands.ChangeStatus;
import org.homeward.council.FollowUpCommands.EditRecommendation;
import org.homeward.council.FollowUpCommands.GenerateFollowUp;
import org.homeward.council.FollowUpCommands.ReportProgress;
import org.homeward.council.FollowUpCommands.ReviewReport;
import org.homeward.council.MeetingCommands.AgendaItemDetails;
import org.homeward.council.internal.AgendaStore;
import org.homeward.council.internal.Directory;
import org.homeward.council.internal.FileKind;
import org.homeward.council.internal.FileStore;
import org.homeward.council.internal.RecommendationStore;
import org.homeward.council.internal.RecommendationStore.AddresseeRow;
import org.homeward.organizations.Organizations;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.UnknownReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations and their follow-up: adopted at a meeting (or one of its items) and addressed to states and
 * organisations; each addressee's status with its history; progress reports written by the addressee's members and
 * reviewed by the secretariat; the tracker; and the follow-up list put on the next meeting's agenda.
 *
 * <p>A member is "of" an addressee when their organisation is the addressee, or belongs to the addressed state.
 */
@Service
public class Recommendations {

	private final RecommendationStore store;
	private final AgendaStore agenda;
	private final FileStore files;
	private final Meetings meetings;
	private final Organizations organizations;
	private final CouncilAccess access;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final ZoneId zone;

	Recommendations(RecommendationStore store, AgendaStore agenda, FileStore files, Meetings meetings,
			Organizations organizations, CouncilAccess access, AuditTrail audit, ApplicationEventPublisher events,
			@Value("${homeward.node.time-zone:Asia/Tashkent}") ZoneId zone) {
		this.store = store;
		this.agenda = agenda;
		this.files = files;
		this.meetings = meetings;
		this.organizations = organizations;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.zone = zone;
	}

	// --- adopting and reading ---

	@Transactional
	public Recommendation adopt(AdoptRecommendation command, CurrentUser user) {
		access.requireSecretariat(user);
		try {
			access.meeting(command.meetingId(), user);
		}
		catch (RecordNotFound unknown) {
			throw new UnknownReference("meetingId", "council.meeting.unknown");
		}
		if (command.agendaItemId() != null) {
			try {
				meetings.agendaItem(command.meetingId(), command.agendaItemId(), user);
			}
			catch (RecordNotFound notOfThisMeeting) {
				throw new UnknownReference("agendaItemId", "council.agenda.unknown");
			}
		}
		Directory directory = Directory.of(organizations);
		if (command.organizationIds().stream().anyMatch(o -> directory.organization(o) == null)) {
			throw new UnknownReference("organizationIds", "council.recommendation.unknownAddressee");
		}
		if (command.countryCodes().isEmpty() && command.organizationIds().isEmpty()) {
			throw new Refused("council.recommendation.noAddressee");
		}
		if (command.countryCodes().stream().anyMatch(c -> directory.country(c) == null)) {
			throw new Refused("council.recommendation.unknownAddressee", "countryCodes");
		}
		UUID id = store.insert(command, user.username());
		command.countryCodes().stream().sorted().forEach(c -> store.addAddressee(id, c, null, user.username()));
		command.organizationIds().forEach(o -> store.addAddressee(id, null, o, user.username()));
		audit.record(user.actor(), AuditAction.CREATE, RecommendationStore.RECORD_TYPE, id,
				"meeting " + command.meetingId());
		events.publishEvent(new RecommendationAdopted(id, command.meetingId(), command.countryCodes(),
				command.organizationIds()));
		return recommendation(id, user);
	}

	@Transactional
	public Recommendation edit(UUID id, EditRecommendation command, CurrentUser user) {
		access.requireSecretariat(user);
		recommendation(id, user);
		store.update(id, command, user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RecommendationStore.RECORD_TYPE, id, null);
		return recommendation(id, user);
	}

	/** A recommendation the user may see, with its addressees as the user may see them. */
	@Transactional(readOnly = true)
	public Recommendation recommendation(UUID id, CurrentUser user) {
		access.requireCouncil(user);
		var row = store.find(id).orElseThrow(() -> new RecordNotFound(RecommendationStore.RECORD_TYPE));
		if (!access.secretariat(user)
				&& !store.visibleToMember(id, user.organizationId(), access.countryOf(user).orElse(null))) {
			throw new RecordNotFound(RecommendationStore.RECORD_TYPE);
		}
		return assemble(List.of(row), user).get(0);
	}

	/** The recommendations a meeting adopted. */
	@Transactional(readOnly = true)
	public List<Recommendation> ofMeeting(UUID meetingId, CurrentUser user) {
		access.meeting(meetingId, user);
		return assemble(store.ofMeeting(meetingId), user);
	}

	/** One row per addressee, filtered; a member gets what is addressed to them and what their meetings adopted. */
	@Transactional(readOnly = true)
	public List<TrackerRow> tracker(TrackerFilter filter, CurrentUser user) {
		access.requireCouncil(user);
		boolean secretariat = access.secretariat(user);
		return store.tracker(filter, secretariat ? null : user.organizationId(),
				secretariat ? null : access.countryOf(user).orElse(null), LocalDate.now(zone),
				Directory.of(organizations));
	}

	/** The tracker as {@link #tracker} gives it, for a download; the download is recorded. */
	@Transactional
	public List<TrackerRow> exportTracker(TrackerFilter filter, CurrentUser user) {
		List<TrackerRow> rows = tracker(filter, user);
		audit.recordEach(user.actor(), AuditAction.EXPORT, RecommendationStore.RECORD_TYPE,
				rows.stream().map(TrackerRow::recommendationId).distinct().toList(), "tracker download");
		return rows;
	}

	private List<Recommendation> assemble(List<RecommendationStore.Row> rows, CurrentUser user) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Directory directory = Directory.of(organizations);
		boolean secretariat = access.secretariat(user);
		String myCountry = secretariat ? null : access.countryOf(user).orElse(null);
		List<AddresseeRow> addressees = store.addressees(rows.stream().map(RecommendationStore.Row::id).toList());
		List<UUID> addresseeIds = addressees.stream().map(AddresseeRow::id).toList();
		Map<UUID, List<StatusChange>> history = store.history(addresseeIds);
		Map<UUID, List<ProgressReport>> reports = store.reports(addresseeIds);
		LocalDate today = LocalDate.now(zone);
		List<Recommendation> result = new ArrayList<>();
		for (var row : rows) {
			List<Addressee> list = addressees.stream().filter(a -> a.recommendationId().equals(row.id()))
					.map(a -> {
						boolean yours = !secretariat && isOf(a, user, myCountry);
						boolean overdue = row.dueOn() != null && row.dueOn().isBefore(today) && !a.status().isSettled();
						return new Addressee(a.id(), a.version(), a.recommendationId(), directory.country(a.countryCode()),
								directory.organization(a.organizationId()), a.status(), a.statusChangedAt(), overdue, yours,
								history.getOrDefault(a.id(), List.of()),
								secretariat || yours ? reports.getOrDefault(a.id(), List.of()) : List.of());
					}).toList();
			result.add(new Recommendation(row.id(), row.version(), row.meetingId(), row.meetingTitle(),
					row.meetingStartsOn(), row.agendaItemId(), row.number(), row.text(), row.textRu(),
					row.textUz(), row.theme(), row.dueOn(),
					row.note(), row.adoptedAt(), row.adoptedBy(), list));
		}
		return result;
	}

	private static boolean isOf(AddresseeRow addressee, CurrentUser user, String myCountry) {
		return (addressee.organizationId() != null && addressee.organizationId().equals(user.organizationId()))
				|| (addressee.countryCode() != null && addressee.countryCode().equals(myCountry));
	}

	// --- status and progress ---

	/** The secretariat sets an addressee's status directly, saying why; the change joins its history. */
	@Transactional
	public Recommendation changeStatus(UUID addresseeId, ChangeStatus command, CurrentUser user) {
		access.requireSecretariat(user);
		AddresseeRow addressee = store.addressee(addresseeId)
				.orElseThrow(() -> new RecordNotFound(RecommendationStore.ADDRESSEE));
		store.changeStatus(addresseeId, command.version(), command.status(), command.note(), null, user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RecommendationStore.ADDRESSEE, addresseeId,
				"status " + command.status());
		return recommendation(addressee.recommendationId(), user);
	}

	/** A member of the addressee reports progress, with evidence (text, and a file if given). */
	@Transactional
	public ProgressReport report(UUID addresseeId, ReportProgress command, String fileName, byte[] evidence,
			CurrentUser user) {
		access.requireCouncil(user);
		AddresseeRow addressee = store.addressee(addresseeId)
				.orElseThrow(() -> new RecordNotFound(RecommendationStore.ADDRESSEE));
		recommendation(addressee.recommendationId(), user);
		if (access.secretariat(user) || !isOf(addressee, user, access.countryOf(user).orElse(null))) {
			throw new AccessDeniedException("progress is reported by the addressee's members");
		}
		if (command.reportedOn().isAfter(LocalDate.now(zone))) {
			throw new Refused("council.report.future");
		}
		UUID fileId = null;
		if (evidence != null && evidence.length > 0) {
			if (evidence.length > FileKind.MAX_BYTES) {
				throw new Refused("council.file.tooLarge");
			}
			String type = FileKind.of(evidence).orElseThrow(() -> new Refused("council.file.type"));
			fileId = files.insert(FileKind.safeName(fileName), type, evidence, user.username());
		}
		UUID id = store.addReport(addresseeId, command, fileId, user.username());
		audit.record(user.actor(), AuditAction.CREATE, RecommendationStore.REPORT, id, "addressee " + addresseeId);
		events.publishEvent(new ProgressReported(id, addressee.recommendationId(), addresseeId));
		return store.report(id).orElseThrow();
	}

	/**
	 * The secretariat accepts a report, and the status it proposes becomes the addressee's (recorded in the history
	 * with the report), or returns it with a note. A report is reviewed once.
	 */
	@Transactional
	public Recommendation review(UUID reportId, ReviewReport command, CurrentUser user) {
		access.requireSecretariat(user);
		ProgressReport report = store.report(reportId)
				.orElseThrow(() -> new RecordNotFound(RecommendationStore.REPORT));
		AddresseeRow addressee = store.addressee(report.addresseeId()).orElseThrow();
		boolean accept = Boolean.TRUE.equals(command.accept());
		if (!store.review(reportId, accept ? ReportReview.ACCEPTED : ReportReview.RETURNED, command.note(),
				user.username())) {
			throw new Refused("council.report.reviewed");
		}
		if (accept && addressee.status() != report.proposedStatus()) {
			store.changeStatus(addressee.id(), addressee.version(), report.proposedStatus(), command.note(), reportId,
					user.username());
		}
		audit.record(user.actor(), AuditAction.UPDATE, RecommendationStore.REPORT, reportId,
				accept ? "accepted" : "returned");
		events.publishEvent(new ReportReviewed(reportId, addressee.recommendationId(), report.submittedBy(), accept));
		return recommendation(addressee.recommendationId(), user);
	}

	/** A progress report's evidence file, for the secretariat and the addressee's members; audited. */
	@Transactional
	public CouncilFile.Content evidence(UUID reportId, CurrentUser user) {
		access.requireCouncil(user);
		ProgressReport report = store.report(reportId)
				.orElseThrow(() -> new RecordNotFound(RecommendationStore.REPORT));
		AddresseeRow addressee = store.addressee(report.addresseeId()).orElseThrow();
		if (!access.secretariat(user) && !isOf(addressee, user, access.countryOf(user).orElse(null))) {
			throw new RecordNotFound(RecommendationStore.REPORT);
		}
		if (report.evidenceFile() == null) {
			throw new RecordNotFound("COUNCIL_FILE");
		}
		audit.record(user.actor(), AuditAction.EXPORT, RecommendationStore.REPORT, reportId, "evidence");
		return files.content(report.evidenceFile().id()).orElseThrow();
	}

	// --- the follow-up list ---

	/**
	 * Puts the recommendations of earlier meetings that are not settled for every addressee on this meeting's
	 * agenda, as a plenary item at the end of its first day, or refreshes the list of the follow-up item it has.
	 */
	@Transactional
	public FollowUpItem generateFollowUp(UUID meetingId, GenerateFollowUp command, CurrentUser user) {
		access.requireSecretariat(user);
		Meeting meeting = access.meeting(meetingId, user);
		List<UUID> open = store.openBefore(meeting.startsOn());
		if (open.isEmpty()) {
			throw new Refused("council.followUp.nothing");
		}
		Optional<UUID> existing = agenda.followUpItem(meetingId);
		UUID itemId;
		if (existing.isPresent()) {
			itemId = existing.get();
		}
		else {
			int slot = agenda.lastSlot(meetingId, meeting.startsOn()) + 1;
			if (slot > 99) {
				throw new Refused("council.agenda.full");
			}
			itemId = agenda.insert(meetingId, new AgendaItemDetails(AgendaKind.PLENARY, command.title(),
					command.titleRu(), command.titleUz(), null, meeting.startsOn(), slot, null, null, null, null, null,
					List.of()), meeting.startsOn(), true, user.username());
			audit.record(user.actor(), AuditAction.CREATE, AgendaStore.RECORD_TYPE, itemId, "follow-up");
		}
		agenda.replaceFollowUp(itemId, open);
		audit.record(user.actor(), AuditAction.UPDATE, AgendaStore.RECORD_TYPE, itemId,
				"follow-up of " + open.size() + " recommendations");
		return followUp(meetingId, user).orElseThrow();
	}

	/** The follow-up item of a meeting and the recommendations it reviews, with their current status. */
	@Transactional(readOnly = true)
	public Optional<FollowUpItem> followUp(UUID meetingId, CurrentUser user) {
		access.meeting(meetingId, user);
		return agenda.followUpItem(meetingId).map(itemId -> new FollowUpItem(itemId,
				assemble(store.byIds(agenda.followedUp(itemId)), user)));
	}
}
