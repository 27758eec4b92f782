package org.hocr.api;

/** How a communication was sent. */
public enum Network {
    /** A public electronic communications network: phone, text, email, social media. */
    PUBLIC_ELECTRONIC_NETWORK,
    /** A letter or other article, by post or by hand. */
    LETTER_OR_ARTICLE
}
