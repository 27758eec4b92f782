package org.hocr.core.facts;

/** The offence counted for a victim: the most serious one (P1). */
public record Counted(Offence offence) implements AboutOffence {
}
