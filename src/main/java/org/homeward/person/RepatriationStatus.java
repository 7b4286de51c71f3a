package org.homeward.person;

/**
 * Where a person is on the way home, from the first report to the closing of the case. The rules of
 * moving between these states (who may, which need a reason) belong to the repatriation workflow.
 */
public enum RepatriationStatus {
    /** Someone reported the person missing, detained or deported. */
    REPORTED,
    /** Whereabouts known (an ICRC visit, the other side's confirmation); for HELD: place of internment recorded. */
    LOCATED,
    /** Identity verified against documents. */
    VERIFIED,
    /** On the list of an exchange round. */
    NOMINATED,
    /** Both sides accepted the person for that round. */
    AGREED,
    /** Handed over and back home; for HELD: handed over to their side. */
    REPATRIATED,
    /** Reunited with family or guardian. */
    REUNITED,
    /** Confirmed dead: the case continues as the repatriation of remains. */
    DECEASED,
    CLOSED
}
