package org.hocr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JMH JSON results and prints the figures against the targets: decisions per second, the engine's cost as
 * a multiple of the plain-Java reference, time per decision by occasions with the growth per 10x, the rule-base
 * build. {@code Summary typical.json scaling.json rulebase.json} (any of them, in any order).
 */
public final class Summary {
    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        List<JsonNode> results = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String arg : args) {
            File file = new File(arg);
            if (file.isFile() && file.length() > 0) {
                json.readTree(file).forEach(results::add);
            }
        }
        System.out.println("summary:");
        double engineAll = score(results, "engineAllCores");
        double engineOne = score(results, "engineOneThread");
        double referenceAll = score(results, "referenceAllCores");
        double referenceOne = score(results, "referenceOneThread");
        if (engineOne > 0) {
            System.out.printf("  typical decisions/s, engine with explanation: %,.0f on 1 thread, %,.0f on all cores"
                    + " (target >= 100,000 on all cores: %s)%n", engineOne, engineAll, engineAll >= 100_000 ? "met" : "MISSED");
        }
        if (referenceOne > 0) {
            System.out.printf("  typical decisions/s, plain-Java reference: %,.0f on 1 thread, %,.0f on all cores%n",
                    referenceOne, referenceAll);
            System.out.printf("  engine cost / reference cost: %.1fx on 1 thread, %.1fx on all cores (target <= 5x: %s)%n",
                    referenceOne / engineOne, referenceAll / engineAll,
                    referenceAll / engineAll <= 5 ? "met" : "MISSED");
        }
        double previous = -1;
        boolean scaled = false;
        for (JsonNode result : results) {
            if (!result.path("benchmark").asText().endsWith("ScalingBenchmark.decide")) {
                continue;
            }
            if (!scaled) {
                System.out.println("  occasions   ms/decision (99.9% error)   growth per 10x (target <= 12x)");
                scaled = true;
            }
            JsonNode metric = result.path("primaryMetric");
            double ms = metric.path("score").asDouble();
            int occasions = result.path("params").path("occasions").asInt();
            System.out.printf("  %9d   %10.3f (± %.3f)        %s%s%n", occasions, ms, metric.path("scoreError").asDouble(),
                    previous > 0 ? String.format("%.1fx", ms / previous) : "",
                    occasions == 10_000 ? (ms < 50 ? "   (target < 50 ms: met)" : "   (target < 50 ms: MISSED)") : "");
            previous = ms;
        }
        for (JsonNode result : results) {
            if (result.path("benchmark").asText().endsWith("RuleBaseBenchmark.coldLoad")) {
                JsonNode metric = result.path("primaryMetric");
                System.out.printf("  rule base, cold build in a fresh JVM: %.0f ms (± %.0f, %d forks)%n",
                        metric.path("score").asDouble(), metric.path("scoreError").asDouble(), result.path("forks").asInt());
            }
        }
    }

    private static double score(List<JsonNode> results, String method) {
        for (JsonNode result : results) {
            if (result.path("benchmark").asText().endsWith("." + method)) {
                return result.path("primaryMetric").path("score").asDouble();
            }
        }
        return -1;
    }
}
