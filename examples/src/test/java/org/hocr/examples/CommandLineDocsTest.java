package org.hocr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hocr.examples.audit.CsvColumn;
import org.hocr.examples.audit.DisagreementKind;
import org.hocr.examples.audit.Offences;
import org.hocr.examples.generate.CaseKind;
import org.junit.jupiter.api.Test;

/** docs/command-line.md documents every CSV column, kind of disagreement, short section and kind of generated case. */
class CommandLineDocsTest {
    private static final Path DOC = Path.of("../docs/command-line.md");

    @Test
    void everyColumnKindAndSectionIsDocumented() throws IOException {
        String doc = Files.readString(DOC);
        for (CsvColumn column : CsvColumn.values()) {
            assertThat(doc).as("CSV column %s", column.header())
                    .contains("| `" + column.header() + "` | " + (column.required() ? "yes |" : "|"));
        }
        for (DisagreementKind kind : DisagreementKind.values()) {
            assertThat(doc).as("kind %s", kind).contains("| " + kind.label() + " |");
        }
        for (String section : Offences.SECTIONS.keySet()) {
            assertThat(doc).as("section %s", section).contains("`" + section + "`");
        }
        for (CaseKind kind : CaseKind.values()) {
            assertThat(doc).as("case kind %s", kind).contains("| `" + kind.name() + "` |");
        }
    }
}
