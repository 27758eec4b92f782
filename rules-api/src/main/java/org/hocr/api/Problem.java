package org.hocr.api;

/**
 * One thing wrong with an input.
 *
 * @param path    where it is, as a JSON-style path ({@code occasions[2].actorIds[0]}); {@code $} is the whole input
 * @param message what is wrong; never echoes free text from the input
 */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
