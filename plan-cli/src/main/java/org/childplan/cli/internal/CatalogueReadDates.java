package org.childplan.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * When the text behind each entry of the rule catalogue was last read: the {@code read.date} of each entry of the copy
 * of {@code docs/legal/catalogue.yaml} that the build puts beside this class.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CatalogueReadDates {

    /** The copy of {@code docs/legal/catalogue.yaml} on the class path. */
    static final String RESOURCE = "catalogue.yaml";

    private final Map<String, Optional<LocalDate>> readById;

    private CatalogueReadDates(Map<String, Optional<LocalDate>> readById) {
        this.readById = readById;
    }

    /** The read dates of the catalogue shipped with the command line. */
    public static CatalogueReadDates shipped() {
        try (InputStream in = CatalogueReadDates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the rule catalogue " + RESOURCE + " is not on the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the rule catalogue " + RESOURCE + " cannot be read", e);
        }
    }

    static CatalogueReadDates read(InputStream in) throws IOException {
        JsonNode catalogue = new ObjectMapper(new YAMLFactory()).readTree(in);
        Map<String, Optional<LocalDate>> readById = new HashMap<>();
        for (String list : new String[] {"instruments", "provisions"}) {
            for (JsonNode entry : catalogue.path(list)) {
                String id = entry.path("id").asText();
                String date = entry.path("read").path("date").asText("");
                Optional<LocalDate> read = Optional.empty();
                if (!date.isBlank()) {
                    try {
                        read = Optional.of(LocalDate.parse(date.strip()));
                    } catch (DateTimeParseException e) {
                        throw new IllegalStateException("the rule catalogue's entry '" + id + "' has read.date '" + date
                                + "', not a date as YYYY-MM-DD", e);
                    }
                }
                readById.put(id, read);
            }
        }
        return new CatalogueReadDates(Map.copyOf(readById));
    }

    /** Whether the catalogue holds an entry with this id. */
    public boolean holds(String id) {
        return readById.containsKey(id);
    }

    /** The day the text of entry {@code id} was last read, or empty when the entry records none (or is unknown). */
    public Optional<LocalDate> lastRead(String id) {
        return readById.getOrDefault(id, Optional.empty());
    }
}
