package org.hocr.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A report that cannot be decided, with every problem found and where it is. No decision, partial or
 * otherwise, is made for an invalid report.
 */
public class InvalidReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidReportException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in input order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        return "Invalid report: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }

    /** No stack trace: the message says everything a caller can act on. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
