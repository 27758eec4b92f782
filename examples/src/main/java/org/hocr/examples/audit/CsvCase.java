package org.hocr.examples.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hocr.api.Answer;
import org.hocr.api.Assessment;
import org.hocr.api.Behaviour;
import org.hocr.api.Communication;
import org.hocr.api.ConductFocus;
import org.hocr.api.ContentKind;
import org.hocr.api.EffectOnVictim;
import org.hocr.api.Network;
import org.hocr.api.Occasion;
import org.hocr.api.Order;
import org.hocr.api.OrderType;
import org.hocr.api.Person;
import org.hocr.api.Problem;
import org.hocr.api.Reaction;
import org.hocr.api.Relationship;
import org.hocr.api.RelationshipKind;
import org.hocr.api.Report;
import org.hocr.api.SenderPurpose;
import org.hocr.examples.audit.CsvSource.Row;

/**
 * Turns the rows of one CSV case into an audit record, naming every problem with its line and column. Facts that
 * belong to a pair or a victim (relationship, focus, substantial adverse effect, an order) may be repeated on
 * several rows but must not conflict.
 */
final class CsvCase {
    private static final Pattern OCCASION_PATH = Pattern.compile("^occasions\\[(\\d+)]");

    private final String caseId;
    private final List<Problem> problems;
    private final Map<String, Long> suspects = new LinkedHashMap<>();
    private final Map<String, Long> victims = new LinkedHashMap<>();
    private final Map<Pair, Fact<RelationshipKind>> relationships = new LinkedHashMap<>();
    private final Map<Pair, Fact<ConductFocus>> focus = new LinkedHashMap<>();
    private final Map<String, Fact<Answer>> effects = new LinkedHashMap<>();
    private final Map<String, OrderRows> orders = new LinkedHashMap<>();
    private final List<Occasion> occasions = new ArrayList<>();
    private final List<Long> occasionLines = new ArrayList<>();

    /** A suspect and a victim. */
    private record Pair(String suspectId, String victimId) {
    }

    /** A fact given on some row, remembered with the row's line so that a conflict can name both. */
    private record Fact<T>(T value, long line) {
    }

    /** An order as declared on one or more rows. */
    private static final class OrderRows {
        final String subjectId;
        final OrderType type;
        final LocalDate made;
        final long line;
        final Set<String> protectedIds = new LinkedHashSet<>();

        OrderRows(String subjectId, OrderType type, LocalDate made, long line) {
            this.subjectId = subjectId;
            this.type = type;
            this.made = made;
            this.line = line;
        }
    }

    private CsvCase(String caseId, List<Problem> problems) {
        this.caseId = caseId;
        this.problems = new ArrayList<>(problems);
    }

    /** The case's audit record, or every problem found in its rows. */
    static AuditRecord read(String caseId, List<Row> rows, List<Problem> rowProblems) throws BadRecordException {
        if (!rowProblems.isEmpty()) {
            // Some rows could not be read: the case is not decided on the others, nor checked as if they were all.
            throw new BadRecordException(rowProblems);
        }
        CsvCase csvCase = new CsvCase(caseId, List.of());
        AuditRecord record = csvCase.build(rows);
        if (!csvCase.problems.isEmpty()) {
            throw new BadRecordException(csvCase.problems);
        }
        List<Problem> invalid = RecordedCheck.problems(record);
        if (!invalid.isEmpty()) {
            throw new BadRecordException(invalid.stream().map(p -> csvCase.locate(p, rows)).toList());
        }
        return record;
    }

    private AuditRecord build(List<Row> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        Row first = rows.get(0);
        LocalDate asAt = date(first, CsvColumn.AS_AT, true);
        for (Row row : rows) {
            readRow(row, asAt, row == first);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        Report.Builder report = Report.builder(caseId, asAt);
        suspects.keySet().forEach(id -> report.person(Person.suspect(id)));
        victims.keySet().forEach(id -> report.person(Person.victim(id)));
        relationships.forEach((pair, kind) -> report.relationship(Relationship.of(pair.suspectId(), pair.victimId(), kind.value())));
        focus.forEach((pair, value) -> report.assessment(new Assessment(pair.suspectId(), pair.victimId(), null, value.value(), null)));
        effects.forEach((victim, value) -> report.effect(new EffectOnVictim(victim, value.value(), List.of(), null)));
        orders.forEach((id, order) -> report.order(new Order(id, order.type, order.subjectId, order.made, null, null, null,
                List.copyOf(order.protectedIds), List.of())));
        occasions.forEach(report::occasion);
        return new AuditRecord(report.build(), recorded(first), null);
    }

    private void readRow(Row row, LocalDate asAt, boolean first) {
        if (!first) {
            LocalDate again = date(row, CsvColumn.AS_AT, false);
            if (again != null && !again.equals(asAt)) {
                problem(row, CsvColumn.AS_AT, "differs from the case's first row");
            }
            for (CsvColumn column : List.of(CsvColumn.RECORDED_CRIMES, CsvColumn.RECORDED_CRIME_COUNT, CsvColumn.OUTCOME_CODE)) {
                if (row.get(column) != null) {
                    problem(row, column, "only on the case's first row");
                }
            }
        }
        String suspect = required(row, CsvColumn.SUSPECT_ID);
        String victim = required(row, CsvColumn.VICTIM_ID);
        String occasionId = required(row, CsvColumn.OCCASION_ID);
        LocalDate date = date(row, CsvColumn.DATE, true);
        if (suspect != null && victim != null) {
            person(row, suspect, suspects, victims, CsvColumn.SUSPECT_ID);
            person(row, victim, victims, suspects, CsvColumn.VICTIM_ID);
            Pair pair = new Pair(suspect, victim);
            remember(relationships, pair, enumOf(row, CsvColumn.RELATIONSHIP, RelationshipKind.class), row, CsvColumn.RELATIONSHIP);
            remember(focus, pair, enumOf(row, CsvColumn.FOCUS, ConductFocus.class), row, CsvColumn.FOCUS);
            remember(effects, victim, answer(row, CsvColumn.SUBSTANTIAL_ADVERSE_EFFECT), row, CsvColumn.SUBSTANTIAL_ADVERSE_EFFECT);
            order(row, suspect, victim);
        }
        List<Behaviour> behaviours = enums(row, CsvColumn.BEHAVIOURS, Behaviour.class);
        if (occasionId == null || date == null || suspect == null || victim == null) {
            return;
        }
        Occasion.Builder occasion = Occasion.builder(occasionId, date).by(suspect).aimedAt(victim)
                .behaviours(behaviours.toArray(Behaviour[]::new)).online(answer(row, CsvColumn.ONLINE));
        Answer fear = answer(row, CsvColumn.FEARED_VIOLENCE);
        Answer alarm = answer(row, CsvColumn.ALARM_OR_DISTRESS);
        Answer serious = answer(row, CsvColumn.SERIOUS_ALARM_OR_DISTRESS);
        if (fear != null || alarm != null || serious != null) {
            occasion.reaction(new Reaction(victim, fear, alarm, serious));
        }
        list(row, CsvColumn.BREACH_OF).forEach(occasion::breaching);
        List<ContentKind> content = enums(row, CsvColumn.CONTENT, ContentKind.class);
        if (!content.isEmpty()) {
            occasion.communication(new Communication(content, enumOf(row, CsvColumn.PURPOSE, SenderPurpose.class),
                    enumOf(row, CsvColumn.NETWORK, Network.class)));
        }
        occasions.add(occasion.build());
        occasionLines.add(row.line());
    }

    private void person(Row row, String id, Map<String, Long> role, Map<String, Long> otherRole, CsvColumn column) {
        Long elsewhere = otherRole.get(id);
        if (elsewhere != null) {
            problem(row, column, "'" + RecordedCheck.clip(id) + "' is on line " + elsewhere + " in the other role");
        } else {
            role.putIfAbsent(id, row.line());
        }
    }

    private <K, T> void remember(Map<K, Fact<T>> facts, K key, T value, Row row, CsvColumn column) {
        if (value == null) {
            return;
        }
        Fact<T> known = facts.putIfAbsent(key, new Fact<>(value, row.line()));
        if (known != null && !known.value().equals(value)) {
            problem(row, column, "conflicts with line " + known.line());
        }
    }

    private void order(Row row, String suspect, String victim) {
        String id = row.get(CsvColumn.ORDER_ID);
        OrderType type = enumOf(row, CsvColumn.ORDER_TYPE, OrderType.class);
        LocalDate made = date(row, CsvColumn.ORDER_MADE, false);
        if (id == null) {
            if (type != null || made != null) {
                problem(row, CsvColumn.ORDER_ID, "missing: orderType and orderMade need the order's id");
            }
            return;
        }
        OrderRows known = orders.get(id);
        if (known == null) {
            if (type == null || made == null) {
                problem(row, type == null ? CsvColumn.ORDER_TYPE : CsvColumn.ORDER_MADE,
                        "missing: give the order's type and date where it is first declared");
                return;
            }
            known = new OrderRows(suspect, type, made, row.line());
            orders.put(id, known);
        } else if (!known.subjectId.equals(suspect) || type != null && type != known.type
                || made != null && !made.equals(known.made)) {
            problem(row, CsvColumn.ORDER_ID, "conflicts with the order declared on line " + known.line);
            return;
        }
        known.protectedIds.add(victim);
    }

    private Recorded recorded(Row first) {
        Integer count = integer(first, CsvColumn.RECORDED_CRIME_COUNT);
        if (count == null && first.get(CsvColumn.RECORDED_CRIME_COUNT) == null) {
            problem(first, CsvColumn.RECORDED_CRIME_COUNT, "missing: the number of crimes the force recorded (0 if none)");
        }
        List<RecordedCrime> crimes = new ArrayList<>();
        for (String item : list(first, CsvColumn.RECORDED_CRIMES)) {
            String[] parts = item.split(":", -1);
            if (parts.length < 3 || parts.length > 4) {
                problem(first, CsvColumn.RECORDED_CRIMES, "each crime is code:section:victim or code:section:victim:suspect");
                continue;
            }
            crimes.add(new RecordedCrime(parts[0].trim(), null, parts[1].trim(), parts[2].trim(),
                    parts.length == 4 && !parts[3].isBlank() ? parts[3].trim() : null));
        }
        return new Recorded(crimes, count, integer(first, CsvColumn.OUTCOME_CODE));
    }

    /** Names a validation problem by the line of the row it comes from, where that is known. */
    private Problem locate(Problem problem, List<Row> rows) {
        String path = problem.path().startsWith("report.") ? problem.path().substring("report.".length()) : problem.path();
        Matcher occasion = OCCASION_PATH.matcher(path);
        if (occasion.find()) {
            int index = Integer.parseInt(occasion.group(1));
            if (index < occasionLines.size()) {
                return new Problem("line " + occasionLines.get(index) + " " + path, problem.message());
            }
        }
        return new Problem("line " + rows.get(0).line() + " " + path, problem.message());
    }

    private String required(Row row, CsvColumn column) {
        String value = row.get(column);
        if (value == null) {
            problem(row, column, "missing");
        }
        return value;
    }

    private LocalDate date(Row row, CsvColumn column, boolean required) {
        String value = required ? required(row, column) : row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(row, column, "not a valid date (YYYY-MM-DD)");
            return null;
        }
    }

    private Integer integer(Row row, CsvColumn column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problem(row, column, "not a whole number");
            return null;
        }
    }

    private Answer answer(Row row, CsvColumn column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Answer.fromJson(value);
        } catch (IllegalArgumentException e) {
            problem(row, column, "not an answer: use YES, NO or leave blank");
            return null;
        }
    }

    private <E extends Enum<E>> E enumOf(Row row, CsvColumn column, Class<E> type) {
        String value = row.get(column);
        return value == null ? null : parseEnum(row, column, type, value);
    }

    private <E extends Enum<E>> List<E> enums(Row row, CsvColumn column, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String item : list(row, column)) {
            E value = parseEnum(row, column, type, item);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private <E extends Enum<E>> E parseEnum(Row row, CsvColumn column, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(row, column, "not a " + type.getSimpleName() + " (one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")");
            return null;
        }
    }

    private static List<String> list(Row row, CsvColumn column) {
        String value = row.get(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private void problem(Row row, CsvColumn column, String message) {
        problems.add(new Problem("line " + row.line() + " " + column.header(), message));
    }
}
