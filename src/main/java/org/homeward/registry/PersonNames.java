package org.homeward.registry;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Joins the parts of a name as people write them: surname, given name, patronymic; blank parts are left out. */
public final class PersonNames {

	private PersonNames() {
	}

	public static String join(String... parts) {
		return Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
				.collect(Collectors.joining(" "));
	}
}
