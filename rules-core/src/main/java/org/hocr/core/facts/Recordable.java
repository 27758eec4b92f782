package org.hocr.core.facts;

import java.util.List;

/** An offence to record as a crime, after the counting rules (P1, P3, B4), awaiting its classification code. */
public record Recordable(Offence offence, List<String> basis) implements AboutOffence {
}
