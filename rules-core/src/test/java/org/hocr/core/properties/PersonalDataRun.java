package org.hocr.core.properties;

import org.hocr.api.InvalidReportException;
import org.hocr.api.Report;
import org.hocr.api.json.HocrJson;
import org.hocr.core.HocrEngine;
import org.slf4j.LoggerFactory;

/**
 * Run in its own JVM by {@link PersonalDataLogTest}, with every logger at TRACE: decides generated reports full
 * of names and free text, reads them back from JSON, and tries broken versions of them, so that everything the
 * library and Drools log on those paths goes to standard error for the test to search.
 */
public final class PersonalDataRun {
    /** Logged once, so the test can tell that it captured the log at all. */
    static final String CANARY = "personal-data-run: log capture works";

    private PersonalDataRun() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        LoggerFactory.getLogger(PersonalDataRun.class).trace(CANARY);
        HocrEngine engine = new HocrEngine();
        ReportGenerators.reports().sampleStream().limit(count).forEach(report -> {
            engine.decide(report);
            engine.decide(HocrJson.readReport(HocrJson.write(report)));
            tryInvalid(engine, broken(report));
        });
        System.out.println("decided " + count);
    }

    private static void tryInvalid(HocrEngine engine, Report report) {
        try {
            engine.decide(report);
        } catch (InvalidReportException expected) {
            // the test checks these messages in its own JVM
        }
    }

    /** The report with its first occasion aimed at nobody known: invalid. */
    static Report broken(Report r) {
        var first = r.occasions().get(0);
        var occasion = new org.hocr.api.Occasion(first.id(), first.date(), first.time(), first.actorIds(),
                java.util.List.of("NOBODY"), first.affectedIds(), first.behaviours(), first.online(), java.util.List.of(),
                first.breachOf(), first.otherOffences(), first.communication(), first.description());
        var occasions = new java.util.ArrayList<>(r.occasions());
        occasions.set(0, occasion);
        return new Report(r.id(), r.asAt(), r.persons(), r.relationships(), occasions, r.effects(), r.hostilities(),
                r.assessments(), r.orders(), r.priorRecords(), r.received(), r.recorded(), r.outcomeCode());
    }
}
