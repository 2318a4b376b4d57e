package dev.clearance.service.audit;

/**
 * The result of walking the audit chain.
 *
 * @param intact      true when every row links to the one before and matches its own hash
 * @param checked     rows checked before the first break (all rows when intact)
 * @param brokenAtSeq the sequence number of the first broken row, null when intact
 * @param decisionId  the decision stored in that row, null when intact or unknown
 * @param reason      why the link is broken, null when intact
 */
public record ChainReport(boolean intact, long checked, Long brokenAtSeq, String decisionId, String reason) {

    static ChainReport intact(long checked) {
        return new ChainReport(true, checked, null, null, null);
    }

    static ChainReport broken(long checked, long seq, String decisionId, String reason) {
        return new ChainReport(false, checked, seq, decisionId, reason);
    }
}
