package org.hocr.examples.audit;

/**
 * One record of a batch as its source found it, not yet read: where it starts, its case id if the source knows it,
 * and how to read it (reading is done by the workers, in parallel).
 *
 * @param line   the input line the record starts on (1-based)
 * @param caseId the case id, if known before reading (CSV); {@code null} otherwise
 * @param reader reads the record, or fails with every problem found
 */
public record PendingRecord(long line, String caseId, Reader reader) {

    /** Reads one record. */
    @FunctionalInterface
    public interface Reader {
        /** The record, or the problems that stop it being read. */
        AuditRecord read() throws BadRecordException;
    }

    /** A record already known to be bad (a line too long, a row that names no case). */
    static PendingRecord bad(long line, String caseId, String path, String message) {
        return new PendingRecord(line, caseId, () -> {
            throw new BadRecordException(path, message);
        });
    }
}
