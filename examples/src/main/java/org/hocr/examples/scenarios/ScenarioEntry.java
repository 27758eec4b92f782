package org.hocr.examples.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hocr.api.Report;
import org.hocr.api.RulebookOptions;

/**
 * One scenario of the catalogue: a trainer's case with the decision it must lead to.
 *
 * @param id          the scenario's id (its file name without .yaml)
 * @param title       one line
 * @param source      where it comes from (a seed case, a brief rule)
 * @param description the story in words
 * @param options     rulebook options changed from the defaults, by name
 * @param report      the facts
 * @param expect      the expected decision, as the file states it
 */
public record ScenarioEntry(String id, String title, String source, String description, Map<String, String> options,
                            Report report, JsonNode expect) {

    public ScenarioEntry {
        options = options == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(options));
    }

    /** The rulebook options the scenario runs under. */
    public RulebookOptions rulebookOptions() {
        return RulebookOptions.defaults().with(options);
    }

    /** The expected outcome in one line: status, then the crimes ("8Q s2A V1") or what is recorded instead. */
    public String expectedOutcome() {
        if (expect == null || expect.isNull()) {
            return "(no expectation)";
        }
        List<String> parts = new ArrayList<>();
        String status = expect.path("status").asText("");
        JsonNode crimes = expect.path("crimes");
        if (crimes.isArray() && !crimes.isEmpty()) {
            List<String> each = new ArrayList<>();
            for (JsonNode crime : crimes) {
                each.add(String.join(" ", List.of(crime.path("hocrCode").asText("?"), crime.path("section").asText("?"),
                        crime.path("victim").asText("?"))));
            }
            parts.add(String.join(" + ", each));
        } else if (crimes.isArray()) {
            parts.add("no crime");
        }
        JsonNode incidents = expect.path("incidents");
        if (incidents.isArray() && !incidents.isEmpty()) {
            parts.add(incidents.size() + (incidents.size() == 1 ? " incident" : " incidents"));
        }
        JsonNode questions = expect.path("questions");
        if (questions.isArray() && !questions.isEmpty()) {
            List<String> rules = new ArrayList<>();
            questions.forEach(q -> rules.add(q.asText()));
            parts.add("asks " + String.join(", ", rules.stream().distinct().toList()));
        }
        String what = String.join("; ", parts);
        return status.isEmpty() ? what : what.isEmpty() ? status : status + ": " + what;
    }
}
