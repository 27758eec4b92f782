package org.hocr.core.properties;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hocr.api.ReportValidator;

/**
 * When each offence a crime can be recorded under came into force: no occasion a crime covers may come before it
 * (brief section 1: an act before an offence came into force cannot be that offence). Test data, kept apart from
 * the rules so that the property checks them rather than repeats them.
 */
final class Commencement {
    private static final Map<String, LocalDate> IN_FORCE = new LinkedHashMap<>();

    static {
        // Most specific first: the aggravated forms name the base section in brackets.
        IN_FORCE.put("s2A", LocalDate.of(2012, 11, 25));          // Protection of Freedoms Act 2012 s111
        IN_FORCE.put("s4A", LocalDate.of(2012, 11, 25));
        IN_FORCE.put("Crime and Disorder Act 1998 s32", LocalDate.of(1998, 9, 30));
        IN_FORCE.put("Serious Crime Act 2015 s76", LocalDate.of(2015, 12, 29));
        IN_FORCE.put("Online Safety Act 2023", LocalDate.of(2024, 1, 31));
        IN_FORCE.put("Family Law Act 1996 s42A", LocalDate.of(2007, 7, 1));
        IN_FORCE.put("Stalking Protection Act 2019", LocalDate.of(2020, 1, 20));
        IN_FORCE.put("Sentencing Act 2020", LocalDate.of(2020, 12, 1));
        IN_FORCE.put("Anti-social Behaviour, Crime and Policing Act 2014", LocalDate.of(2014, 10, 20));
        IN_FORCE.put("s5A", LocalDate.of(2009, 9, 30));           // Domestic Violence, Crime and Victims Act 2004 s12
        IN_FORCE.put("Domestic Abuse Act 2021", LocalDate.of(2024, 11, 27));   // first orders, in the pilot areas
    }

    private Commencement() {
    }

    /** The latest commencement among the provisions the legislation text names; the 1997 Act's otherwise. */
    static LocalDate of(String legislation) {
        LocalDate latest = ReportValidator.EARLIEST_DATE;
        for (Map.Entry<String, LocalDate> entry : IN_FORCE.entrySet()) {
            if (legislation.matches(".*\\b" + java.util.regex.Pattern.quote(entry.getKey()) + "\\b.*")
                    && entry.getValue().isAfter(latest)) {
                latest = entry.getValue();
            }
        }
        return latest;
    }
}
