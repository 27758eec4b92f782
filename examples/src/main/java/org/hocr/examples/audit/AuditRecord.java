package org.hocr.examples.audit;

import org.hocr.api.Report;

/**
 * One case of an audit batch: the facts of the report and what the force recorded. One line of a JSON Lines
 * batch; the CSV form is turned into the same record.
 *
 * @param report    the facts, in the library's report form
 * @param recorded  what the force recorded
 * @param generated for synthetic batches, what the generator built and injected; otherwise {@code null}
 */
public record AuditRecord(Report report, Recorded recorded, GeneratedLabel generated) {
}
