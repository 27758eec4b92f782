package org.hocr.api;

import java.util.List;

/**
 * What to record for a report, how many crimes, and why.
 *
 * @param reportId    the report's reference
 * @param status      determined, or needs information
 * @param crimes      the crimes to record (one per victim per course of conduct: brief P1)
 * @param incidents   what to record as incidents and not crimes (brief N2)
 * @param rejections  classifications considered and not counted, with the reason
 * @param flags       markers for the record (brief D8)
 * @param prompts     what the officer should do or consider (brief section 10)
 * @param questions   judgements still needed, with what each answer leads to (brief section 9)
 * @param explanation the rules applied, in order, with the evidence each used
 * @param options     the rulebook options the decision depended on, with their values
 * @param stamp       library version, counting-rules edition, rule-set hash and as-at date
 */
public record Decision(String reportId, DecisionStatus status, List<Crime> crimes, List<Incident> incidents,
                       List<Rejection> rejections, List<Flag> flags, List<Prompt> prompts, List<Question> questions,
                       List<Step> explanation, List<OptionValue> options, Stamp stamp) {

    public Decision {
        crimes = Lists.copy(crimes);
        incidents = Lists.copy(incidents);
        rejections = Lists.copy(rejections);
        flags = Lists.copy(flags);
        prompts = Lists.copy(prompts);
        questions = Lists.copy(questions);
        explanation = Lists.copy(explanation);
        options = Lists.copy(options);
    }

    /** The number of crimes to record. */
    public int crimeCount() {
        return crimes.size();
    }
}
