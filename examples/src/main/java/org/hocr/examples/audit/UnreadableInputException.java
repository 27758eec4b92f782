package org.hocr.examples.audit;

/**
 * The input as a whole cannot be read (no such file, a CSV header that does not name the columns): nothing is
 * audited. Problems with single records are {@link BadRecordException}s instead, and the batch goes on.
 */
public final class UnreadableInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableInputException(String message) {
        super(message);
    }

    /** No stack trace: the message says everything a caller can act on. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
