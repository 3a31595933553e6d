package org.homeward.shared;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items on this page
 * @param page number of this page, from 0
 * @param size the most items a page holds
 * @param total items in the whole list, or, when {@code totalAtLeast}, how many were counted before counting stopped
 * @param totalAtLeast whether the list holds more than {@code total}: long lists are counted only so far, so that a
 *        count never reads a million rows to show one page
 */
public record PageOf<T>(List<T> items, int page, int size, long total, boolean totalAtLeast) {

	public static final int DEFAULT_SIZE = 25;
	public static final int MAX_SIZE = 100;

	/** How far a list is counted before it is shown as "more than". */
	public static final int COUNT_LIMIT = 1000;

	public PageOf(List<T> items, int page, int size, long total) {
		this(items, page, size, total, false);
	}

	/** A page whose total was counted up to {@code limit} + 1 rows: {@code counted} beyond the limit means more. */
	public static <T> PageOf<T> counted(List<T> items, Request request, long counted, int limit) {
		return counted > limit ? new PageOf<>(items, request.page(), request.size(), limit, true)
				: new PageOf<>(items, request.page(), request.size(), counted, false);
	}

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return totalAtLeast ? items.size() == size : (long) (page + 1) * size < total;
	}

	/**
	 * A page request within its limits, so that no caller can ask for a million rows at once: a page before the first
	 * or a size outside 1 to {@value #MAX_SIZE} is refused naming the parameter, never corrected silently. A page
	 * beyond the last is no error: it is empty.
	 */
	public record Request(int page, int size) {
		public Request {
			if (page < 0) {
				throw new InvalidValue("page", "input.page");
			}
			if (size < 1 || size > MAX_SIZE) {
				throw new InvalidValue("size", "input.size");
			}
		}

		public static Request first() {
			return new Request(0, DEFAULT_SIZE);
		}

		public long offset() {
			return (long) page * size;
		}
	}
}
