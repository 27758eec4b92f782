package org.hocr.examples.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error for long runs: records done, rate and, when the input's size is known, a bar
 * and the time left. Redrawn at most a few times a second; silent when switched off (standard error not a
 * terminal).
 */
public final class Progress implements Audit.Listener {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 28;

    private final PrintWriter err;
    private final boolean enabled;
    private final DoubleSupplier fraction;
    private final LongSupplier clock;
    private final long started;
    private long done;
    private long lastDrawn;
    private int drawnWidth;

    /**
     * @param err      where to draw
     * @param enabled  whether to draw at all
     * @param fraction the fraction of the input read, or -1 if unknown
     * @param clock    nanoseconds (System::nanoTime; a fake in tests)
     */
    public Progress(PrintWriter err, boolean enabled, DoubleSupplier fraction, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.fraction = fraction;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastDrawn = started;
    }

    @Override
    public void accept(CaseResult result) {
        done++;
        if (enabled) {
            long now = clock.getAsLong();
            if (now - lastDrawn >= REDRAW_NANOS) {
                lastDrawn = now;
                draw(line(now));
            }
        }
    }

    /**
     * Whether standard error is a terminal, where a progress line belongs. On Linux this reads where file
     * descriptor 2 points (a {@code /dev/pts} or {@code /dev/tty} device), so that a run whose output is redirected
     * to a file still shows progress; elsewhere it falls back to Java's console check (standard input and output).
     */
    public static boolean standardErrorIsTerminal() {
        Path stderr = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(stderr)) {
                String target = Files.readSymbolicLink(stderr).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // not Linux, or not allowed to look: fall back
        }
        return System.console() != null;
    }

    /** Clears the line, so that a message can be printed; the next record redraws it. */
    public void clear() {
        if (enabled && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }

    /** Draws the final state and ends the line. */
    public void finish() {
        if (enabled) {
            draw(line(clock.getAsLong()));
            err.println();
            err.flush();
            drawnWidth = 0;
        }
    }

    /** The progress line at a time (for tests). */
    String line(long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / seconds;
        double f = fraction.getAsDouble();
        StringBuilder line = new StringBuilder();
        if (f >= 0) {
            int filled = (int) Math.round(f * BAR);
            line.append(String.format(Locale.ROOT, "%3.0f%% [", f * 100)).append("#".repeat(filled))
                    .append("-".repeat(BAR - filled)).append("] ");
        }
        line.append(String.format(Locale.ROOT, "%,d records  %,.0f/s", done, rate));
        if (f > 0 && f < 1) {
            long left = Math.round(seconds * (1 - f) / f);
            line.append(String.format(Locale.ROOT, "  ETA %d:%02d", left / 60, left % 60));
        }
        return line.toString();
    }

    private void draw(String line) {
        String padded = line.length() < drawnWidth ? line + " ".repeat(drawnWidth - line.length()) : line;
        err.print("\r" + padded);
        err.flush();
        drawnWidth = line.length();
    }
}
