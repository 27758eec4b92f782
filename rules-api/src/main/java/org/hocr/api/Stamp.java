package org.hocr.api;

import java.time.LocalDate;

/**
 * What is needed to reproduce a decision.
 *
 * @param libraryVersion   the hocr-rules version
 * @param countingRules    the counting-rules edition applied (HOCR year, April to March, of the recording date)
 * @param ruleSetHash      SHA-256 of the rule files the decision ran on
 * @param asAt             the recording date
 */
public record Stamp(String libraryVersion, String countingRules, String ruleSetHash, LocalDate asAt) {
}
