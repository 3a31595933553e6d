package org.homeward.cases;

import java.util.UUID;

/** A case is asked to move into another region; that region's coordinator decides, and should hear of it. */
public record TransferRequested(UUID transferId, UUID caseId, UUID toRegionId) {
}
