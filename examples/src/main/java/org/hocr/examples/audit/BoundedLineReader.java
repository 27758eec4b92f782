package org.hocr.examples.audit;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines with a cap on their length, so that one enormous line cannot exhaust memory: the rest of an
 * over-long line is skipped and the line is reported as too long. Ends of line are {@code \n} or {@code \r\n}; a
 * byte-order mark at the start of the input (as spreadsheet programs write) is not part of the first line.
 */
final class BoundedLineReader implements Closeable {
    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private long lineNumber;

    /** One line: its number, its text (or {@code null} if it was too long), and whether it was too long. */
    record Line(long number, String text) {
        boolean tooLong() {
            return text == null;
        }
    }

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or {@code null} at the end of the input. */
    Line next() throws IOException {
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int length = position - start;
            if (!tooLong) {
                if (text.length() + length > maxChars) {
                    tooLong = true;
                    text.setLength(0);
                } else {
                    text.append(buffer, start, length);
                }
            }
            if (position < limit) {
                position++; // the '\n'
                break;
            }
        }
        lineNumber++;
        if (tooLong) {
            return new Line(lineNumber, null);
        }
        if (lineNumber == 1 && text.length() > 0 && text.charAt(0) == '\uFEFF') {
            text.deleteCharAt(0);
        }
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\r') {
            text.setLength(end - 1);
        }
        return new Line(lineNumber, text.toString());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
