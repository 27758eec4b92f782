package org.hocr.examples.audit;

import java.util.List;

/**
 * One way the force's recording of a case differs from the rules, with the explanation.
 *
 * @param kind     the kind of disagreement
 * @param victimId the victim it concerns, or {@code null} if it concerns the whole case (an outcome code)
 * @param rules    what the rules record that bears on it ("8Q Stalking (s2A), victim V1, suspect S1")
 * @param recorded what the force recorded that bears on it
 * @param why      the difference in one sentence
 * @param evidence the parts of the decision that explain it ("[S5] …", "[B2] …")
 */
public record Finding(DisagreementKind kind, String victimId, List<String> rules, List<String> recorded, String why,
                      List<String> evidence) {

    public Finding {
        rules = List.copyOf(rules);
        recorded = List.copyOf(recorded);
        evidence = List.copyOf(evidence);
    }
}
