package org.hocr.core.facts;

import java.time.LocalDate;
import java.util.List;
import org.hocr.api.ContentKind;
import org.hocr.api.Network;
import org.hocr.api.SenderPurpose;

/** What was sent on an occasion, to one recipient. */
public record CommunicationFact(String occasionId, LocalDate date, String suspectId, String personId,
                                List<ContentKind> content, SenderPurpose purpose, Network network) implements OnOccasion {

    public boolean has(ContentKind kind) {
        return content.contains(kind);
    }

    @Override
    public String targetId() {
        return personId;
    }
}
