package org.hocr.core.facts;

/** An order protects a person. */
public record Protects(String orderId, String personId) {
}
