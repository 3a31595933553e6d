package org.homeward.shared;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items on this page
 * @param page number of this page, from 0
 * @param size the most items a page holds
 * @param total items in the whole list
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public static final int DEFAULT_SIZE = 25;
	public static final int MAX_SIZE = 100;

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
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
