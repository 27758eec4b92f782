package org.hocr.api;

import java.util.List;

/**
 * What was sent on an occasion, for the communications offences.
 *
 * @param content what it contained
 * @param purpose the sender's purpose, where known (a judgement)
 * @param network how it was sent
 */
public record Communication(List<ContentKind> content, SenderPurpose purpose, Network network) {

    public Communication {
        content = Lists.copy(content);
        purpose = purpose == null ? SenderPurpose.UNKNOWN : purpose;
    }
}
