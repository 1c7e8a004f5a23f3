package org.childplan.rules.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.childplan.model.DocumentKind;
import org.childplan.rules.Citation;
import org.childplan.rules.RuleBasis;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.Severity;
import org.childplan.rules.spi.RulePack;

/**
 * Reads a rule's descriptor from its metadata: what is written on the rule ({@code @id("...")} and so on) over what
 * its pack declares once in {@code metadata.yaml} ({@link PackMetadata}).
 *
 * <p>{@code @documentKinds} is required on every rule, like the citation and the dates: which documents a duty
 * governs is a reading of its legal source, and a default would let a rule about a statutory plan's content judge a
 * committee paper (or a partner duty fall silent on one) without anyone having decided so. Its value is a
 * comma-separated list of {@link DocumentKind} constants, or {@code ANY} for a duty that binds the partners whatever
 * the document (which also covers kinds the model gains later).
 *
 * <p>{@code @basis} is required on every rule, like the document kinds: {@code LAW} for a rule that rests on an Act,
 * an instrument or statutory guidance, {@code LOCAL_STANDARD} for one that rests on a standard the area has set
 * itself. There is no default, so that no pack's standard is reported as a statutory duty because its author said
 * nothing; a pack whose rules share a basis declares it once in {@code metadata.yaml}.
 *
 * <p>{@code @commencement} is optional: how the rule's source comes into force. A rule for law that is enacted but
 * not yet in force on any known day gives it instead of {@code @inForceFrom}, for example
 * {@code @commencement("on a day appointed by regulations under s40(2); none made")}; it never runs until an
 * {@code @inForceFrom} is added.
 *
 * <p>{@code @catalogue} is optional: the id of the rule catalogue entry that records the text the rule rests on, for
 * example {@code @catalogue("cypsa-2014-s9-2-a-i")}; usually declared once for a pack or a DRL file in
 * {@code metadata.yaml}. Every built-in rule names one, which a test checks against {@code docs/legal/catalogue.yaml}.
 */
final class RuleMetadata {

    static final String ID = "id";
    static final String DOCUMENT_KINDS = "documentKinds";
    static final String ANY_DOCUMENT = "ANY";
    static final String BASIS = "basis";
    static final String COMMENCEMENT = "commencement";
    static final String CATALOGUE = "catalogue";

    private RuleMetadata() {
    }

    static RuleDescriptor describe(RulePack pack, String ruleName, Map<String, Object> metadata) {
        String where = "rule pack '" + pack.id() + "', rule \"" + ruleName + "\"";
        String id = required(metadata, ID, where);
        String title = required(metadata, "title", where);
        Severity severity = severity(required(metadata, "severity", where), where);
        Citation citation = new Citation(
                required(metadata, "instrument", where),
                required(metadata, "provision", where),
                webAddress(required(metadata, "url", where), where));
        String inForceTo = optional(metadata, "inForceTo", where);
        String commencement = optional(metadata, COMMENCEMENT, where);
        String inForceFrom = commencement.isEmpty()
                ? required(metadata, "inForceFrom", where)
                : optional(metadata, "inForceFrom", where);
        String catalogue = optional(metadata, CATALOGUE, where);
        if (inForceFrom.isEmpty() && !inForceTo.isEmpty()) {
            throw new IllegalStateException(where + ": metadata @inForceTo needs an @inForceFrom");
        }
        return new RuleDescriptor(
                id,
                title,
                severity,
                citation,
                inForceFrom.isEmpty() ? null : date(inForceFrom, "inForceFrom", where),
                inForceTo.isEmpty() ? null : date(inForceTo, "inForceTo", where),
                required(metadata, "remedy", where),
                pack.jurisdiction(),
                pack.id(),
                documentKinds(required(metadata, DOCUMENT_KINDS, where), where),
                basis(optional(metadata, BASIS, where), where),
                commencement.isEmpty() ? null : commencement,
                catalogue.isEmpty() ? null : catalogue);
    }

    /**
     * {@code url} when it is an http or https address with a host: reports link a rule's citation to it, and a link of
     * another scheme ({@code javascript:}, {@code data:}, {@code file:}) would run or open what the pack's author chose
     * on the reader's machine.
     */
    private static String webAddress(String url, String where) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(where + ": metadata @url(\"" + url + "\") is not a URL (" + e.getReason()
                    + "); a rule cites its source by an http or https address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new IllegalStateException(where + ": metadata @url(\"" + url + "\") is not an http or https address"
                    + " with a host; a rule cites its source by one, for example https://www.legislation.gov.uk/...");
        }
        return url;
    }

    private static String required(Map<String, Object> metadata, String key, String where) {
        String value = optional(metadata, key, where);
        if (value.isBlank()) {
            throw new IllegalStateException(where + ": metadata @" + key + "(\"...\") is missing or empty"
                    + (PackMetadata.SHARED_KEYS.contains(key) ? ", on the rule and in the pack's " + PackMetadata.FILE_NAME : ""));
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

    static RuleBasis basis(String value, String where) {
        if (value.isEmpty()) {
            throw new IllegalStateException(where + ": metadata @" + BASIS + " is missing: say what the rule rests on,"
                    + " @" + BASIS + "(\"LAW\") for an Act, an instrument or statutory guidance, or @" + BASIS
                    + "(\"LOCAL_STANDARD\") for a standard the area has set itself, on the rule or once for the pack"
                    + " (defaults) or a DRL file (files) in its " + PackMetadata.FILE_NAME
                    + "; no rule is taken to rest on the law unless it says so");
        }
        try {
            return RuleBasis.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": @" + BASIS + " must be " + Arrays.toString(RuleBasis.values())
                    + " but is '" + value + "'", e);
        }
    }

    static Set<DocumentKind> documentKinds(String value, String where) {
        if (value.equals(ANY_DOCUMENT)) {
            return EnumSet.allOf(DocumentKind.class);
        }
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        for (String name : value.split(",", -1)) {
            String constant = name.strip();
            try {
                if (!kinds.add(DocumentKind.valueOf(constant))) {
                    throw new IllegalStateException(where + ": @" + DOCUMENT_KINDS + " names " + constant + " twice");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": @" + DOCUMENT_KINDS + " must be " + ANY_DOCUMENT
                        + " or a comma-separated list of " + Arrays.toString(DocumentKind.values()) + " but names '"
                        + constant + "'", e);
            }
        }
        return kinds;
    }

    private static LocalDate date(String value, String key, String where) {
        try {
            return isoDate(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": @" + key + " must be a date as YYYY-MM-DD but is '" + value + "'", e);
        }
    }

    /**
     * {@code value} as {@link LocalDate#parse(CharSequence)} reads it, without its formatter for the usual
     * {@code YYYY-MM-DD}: a checker reads two dates of every rule when it starts, before anything is compiled.
     *
     * @throws DateTimeParseException when {@code value} is not a date as {@code LocalDate.parse} reads one
     */
    static LocalDate isoDate(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // Not a day of the calendar: LocalDate.parse says so in its own words.
                }
            }
        }
        return LocalDate.parse(value);
    }

    /** The number that the ASCII digits of {@code value} from {@code start} to {@code end} write, or -1. */
    private static int digits(String value, int start, int end) {
        int number = 0;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }
}
