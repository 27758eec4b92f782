package org.hocr.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.hocr.api.json.HocrJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas in {@code docs/schema/} are generated from the model. This test regenerates them and fails if
 * the published copy differs; run with {@code -Dschema.update=true} to rewrite them after changing the model.
 */
class JsonSchemaTest {
    private static final Path DIR = Paths.get("../docs/schema");

    @ParameterizedTest
    @ValueSource(strings = {"report", "decision"})
    void publishedSchemaMatchesTheModel(String name) throws IOException {
        Class<?> type = name.equals("report") ? Report.class : Decision.class;
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(HocrJson.mapper(),
                SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
        config.forTypesInGeneral().withStringFormatResolver(scope -> {
            Class<?> t = scope.getType().getErasedType();
            return t == java.time.LocalDate.class ? "date" : t == java.time.LocalTime.class ? "time" : null;
        });
        config.forTypesInGeneral().withTitleResolver(scope ->
                scope.getType().getErasedType() == type ? "hocr-rules " + name : null);
        JsonNode schema = new SchemaGenerator(config.build()).generateSchema(type);
        String text = HocrJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
        Path file = DIR.resolve(name + ".schema.json");
        if (Boolean.getBoolean("schema.update") || !Files.exists(file)) {
            Files.createDirectories(DIR);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("docs/schema/%s.schema.json is out of date: run mvn test -pl rules-api -Dschema.update=true", name)
                .isEqualTo(text);
    }
}
