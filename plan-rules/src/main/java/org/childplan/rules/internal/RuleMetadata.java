package org.childplan.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.childplan.rules.Citation;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.Severity;
import org.childplan.rules.spi.RulePack;

/** Reads a rule's descriptor from the metadata written on the rule ({@code @id("...")} and so on). */
final class RuleMetadata {

    static final String ID = "id";

    private RuleMetadata() {
    }

    static RuleDescriptor describe(RulePack pack, String ruleName, Map<String, Object> metadata) {
        String where = "rule pack '" + pack.id() + "', rule \"" + ruleName + "\"";
        String inForceTo = optional(metadata, "inForceTo", where);
        return new RuleDescriptor(
                required(metadata, ID, where),
                required(metadata, "title", where),
                severity(required(metadata, "severity", where), where),
                new Citation(
                        required(metadata, "instrument", where),
                        required(metadata, "provision", where),
                        required(metadata, "url", where)),
                date(required(metadata, "inForceFrom", where), "inForceFrom", where),
                inForceTo.isEmpty() ? null : date(inForceTo, "inForceTo", where),
                required(metadata, "remedy", where),
                pack.jurisdiction(),
                pack.id());
    }

    private static String required(Map<String, Object> metadata, String key, String where) {
        String value = optional(metadata, key, where);
        if (value.isBlank()) {
            throw new IllegalStateException(where + ": metadata @" + key + "(\"...\") is missing or empty");
        }
        return value;
    }

    private static String optional(Map<String, Object> metadata, String key, String where) {
        Object value = metadata.get(key);
        if (value == null) {
            return "";
        }
        if (!(value instanceof String text)) {
            throw new IllegalStateException(where + ": metadata @" + key + " must be a quoted string but is "
                    + value.getClass().getSimpleName() + " " + value);
        }
        return text.strip();
    }

    private static Severity severity(String value, String where) {
        try {
            return Severity.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": @severity must be ERROR, WARNING or INFO but is '" + value + "'", e);
        }
    }

    private static LocalDate date(String value, String key, String where) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": @" + key + " must be a date as YYYY-MM-DD but is '" + value + "'", e);
        }
    }
}
