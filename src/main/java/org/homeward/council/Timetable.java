package org.homeward.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A meeting's agenda as a timetable: by day, then by slot, parallel items side by side. */
public record Timetable(List<Day> days) {

	public record Day(LocalDate date, List<Slot> slots) {
	}

	/** One place in the day's order; more than one item means they run in parallel. */
	public record Slot(int slot, List<AgendaItem> items) {
		public boolean parallel() {
			return items.size() > 1;
		}
	}

	public static Timetable of(List<AgendaItem> items) {
		Map<LocalDate, Map<Integer, List<AgendaItem>>> byDay = new TreeMap<>();
		for (AgendaItem item : items) {
			byDay.computeIfAbsent(item.day(), d -> new TreeMap<>()).computeIfAbsent(item.slot(), s -> new ArrayList<>())
					.add(item);
		}
		List<Day> days = new ArrayList<>();
		byDay.forEach((date, slots) -> {
			List<Slot> list = new ArrayList<>();
			slots.forEach((slot, slotItems) -> list.add(new Slot(slot, List.copyOf(slotItems))));
			days.add(new Day(date, List.copyOf(list)));
		});
		return new Timetable(List.copyOf(days));
	}

	public boolean isEmpty() {
		return days.isEmpty();
	}

	/** Every item in order, for lists that do not show parallel items side by side. */
	public List<AgendaItem> items() {
		Map<Object, AgendaItem> ordered = new LinkedHashMap<>();
		days.forEach(day -> day.slots().forEach(slot -> slot.items().forEach(item -> ordered.put(item.id(), item))));
		return List.copyOf(ordered.values());
	}
}
