package org.hocr.core.facts;

/** The offence that breaching an order is, decided by the order's type and when it was made. */
public record OrderOffence(String orderId, OffenceKind kind) {
}
