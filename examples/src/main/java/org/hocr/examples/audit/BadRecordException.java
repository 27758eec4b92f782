package org.hocr.examples.audit;

import java.util.List;
import org.hocr.api.Problem;

/** A record of a batch that cannot be read or is not valid, with every problem found and where. */
public final class BadRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public BadRecordException(List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        this.problems = List.copyOf(problems);
    }

    public BadRecordException(String path, String message) {
        this(List.of(new Problem(path, message)));
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
