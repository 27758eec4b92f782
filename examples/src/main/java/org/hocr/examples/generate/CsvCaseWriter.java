package org.hocr.examples.generate;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hocr.api.Answer;
import org.hocr.api.Assessment;
import org.hocr.api.EffectOnVictim;
import org.hocr.api.Occasion;
import org.hocr.api.Order;
import org.hocr.api.Reaction;
import org.hocr.api.Relationship;
import org.hocr.api.Report;
import org.hocr.examples.audit.AuditRecord;
import org.hocr.examples.audit.CsvColumn;
import org.hocr.examples.audit.RecordedCrime;

/**
 * Writes audit records in the CSV form the audit reads ({@link CsvColumn}): one row per occasion. Only what that
 * form can hold is written: one suspect and one victim per occasion, and the facts the columns name.
 */
final class CsvCaseWriter {
    private static final ObjectWriter ROW = new CsvMapper().writerFor(String[].class).with(CsvSchema.emptySchema());

    private CsvCaseWriter() {
    }

    /** The header line. */
    static String header() throws IOException {
        return line(Arrays.stream(CsvColumn.values()).map(CsvColumn::header).toArray(String[]::new));
    }

    /** One row as a line of CSV, without its line break. */
    static String line(String[] cells) throws IOException {
        String text = ROW.writeValueAsString(cells);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** The rows of one record, one per occasion. */
    static List<String[]> rows(AuditRecord record) {
        Report report = record.report();
        Set<String> ordersDeclared = new HashSet<>();
        List<String[]> rows = new ArrayList<>();
        for (Occasion occasion : report.occasions()) {
            if (occasion.actorIds().size() != 1 || occasion.aimedAtIds().size() != 1 || !occasion.affectedIds().isEmpty()) {
                throw new IllegalArgumentException("CSV holds one suspect and one victim per occasion");
            }
            String suspect = occasion.actorIds().get(0);
            String victim = occasion.aimedAtIds().get(0);
            Map<CsvColumn, String> row = new EnumMap<>(CsvColumn.class);
            row.put(CsvColumn.CASE_ID, report.id());
            row.put(CsvColumn.AS_AT, report.asAt().toString());
            row.put(CsvColumn.OCCASION_ID, occasion.id());
            row.put(CsvColumn.DATE, occasion.date().toString());
            row.put(CsvColumn.SUSPECT_ID, suspect);
            row.put(CsvColumn.VICTIM_ID, victim);
            report.relationships().stream().filter(r -> r.suspectId().equals(suspect) && r.victimId().equals(victim))
                    .map(Relationship::kind).findFirst().ifPresent(kind -> row.put(CsvColumn.RELATIONSHIP, kind.name()));
            row.put(CsvColumn.BEHAVIOURS, occasion.behaviours().stream().map(Enum::name).collect(Collectors.joining(";")));
            row.put(CsvColumn.ONLINE, answer(occasion.online()));
            Reaction reaction = occasion.reactionOf(victim);
            row.put(CsvColumn.FEARED_VIOLENCE, answer(reaction.fearedViolence()));
            row.put(CsvColumn.ALARM_OR_DISTRESS, answer(reaction.alarmOrDistress()));
            row.put(CsvColumn.SERIOUS_ALARM_OR_DISTRESS, answer(reaction.seriousAlarmOrDistress()));
            report.effects().stream().filter(e -> e.victimId().equals(victim)).map(EffectOnVictim::substantialAdverseEffect)
                    .findFirst().ifPresent(a -> row.put(CsvColumn.SUBSTANTIAL_ADVERSE_EFFECT, answer(a)));
            report.assessments().stream().filter(a -> a.suspectId().equals(suspect) && a.victimId().equals(victim))
                    .map(Assessment::focus).findFirst().ifPresent(f -> row.put(CsvColumn.FOCUS, f.name()));
            for (Order order : report.orders()) {
                if (order.subjectId().equals(suspect) && order.protectedIds().contains(victim)
                        && ordersDeclared.add(order.id() + "/" + victim)) {
                    if (row.containsKey(CsvColumn.ORDER_ID)) {
                        throw new IllegalArgumentException("CSV declares one order per row");
                    }
                    row.put(CsvColumn.ORDER_ID, order.id());
                    row.put(CsvColumn.ORDER_TYPE, order.type().name());
                    row.put(CsvColumn.ORDER_MADE, order.made().toString());
                }
            }
            row.put(CsvColumn.BREACH_OF, String.join(";", occasion.breachOf()));
            if (occasion.communication() != null) {
                row.put(CsvColumn.CONTENT, occasion.communication().content().stream().map(Enum::name)
                        .collect(Collectors.joining(";")));
                row.put(CsvColumn.PURPOSE, occasion.communication().purpose().name());
                if (occasion.communication().network() != null) {
                    row.put(CsvColumn.NETWORK, occasion.communication().network().name());
                }
            }
            if (rows.isEmpty()) {
                row.put(CsvColumn.RECORDED_CRIMES, record.recorded().crimes().stream().map(CsvCaseWriter::crime)
                        .collect(Collectors.joining(";")));
                row.put(CsvColumn.RECORDED_CRIME_COUNT, String.valueOf(record.recorded().crimes().size()));
                if (record.recorded().outcomeCode() != null) {
                    row.put(CsvColumn.OUTCOME_CODE, String.valueOf(record.recorded().outcomeCode()));
                }
            }
            String[] cells = new String[CsvColumn.values().length];
            for (CsvColumn column : CsvColumn.values()) {
                cells[column.ordinal()] = row.getOrDefault(column, "");
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String crime(RecordedCrime crime) {
        if (crime.section() == null) {
            throw new IllegalArgumentException("CSV names recorded offences by section");
        }
        return crime.hocrCode() + ":" + crime.section() + ":" + crime.victimId()
                + (crime.suspectId() == null ? "" : ":" + crime.suspectId());
    }

    private static String answer(Answer answer) {
        return answer == Answer.UNKNOWN ? "" : answer.name();
    }
}
