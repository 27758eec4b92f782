package org.hocr.core;

import java.time.LocalDate;
import java.time.Month;

/** The counting-rules edition of a recording date: HOCR is revised every April, so the edition is its year. */
final class CountingEdition {
    private CountingEdition() {
    }

    /** "HOCR 2026/27" for any date from 1 April 2026 to 31 March 2027. */
    static String of(LocalDate recordingDate) {
        int start = recordingDate.getMonthValue() >= Month.APRIL.getValue() ? recordingDate.getYear()
                : recordingDate.getYear() - 1;
        return String.format("HOCR %d/%02d", start, (start + 1) % 100);
    }
}
