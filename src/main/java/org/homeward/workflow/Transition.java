package org.homeward.workflow;

import org.homeward.person.RepatriationStatus;

/**
 * A move by hand that a user asks for: the new status, their reason, the closing reason when closing,
 * the source of information it rests on (a source recorded on the same case), and the record's version
 * as they saw it (optional; when given, a case changed since is refused rather than moved blindly).
 */
public record Transition(RepatriationStatus to, String reason, ClosingReason closingReason, Long sourceId,
                         Long versionRead) {
}
