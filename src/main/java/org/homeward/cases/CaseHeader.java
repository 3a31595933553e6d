package org.homeward.cases;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a page names a case at its top, as the reader's audience may see it: its number, the person's name and the stage (and
 * the person's record in the registry for those who may open it); a fact not seen is null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseHeader(UUID caseId, String number, UUID personId, String personName, CaseStage stage) {
}
