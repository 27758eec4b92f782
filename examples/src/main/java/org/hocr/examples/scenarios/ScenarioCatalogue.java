package org.hocr.examples.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hocr.api.Problem;
import org.hocr.api.Report;
import org.hocr.api.ReportValidator;
import org.hocr.api.json.HocrJson;

/**
 * The scenario catalogue: the trainers' edge cases in {@code scenarios/*.yaml}, bundled in the jar at build time,
 * or read from a directory. The facts are read exactly as the library reads a report (strictly); the rest of a file
 * is read leniently, so that a new field in the scenario format does not stop the catalogue being listed.
 */
public final class ScenarioCatalogue {
    /** Where the build puts the scenario files in the jar. */
    static final String BUNDLED = "/org/hocr/examples/scenarios";

    private static final ObjectMapper YAML = HocrJson.configure(YAMLMapper.builder(new YAMLFactory())).build();

    private final List<ScenarioEntry> entries;
    private final Map<String, String> unreadable;

    private ScenarioCatalogue(List<ScenarioEntry> entries, Map<String, String> unreadable) {
        this.entries = List.copyOf(entries);
        this.unreadable = Map.copyOf(unreadable);
    }

    /** The catalogue bundled with the command line. */
    public static ScenarioCatalogue bundled() throws IOException {
        URL url = ScenarioCatalogue.class.getResource(BUNDLED);
        if (url == null) {
            throw new IOException("no scenario catalogue is bundled with this build");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad resource location", e);
        }
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.getPath(BUNDLED));
            }
        }
        return read(Path.of(uri));
    }

    /** The catalogue in a directory of scenario files. */
    public static ScenarioCatalogue read(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        List<ScenarioEntry> entries = new ArrayList<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (Path file : files) {
            String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            try (InputStream in = Files.newInputStream(file)) {
                entries.add(entry(id, YAML.readTree(in)));
            } catch (IOException | IllegalArgumentException e) {
                unreadable.put(id, e instanceof IOException io ? HocrJson.problemOf(io).toString() : e.getMessage());
            }
        }
        return new ScenarioCatalogue(entries, unreadable);
    }

    private static ScenarioEntry entry(String id, JsonNode tree) throws IOException {
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("not a scenario: expected a mapping with report and expect");
        }
        Report report = YAML.treeToValue(tree.path("report"), Report.class);
        List<Problem> problems = ReportValidator.problems(report);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("report." + problems.get(0));
        }
        Map<String, String> options = new LinkedHashMap<>();
        tree.path("options").fields().forEachRemaining(option -> options.put(option.getKey(), option.getValue().asText()));
        return new ScenarioEntry(id, tree.path("title").asText(id), tree.path("source").asText(""),
                tree.path("description").asText(""), options, report, tree.get("expect"));
    }

    /** The scenarios read, by id. */
    public List<ScenarioEntry> entries() {
        return entries;
    }

    /** The files that could not be read, by id, with the first problem. */
    public Map<String, String> unreadable() {
        return unreadable;
    }

    /** The scenario with this id, if any. */
    public Optional<ScenarioEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
