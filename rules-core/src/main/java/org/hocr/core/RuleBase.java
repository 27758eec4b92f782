package org.hocr.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule base, compiled to an executable model at build time by the kie-maven-plugin and loaded here once per
 * process. {@link KieBaseBuilder} is internal Drools API: this class is the only place that touches it.
 */
public final class RuleBase {
    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
    private static final String MODEL_INDEX = "META-INF/kie/org.hocr/hocr-rules-core/drools-model";
    private static final String STAMP = "org/hocr/core/ruleset.properties";

    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final Map<String, RuleInfo> rules;
    private final Map<String, RuleInfo> byName;
    private final String version;
    private final String ruleSetHash;

    private RuleBase(KieBase kieBase, Map<String, RuleInfo> rules, String version, String ruleSetHash) {
        this.kieBase = kieBase;
        // Sessions are reused: a released session is reset (facts, agenda, listeners) but keeps the node memories it
        // built, which a new session would build again on every decision. The pool grows to the number of threads.
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.rules = rules;
        // Looked up on every match (agenda filter and explanation): hashed, not the sorted map's string compares.
        this.byName = new java.util.HashMap<>(rules);
        this.version = version;
        this.ruleSetHash = ruleSetHash;
    }

    /** Loads the rule base compiled into this library. */
    public static RuleBase load() {
        long start = System.nanoTime();
        ClassLoader loader = RuleBase.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        for (String className : modelClassNames(loader)) {
            models.add(instantiate(loader, className));
        }
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models);
        Map<String, RuleInfo> rules = new TreeMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                rules.put(rule.getName(), RuleInfo.of(rule.getName(), rule.getMetaData(), salience(rule)));
            }
        }
        Properties stamp = properties(loader);
        LOG.info("hocr-rules rule base loaded: {} rules in {} ms", rules.size(), (System.nanoTime() - start) / 1_000_000);
        return new RuleBase(kieBase, Collections.unmodifiableMap(rules), stamp.getProperty("version", "unknown"),
                stamp.getProperty("ruleSetHash", "unknown"));
    }

    /** A rule's static salience (the public Rule interface does not expose it). */
    private static int salience(Rule rule) {
        return rule instanceof RuleImpl impl && impl.getSalience() != null ? impl.getSalience().getValue() : 0;
    }

    /** The compiled rules; immutable and shared by every decision. */
    public KieBase kieBase() {
        return kieBase;
    }

    /**
     * An empty session from the shared pool. {@link KieSession#dispose()} resets it and returns it to the pool;
     * always dispose it, in a finally block.
     */
    KieSession newSession() {
        return sessions.newKieSession();
    }

    /** Every rule's metadata, by rule name. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    /** One rule's metadata by its name, or {@code null}. */
    RuleInfo rule(String name) {
        return byName.get(name);
    }

    /** The library version. */
    public String version() {
        return version;
    }

    /** SHA-256 over the DRL files, computed at build time. */
    public String ruleSetHash() {
        return ruleSetHash;
    }

    private static List<String> modelClassNames(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("No compiled rule model on the classpath (" + MODEL_INDEX + ")");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.trim();
                if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Model instantiate(ClassLoader loader, String className) {
        try {
            return (Model) loader.loadClass(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot load rule model " + className, e);
        }
    }

    private static Properties properties(ClassLoader loader) {
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream(STAMP)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
