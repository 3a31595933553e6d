package org.homeward.imports;

import java.util.Map;
import java.util.UUID;

/** A mapping of columns to fields saved under a name, for the next files of the same shape. */
public record SavedMapping(UUID id, String name, String owner, Map<ImportField, String> columns) {
}
