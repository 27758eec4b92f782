package org.hocr.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The public model is usable without any rule engine on the classpath. */
class NoEngineDependencyTest {

    @Test
    void droolsIsNotOnTheApiClasspath() {
        assertThatThrownBy(() -> Class.forName("org.kie.api.KieBase")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.drools.core.common.InternalFactHandle"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
