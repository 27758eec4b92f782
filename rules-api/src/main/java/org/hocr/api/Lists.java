package org.hocr.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable copies that keep nulls out of the model without throwing, so validation can report them. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> values) {
        if (values == null) {
            return List.of();
        }
        // List.copyOf rejects null elements; keep them so the validator can name their position.
        return Collections.unmodifiableList(new ArrayList<>(values));
    }
}
