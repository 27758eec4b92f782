package org.hocr.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.hocr.api.Decision;
import org.hocr.api.InvalidReportException;
import org.hocr.api.Problem;
import org.hocr.api.Report;
import org.hocr.api.ReportValidator;

/**
 * The JSON form of reports and decisions. Reading is strict: unknown fields, duplicate keys, wrong types and
 * trailing content are errors, reported with their path and never with the offending text.
 */
public final class HocrJson {

    /** Deepest nesting accepted in an input document. */
    public static final int MAX_DEPTH = 32;
    /** Longest string accepted in an input document. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /**
     * Longest input document accepted, in characters (bytes, for a stream): 64 MiB, room for the most occasions a
     * report may have ({@link ReportValidator#MAX_OCCASIONS}) described in full. A longer input is refused as it is
     * read, before it is held in memory as a report.
     */
    public static final int MAX_DOCUMENT_LENGTH = 64 * 1024 * 1024;
    /** Longest number accepted, in digits. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private static final ObjectMapper MAPPER = configure(JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH).maxNumberLength(MAX_NUMBER_LENGTH).build())
            .build())).build();

    private HocrJson() {
    }

    /**
     * The shared mapper settings, so that other formats (YAML scenario files) read reports exactly as JSON does.
     */
    public static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(
            B builder) {
        builder.addModule(new JavaTimeModule())
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .serializationInclusion(JsonInclude.Include.NON_NULL);
        return builder;
    }

    /** The configured mapper (thread-safe; do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads and validates a report.
     *
     * @throws InvalidReportException naming every problem found
     */
    public static Report readReport(String json) {
        if (json == null) {
            throw new InvalidReportException(List.of(new Problem("$", "no input")));
        }
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            return readValidated(parser);
        } catch (IOException e) {
            throw new InvalidReportException(List.of(problemOf(e)));
        }
    }

    /** Reads and validates a report from a stream (not closed). */
    public static Report readReport(InputStream in) {
        try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
            return readValidated(parser);
        } catch (IOException e) {
            throw new InvalidReportException(List.of(problemOf(e)));
        }
    }

    private static Report readValidated(JsonParser parser) throws IOException {
        Report report = MAPPER.readValue(parser, Report.class);
        ReportValidator.requireValid(report);
        return report;
    }

    /** The decision as indented JSON. */
    public static String write(Decision decision) {
        return writeValue(decision);
    }

    /** The report as indented JSON. */
    public static String write(Report report) {
        return writeValue(report);
    }

    private static String writeValue(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Turns a Jackson failure into a problem that names the place and never quotes the input: for formats that
     * carry a report inside a larger record (the command line's audit records) and read it with {@link #mapper()}.
     */
    public static Problem problemOf(IOException e) {
        StreamConstraintsException limit = limitOf(e);
        if (limit != null) {
            String where = e instanceof JsonMappingException mapping ? path(mapping) : "$";
            return new Problem(where, Names.limit(limit.getOriginalMessage(), MAX_DOCUMENT_LENGTH, MAX_DEPTH,
                    MAX_STRING_LENGTH, MAX_NUMBER_LENGTH));
        }
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof JsonParseException parse) {
            return new Problem(path(mapping), malformed(parse));
        }
        if (e instanceof ValueInstantiationException instantiation) {
            return new Problem(path(instantiation), "not a valid " + Names.typeName(instantiation.getType() == null
                    ? null : instantiation.getType().getRawClass()));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            // The unknown name is input text (a malformed document can turn part of a label into a key), so it is
            // not repeated: the problem is placed on the object that holds it and lists the fields it takes.
            return new Problem(parentPath(unknown), "unknown field: the fields here are "
                    + String.join(", ", knownFields(unknown)));
        }
        if (e instanceof InvalidFormatException format) {
            return new Problem(path(format), "not a valid " + Names.typeName(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            String expected = mismatch.getTargetType() == null ? "value" : Names.typeName(mismatch.getTargetType());
            return new Problem(path(mismatch), "wrong type or shape: expected " + expected);
        }
        if (e instanceof JsonMappingException mapping) {
            return new Problem(path(mapping), "cannot be read: " + Names.firstLine(mapping.getOriginalMessage()));
        }
        if (e instanceof JsonParseException parse) {
            return new Problem("$", malformed(parse));
        }
        return new Problem("$", "cannot be read: " + e.getClass().getSimpleName());
    }

    private static String malformed(JsonParseException parse) {
        var location = parse.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return "malformed JSON" + where + ": " + Names.parseReason(parse.getOriginalMessage());
    }

    /** The read limit that was exceeded, if that is what failed (Jackson may wrap it in a mapping failure). */
    private static StreamConstraintsException limitOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StreamConstraintsException limit) {
                return limit;
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        return path(e.getPath());
    }

    /** The path of the object holding the unknown field, without the field's own name. */
    private static String parentPath(UnrecognizedPropertyException e) {
        List<JsonMappingException.Reference> refs = e.getPath();
        return path(refs.isEmpty() ? refs : refs.subList(0, refs.size() - 1));
    }

    private static List<String> knownFields(UnrecognizedPropertyException e) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        if (e.getKnownPropertyIds() != null) {
            e.getKnownPropertyIds().forEach(id -> names.add(String.valueOf(id)));
        }
        return List.copyOf(names);
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(Names.clip(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }
}
