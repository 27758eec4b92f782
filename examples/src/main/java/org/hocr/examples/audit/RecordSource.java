package org.hocr.examples.audit;

import java.io.Closeable;
import java.io.IOException;

/** The records of a batch, in input order. */
public interface RecordSource extends Closeable {

    /** The next record, or {@code null} at the end of the input. */
    PendingRecord next() throws IOException;

    /** How far through the input reading is, from 0 to 1, if known (for the progress bar); otherwise -1. */
    double fractionRead();
}
