package org.hocr.examples.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
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
import java.util.List;
import org.hocr.api.Report;
import org.hocr.api.json.HocrJson;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/schema/audit-record.schema.json}, the schema of one line of a JSON Lines audit batch, is generated from
 * the model (its report part refers to report.schema.json). This test regenerates it and fails if the published copy
 * differs; run with {@code -Dschema.update=true} to rewrite it after changing the model.
 */
class AuditRecordSchemaTest {
    private static final Path FILE = Path.of("../docs/schema/audit-record.schema.json");

    @Test
    void publishedSchemaMatchesTheModel() throws IOException {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(HocrJson.mapper(),
                SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> type.getErasedType() == Report.class
                ? new CustomDefinition(context.getGeneratorConfig().createObjectNode().put("$ref", "report.schema.json"),
                        CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO)
                : null);
        config.forTypesInGeneral().withTitleResolver(scope ->
                scope.getType().getErasedType() == AuditRecord.class ? "hocr-rules audit record" : null);
        config.forFields().withRequiredCheck(field -> field.getDeclaringType().getErasedType() == AuditRecord.class
                ? !field.getName().equals("generated")
                : field.getDeclaringType().getErasedType() == Recorded.class ? field.getName().equals("crimes")
                : field.getDeclaringType().getErasedType() == RecordedCrime.class
                        && (field.getName().equals("hocrCode") || field.getName().equals("victimId")));
        config.forFields().withEnumResolver(field -> field.getDeclaringType().getErasedType() == RecordedCrime.class
                && field.getName().equals("section") ? List.copyOf(Offences.SECTIONS.keySet()) : null);
        JsonNode schema = new SchemaGenerator(config.build()).generateSchema(AuditRecord.class);
        String text = HocrJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
        if (Boolean.getBoolean("schema.update") || !Files.exists(FILE)) {
            Files.writeString(FILE, text, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("docs/schema/audit-record.schema.json is out of date: run mvn test -pl examples -Dschema.update=true")
                .isEqualTo(text);
    }
}
