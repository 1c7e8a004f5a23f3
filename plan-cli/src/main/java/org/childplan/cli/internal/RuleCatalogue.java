package org.childplan.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The rule catalogue as the command line ships it: for each entry of the copy of {@code docs/legal/catalogue.yaml}
 * that the build puts beside this class, the words of the text it quotes, their operative word, and when and where the
 * text was last read.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RuleCatalogue {

    /** The copy of {@code docs/legal/catalogue.yaml} on the class path. */
    static final String RESOURCE = "catalogue.yaml";

    /**
     * One entry of the catalogue.
     *
     * @param id the entry's id, as a rule names it
     * @param operative the operative word of the text: {@code must}, {@code should}, {@code may} or {@code defines};
     *     empty when the entry records none
     * @param quotes the text's words as read, verbatim; empty when the entry quotes none
     * @param lastRead the day the text was last read; empty when the entry records none
     * @param readIn where it was read (the page, or the mirror's path at a commit); empty when not recorded
     * @param version the version of the text read; empty when not recorded
     */
    public record Entry(String id, Optional<String> operative, List<String> quotes, Optional<LocalDate> lastRead,
            Optional<String> readIn, Optional<String> version) {
    }

    private final Map<String, Entry> entries;

    private RuleCatalogue(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The catalogue shipped with the command line. */
    public static RuleCatalogue shipped() {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the rule catalogue " + RESOURCE + " is not on the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the rule catalogue " + RESOURCE + " cannot be read", e);
        }
    }

    static RuleCatalogue read(InputStream in) throws IOException {
        JsonNode catalogue = new ObjectMapper(new YAMLFactory()).readTree(in);
        Map<String, Entry> entries = new HashMap<>();
        for (String list : new String[] {"instruments", "provisions"}) {
            for (JsonNode node : catalogue.path(list)) {
                String id = node.path("id").asText();
                List<String> quotes = new ArrayList<>();
                node.path("quotes").forEach(quote -> quotes.add(quote.asText()));
                entries.put(id, new Entry(id, text(node.path("operative")), List.copyOf(quotes),
                        readDate(id, node.path("read").path("date").asText("")), text(node.path("read").path("in")),
                        text(node.path("read").path("version"))));
            }
        }
        return new RuleCatalogue(Map.copyOf(entries));
    }

    private static Optional<String> text(JsonNode node) {
        return node.isValueNode() && !node.isNull() && !node.asText().isBlank()
                ? Optional.of(node.asText().strip()) : Optional.empty();
    }

    private static Optional<LocalDate> readDate(String id, String date) {
        if (date.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("the rule catalogue's entry '" + id + "' has read.date '" + date
                    + "', not a date as YYYY-MM-DD", e);
        }
    }

    /** Whether the catalogue holds an entry with this id. */
    public boolean holds(String id) {
        return entries.containsKey(id);
    }

    /** The entry {@code id}, if the catalogue holds it. */
    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** The day the text of entry {@code id} was last read, or empty when the entry records none (or is unknown). */
    public Optional<LocalDate> lastRead(String id) {
        return entry(id).flatMap(Entry::lastRead);
    }
}
