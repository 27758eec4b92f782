package org.hocr.core.properties;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets a long run raise the number of tries of every property without editing the tests:
 * {@code mvn -pl rules-core verify -Dhocr.properties.tries=1000000}. Without the system property each property
 * keeps the tries its {@code @Property} annotation gives, which keeps the normal build bounded in time.
 * {@code -Dhocr.properties.seed=...} replays a run.
 */
public final class Tries implements AroundPropertyHook {

    /** The system property that sets the tries of every property. */
    public static final String TRIES = "hocr.properties.tries";
    /** The system property that sets the seed of every property. */
    public static final String SEED = "hocr.properties.seed";

    /** The tries a long run asked for, or {@code normal}. */
    public static int orDefault(int normal) {
        String value = System.getProperty(TRIES);
        return value == null || value.isBlank() ? normal : Integer.parseInt(value.trim());
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String tries = System.getProperty(TRIES);
        if (tries != null && !tries.isBlank()) {
            context.attributes().setTries(Integer.parseInt(tries.trim()));
        }
        String seed = System.getProperty(SEED);
        if (seed != null && !seed.isBlank()) {
            context.attributes().setSeed(seed.trim());
        }
        return property.execute();
    }

    /**
     * Registered on a test class, a hook applies to that class only unless it propagates: without this the
     * properties never saw it, and a "long run" ran the normal tries.
     */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    /** Outermost, so the tries and seed are set before anything else runs the property. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
