package org.hocr.api;

import java.util.List;

/**
 * A marker for the record.
 *
 * @param kind      which marker
 * @param personIds the persons it goes on
 * @param reason    why
 * @param ruleId    the brief rule id
 */
public record Flag(FlagKind kind, List<String> personIds, String reason, String ruleId) {

    public Flag {
        personIds = Lists.copy(personIds);
    }
}
