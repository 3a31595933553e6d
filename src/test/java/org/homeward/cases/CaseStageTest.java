package org.homeward.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.cases.CaseStage.ASSESSMENT;
import static org.homeward.cases.CaseStage.CLOSED;
import static org.homeward.cases.CaseStage.LOST_CONTACT;
import static org.homeward.cases.CaseStage.MONITORING;
import static org.homeward.cases.CaseStage.ON_HOLD;
import static org.homeward.cases.CaseStage.RECEPTION;
import static org.homeward.cases.CaseStage.REHABILITATION;
import static org.homeward.cases.CaseStage.REINTEGRATION;
import static org.homeward.cases.CaseStage.TRANSFERRED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every move between stages, legal and illegal, as the programme's rules give them. */
class CaseStageTest {

	/** The legal moves from each stage; a paused case here left REHABILITATION. Everything else is illegal. */
	static final Map<CaseStage, Set<CaseStage>> LEGAL = Map.of(
			RECEPTION, EnumSet.of(ASSESSMENT, ON_HOLD, LOST_CONTACT),
			ASSESSMENT, EnumSet.of(RECEPTION, REHABILITATION, ON_HOLD, LOST_CONTACT),
			REHABILITATION, EnumSet.of(ASSESSMENT, REINTEGRATION, ON_HOLD, LOST_CONTACT),
			REINTEGRATION, EnumSet.of(REHABILITATION, MONITORING, ON_HOLD, LOST_CONTACT),
			MONITORING, EnumSet.of(REINTEGRATION, ON_HOLD, LOST_CONTACT),
			ON_HOLD, EnumSet.of(REHABILITATION, LOST_CONTACT),
			LOST_CONTACT, EnumSet.of(REHABILITATION, ON_HOLD),
			TRANSFERRED, EnumSet.of(ASSESSMENT),
			CLOSED, EnumSet.of(ASSESSMENT));

	static Stream<Arguments> everyPairOfStages() {
		return Stream.of(CaseStage.values())
				.flatMap(from -> Stream.of(CaseStage.values()).map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("everyPairOfStages")
	void aMoveIsAllowedExactlyWhenTheRulesSaySo(CaseStage from, CaseStage to) {
		boolean allowed = from.moves(REHABILITATION).contains(to);
		assertThat(allowed).isEqualTo(LEGAL.get(from).contains(to));
	}

	@Test
	void noMoveEverLeadsStraightToClosedOrTransferred() {
		for (CaseStage from : CaseStage.values()) {
			assertThat(from.moves(REHABILITATION)).doesNotContain(CLOSED, TRANSFERRED);
		}
	}

	@Test
	void aPausedCaseResumesToTheStageItLeft() {
		assertThat(ON_HOLD.moves(MONITORING)).contains(MONITORING).doesNotContain(REHABILITATION);
		assertThat(LOST_CONTACT.moves(RECEPTION)).contains(RECEPTION);
	}

	@Test
	void aPausedCaseWithoutAKnownStageToResumeToCanOnlySwitchPause() {
		assertThat(ON_HOLD.moves(null)).containsExactly(LOST_CONTACT);
	}

	@Test
	void closureIsRequestedFromMonitoringOrAfterContactWasLostOnly() {
		for (CaseStage stage : CaseStage.values()) {
			assertThat(stage.mayRequestClosure()).as(stage.name()).isEqualTo(stage == MONITORING || stage == LOST_CONTACT);
		}
	}

	@Test
	void onlyAnOngoingCaseCanBeTransferred() {
		for (CaseStage stage : CaseStage.values()) {
			assertThat(stage.mayTransfer()).as(stage.name()).isEqualTo(stage != CLOSED && stage != TRANSFERRED);
		}
	}
}
