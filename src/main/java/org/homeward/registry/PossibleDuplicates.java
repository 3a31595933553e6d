package org.homeward.registry;

import java.util.List;

/** A registration was held back because likely duplicates exist that the worker has not reviewed yet. */
public class PossibleDuplicates extends RuntimeException {

	private final transient List<PossibleDuplicate> candidates;

	public PossibleDuplicates(List<PossibleDuplicate> candidates) {
		super(candidates.size() + " possible duplicates");
		this.candidates = List.copyOf(candidates);
	}

	public List<PossibleDuplicate> candidates() {
		return candidates;
	}
}
