package org.hocr.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hocr.api.DecisionStatus;
import org.hocr.api.FlagKind;
import org.hocr.api.Report;
import org.hocr.api.json.HocrJson;

/**
 * A scenario file: the facts of a report and what the rules must decide, readable by a registrar.
 *
 * @param id          the file's stable id (its name without .yaml)
 * @param title       one line
 * @param source      where it comes from (a seed case, a brief rule)
 * @param description the story in words
 * @param options     rulebook options changed from the defaults for this scenario, by name
 * @param report      the facts, in the library's JSON form
 * @param expect      the expected decision
 */
record Scenario(String id, String title, String source, String description, java.util.Map<String, String> options,
                Report report, Expect expect) {

    /** The rulebook options this scenario runs under. */
    org.hocr.api.RulebookOptions rulebookOptions() {
        return options == null ? org.hocr.api.RulebookOptions.defaults()
                : org.hocr.api.RulebookOptions.defaults().with(options);
    }

    private static final ObjectMapper YAML = HocrJson.configure(YAMLMapper.builder(new YAMLFactory())).build();

    static Scenario read(Path file) throws IOException {
        return YAML.readValue(file.toFile(), Scenario.class);
    }

    /**
     * What the decision must be. Lists that are given are compared exactly (crimes, incidents, questions' rule
     * ids, flags, prompts); {@code rules} must all appear among the explanation's rule ids and {@code notRules}
     * must not; {@code options} must all be among the options the decision says it depended on.
     * {@code rejections} and {@code promptPersons} pin whom rejections and prompts concern: for each rule id they
     * name, the decision's rejections (or prompts) by that rule must be exactly those listed, with those persons.
     */
    record Expect(DecisionStatus status, List<ExpectedCrime> crimes, List<ExpectedIncident> incidents,
                  List<String> questions, List<FlagKind> flags, List<String> prompts, List<String> rejected,
                  List<String> rules, List<String> notRules, List<String> options,
                  List<ExpectedRejection> rejections, List<ExpectedPrompt> promptPersons) {
    }

    /**
     * A rejection by a rule, for a victim and a suspect; {@code classification}, when given for any rejection of a
     * rule, is compared too (the classification rejected, as the decision words it).
     */
    record ExpectedRejection(String rule, String victim, String suspect, String classification) {
    }

    /** A prompt by a rule, naming these persons (in any order). */
    record ExpectedPrompt(String rule, List<String> persons) {
    }

    /**
     * A crime: its classification code, section, victim, suspect and the occasions it covers; {@code jointSuspects},
     * when given, are the other suspects named on the same crime, and {@code jointVictims} the other victims.
     */
    record ExpectedCrime(String hocrCode, String section, String victim, String suspect, List<String> occasions,
                         List<String> jointSuspects, List<String> jointVictims) {
    }

    /** An incident: its victim, suspect and occasions. */
    record ExpectedIncident(String victim, String suspect, List<String> occasions) {
    }
}
