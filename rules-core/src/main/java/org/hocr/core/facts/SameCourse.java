package org.hocr.core.facts;

/** New conduct that continues a course already recorded, before the police acted on it (P2). */
public record SameCourse(String suspectId, String victimId, String recordId) {
}
