package org.hocr.core.facts;

import java.time.LocalDate;
import java.util.List;
import org.hocr.api.ContentKind;
import org.hocr.api.Network;
import org.hocr.api.SenderPurpose;

/** What was sent on an occasion, to one recipient. */
public record CommunicationFact(String occasionId, LocalDate date, String suspectId, String personId,
                                List<ContentKind> content, SenderPurpose purpose, Network network) implements Evidence {

    @Override
    public List<String> occasionIds() {
        return List.of(occasionId);
    }

    @Override
    public List<String> personIds() {
        return List.of(suspectId, personId);
    }

    public boolean has(ContentKind kind) {
        return content.contains(kind);
    }
}
