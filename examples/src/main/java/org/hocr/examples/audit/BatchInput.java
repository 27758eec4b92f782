package org.hocr.examples.audit;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The input of a batch, a file or standard input, counting the bytes read so that progress can be shown. */
public final class BatchInput implements Closeable {
    private final String name;
    private final long size;
    private final Counting stream;

    private BatchInput(String name, InputStream in, long size) {
        this.name = name;
        this.size = size;
        this.stream = new Counting(in);
    }

    /** A file, or standard input for {@code "-"}. */
    public static BatchInput open(String input, InputStream stdin) throws IOException {
        if ("-".equals(input)) {
            return new BatchInput(displayName(input), stdin, -1);
        }
        Path path = Path.of(input);
        return new BatchInput(displayName(input), Files.newInputStream(path), Files.size(path));
    }

    /** Text in memory (for tests and examples). */
    public static BatchInput of(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new BatchInput(name, new ByteArrayInputStream(bytes), bytes.length);
    }

    /** The input's name as reports show it (the file name, not its path). */
    public String name() {
        return name;
    }

    /** The name reports show for an input argument: the file name, or "standard input" for {@code "-"}. */
    public static String displayName(String input) {
        if ("-".equals(input)) {
            return "standard input";
        }
        Path file = Path.of(input).getFileName();
        return file == null ? input : file.toString();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }

    /** The input as UTF-8 text. */
    Reader reader() {
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }

    /** The fraction of the input read so far, or -1 if its size is not known. */
    double fractionRead() {
        return size <= 0 ? -1 : Math.min(1.0, (double) stream.count / size);
    }

    private static final class Counting extends FilterInputStream {
        private volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
