package org.hocr.core.properties;

/**
 * Bugs the properties found and that are not fixed yet. Each has a minimal report, written as a scenario
 * file, in the issue that reports it. A property that fails only because of one of them is kept twice: in
 * full, {@code @Disabled} with the finding as its reason (re-enable it when the bug is fixed), and narrowed to
 * step round the finding's trigger, so that everything else stays checked in every build.
 */
final class Findings {
    private Findings() {
    }

    static final String F4_CHOSEN_BY_ID = "Finding F4: where several persons could be named, rules name the first by "
            + "id (the B5 rejection of a breach of a domestic violence protection order; the D10 outcome-18 prompt; "
            + "the principal crime among equally serious crimes of one incident, by its first occasion's id; the victim "
            + "of a breach crime when one occasion breached the order towards several protected persons; the suspect "
            + "of a joint crime, and the one the D1 and D5 prompts name, when suspects acted together), "
            + "so renaming ids changes the decision (finding-f4-dvpo-rejection-victim-depends-on-ids.yaml, "
            + "finding-f4-d10-prompt-suspect-depends-on-ids.yaml)";

}
