package org.hocr.examples;

import org.hocr.core.HocrEngine;
import picocli.CommandLine.IVersionProvider;

/** Reports the library version and the rule-set hash. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        HocrEngine engine = new HocrEngine();
        return new String[] {"hocr-rules " + engine.ruleBase().version(),
                "rule set " + engine.ruleBase().ruleSetHash()};
    }
}
