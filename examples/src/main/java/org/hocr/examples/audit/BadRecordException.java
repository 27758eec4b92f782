package org.hocr.examples.audit;

import java.util.List;
import org.hocr.api.Problem;

/** A record of a batch that cannot be read or is not valid, with every problem found and where. */
public final class BadRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final String caseId;

    public BadRecordException(List<Problem> problems) {
        this(problems, null);
    }

    /** A record whose case id could be read, though the record is bad. */
    public BadRecordException(List<Problem> problems, String caseId) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        this.problems = List.copyOf(problems);
        this.caseId = caseId == null || caseId.isBlank() ? null : RecordedCheck.clip(caseId);
    }

    public BadRecordException(String path, String message) {
        this(List.of(new Problem(path, message)));
    }

    /** The record's case id, shown safely, if it could be read; otherwise {@code null}. */
    public String caseId() {
        return caseId;
    }

    /** Every problem found, in input order. */
    public List<Problem> problems() {
        return problems;
    }

    /** No stack trace: the problems say everything a caller can act on. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
