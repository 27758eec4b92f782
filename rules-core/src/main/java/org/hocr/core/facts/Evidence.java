package org.hocr.core.facts;

import java.util.List;

/** A fact that rests on occasions and concerns persons: the explanation names both. */
public interface Evidence {

    /** The occasions this fact rests on. */
    List<String> occasionIds();

    /** The persons this fact concerns (suspect first, then victim). */
    List<String> personIds();
}
