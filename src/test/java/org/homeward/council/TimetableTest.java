package org.homeward.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The timetable puts items of the same day and slot side by side, in the order of the days and slots. */
class TimetableTest {

	private static final LocalDate DAY = LocalDate.of(2024, 5, 14);

	@Test
	void itemsOfTheSameSlotRunInParallelAndDaysAndSlotsKeepTheirOrder() {
		AgendaItem closing = item(AgendaKind.CLOSING, "Closing", DAY.plusDays(1), 1);
		AgendaItem breakoutA = item(AgendaKind.BREAKOUT_SESSION, "A", DAY, 2);
		AgendaItem opening = item(AgendaKind.OPENING_CEREMONY, "Opening", DAY, 1);
		AgendaItem breakoutB = item(AgendaKind.BREAKOUT_SESSION, "B", DAY, 2);

		Timetable timetable = Timetable.of(List.of(closing, breakoutA, opening, breakoutB));

		assertThat(timetable.days()).extracting(Timetable.Day::date).containsExactly(DAY, DAY.plusDays(1));
		List<Timetable.Slot> first = timetable.days().get(0).slots();
		assertThat(first).extracting(Timetable.Slot::slot).containsExactly(1, 2);
		assertThat(first.get(0).parallel()).isFalse();
		assertThat(first.get(1).parallel()).isTrue();
		assertThat(first.get(1).items()).containsExactly(breakoutA, breakoutB);
		assertThat(timetable.items()).containsExactly(opening, breakoutA, breakoutB, closing);
	}

	@Test
	void anEmptyAgendaIsAnEmptyTimetable() {
		assertThat(Timetable.of(List.of()).isEmpty()).isTrue();
	}

	private static AgendaItem item(AgendaKind kind, String title, LocalDate day, int slot) {
		return new AgendaItem(UUID.randomUUID(), 0, UUID.randomUUID(), kind, title, null, null, null, day, slot,
				LocalTime.NOON, null, null, null, null, false, List.of());
	}
}
