package org.hocr.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.hocr.api.Report;
import org.hocr.api.json.HocrJson;
import org.hocr.core.HocrEngine;

/**
 * A SHA-256 over the JSON of every decision (explanation included) for the benchmark's cases: 10,000 typical cases
 * and campaigns of 1 to 1,000 occasions. An engine or rule change made for speed must leave it unchanged.
 * {@code Fingerprint [typical-count] [file]}: the file gets every decision's JSON, one a line, to compare.
 *
 * <p>Two hashes: {@code sha256} over the JSON as decided, and {@code steps-sorted} over the same JSON with each
 * explanation's steps sorted. The order of the steps of rules with the same salience is decided by the code the
 * kie-maven-plugin generates, which can differ from one build of the same DRL to the next; the second hash is the
 * one that must stay the same across builds (everything but that order), the first within one build. It also
 * leaves out the SHA-256 of the DRL files in each decision's stamp, so that a rule rewritten for speed can be shown
 * to decide the same.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static void main(String[] args) throws Exception {
        List<Report> reports = new ArrayList<>(Cases.typical(args.length > 0 ? Integer.parseInt(args[0]) : 10_000, 42));
        for (int n : new int[] {1, 2, 10, 100, 1000}) {
            reports.add(Cases.campaign(n));
        }
        HocrEngine engine = new HocrEngine();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        MessageDigest sortedDigest = MessageDigest.getInstance("SHA-256");
        StringBuilder all = args.length > 1 ? new StringBuilder() : null;
        for (Report report : reports) {
            org.hocr.api.Decision decision = engine.decide(report);
            String json = HocrJson.write(decision);
            digest.update(json.getBytes(StandardCharsets.UTF_8));
            List<org.hocr.api.Step> steps = new ArrayList<>(decision.explanation());
            steps.sort(java.util.Comparator.comparing(Object::toString));
            sortedDigest.update(HocrJson.write(new org.hocr.api.Decision(decision.reportId(), decision.status(),
                    decision.crimes(), decision.incidents(), decision.rejections(), decision.flags(), decision.prompts(),
                    decision.questions(), steps, decision.options(), new org.hocr.api.Stamp(decision.stamp().libraryVersion(),
                    decision.stamp().countingRules(), "(DRL hash left out)", decision.stamp().asAt()))).getBytes(StandardCharsets.UTF_8));
            if (all != null) {
                all.append(json.replace("\n", " ")).append('\n');
            }
        }
        if (all != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(args[1]), all);
        }
        System.out.println("decisions of " + reports.size() + " cases: sha256 " + HexFormat.of().formatHex(digest.digest())
                + " steps-sorted " + HexFormat.of().formatHex(sortedDigest.digest()));
    }
}
