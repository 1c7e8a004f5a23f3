package org.childplan.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.childplan.reports.spi.ReportWriter;

/**
 * The report formats: every {@link ReportWriter} that {@link ServiceLoader} finds, the built-in ones first.
 *
 * <pre>{@code
 * ReportWriter sarif = ReportWriters.named("sarif");
 * sarif.write(results, ReportOptions.defaults(), out);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportWriters {

    private ReportWriters() {
    }

    /**
     * Every writer found, in the order of their service files (the built-in formats first: text, json, sarif, junit,
     * markdown, html, github, gitlab); of two writers with one name, the first found.
     */
    public static List<ReportWriter> all() {
        Map<String, ReportWriter> byName = new LinkedHashMap<>();
        for (ReportWriter writer : ServiceLoader.load(ReportWriter.class, ReportWriters.class.getClassLoader())) {
            byName.putIfAbsent(writer.name(), writer);
        }
        return List.copyOf(byName.values());
    }

    /** The names of every writer found, in the order of {@link #all()}. */
    public static List<String> names() {
        return all().stream().map(ReportWriter::name).toList();
    }

    /**
     * The writer named {@code name}, ignoring case and surrounding spaces, for example {@code SARIF}.
     *
     * @throws IllegalArgumentException when no writer has that name; the message lists the names
     */
    public static ReportWriter named(String name) {
        Objects.requireNonNull(name, "name");
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<ReportWriter> all = all();
        return all.stream()
                .filter(writer -> writer.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report format '" + name
                        + "': expected one of " + all.stream().map(ReportWriter::name).collect(Collectors.joining(", "))));
    }
}
