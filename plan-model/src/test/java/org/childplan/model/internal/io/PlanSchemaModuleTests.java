package org.childplan.model.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.childplan.model.PartialDate;
import org.childplan.model.io.ChildplanModule;
import org.junit.jupiter.api.Test;

/**
 * The schema's date patterns take exactly the dates the reader takes: every month and day number from 00 to 32 in the
 * years where the rules change (the ends of the supported range, centuries, leap years), and the first and last days
 * and 29 February of every year from 1898 to 2202.
 */
class PlanSchemaModuleTests {

    private static final List<Integer> YEARS_WHERE_THE_RULES_CHANGE = List.of(1898, 1899, 1900, 1901, 1904, 1999, 2000,
            2001, 2004, 2019, 2020, 2096, 2099, 2100, 2104, 2199, 2200, 2201, 2202);

    private static final Pattern DATE = Pattern.compile(PlanSchemaModule.DATE_PATTERN);
    private static final Pattern PARTIAL_DATE = Pattern.compile(PlanSchemaModule.PARTIAL_DATE_PATTERN);
    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new ChildplanModule()).build();

    @Test
    void theDatePatternTakesEveryRealDayWithinTheSupportedDatesAndNothingElse() {
        List<String> disagreements = new ArrayList<>();
        for (String text : dates()) {
            boolean reader = readerTakesDate(text);
            if (DATE.matcher(text).matches() != reader) {
                disagreements.add(text + (reader ? " is read" : " is refused"));
            }
        }

        assertThat(disagreements).isEmpty();
        assertThat(DATE.matcher("2020-02-29").matches()).isTrue();
        assertThat(DATE.matcher("2100-02-29").matches()).isFalse();
        assertThat(DATE.matcher("2017-4-1").matches()).isFalse();
        assertThat(DATE.matcher("+2017-04-01").matches()).isFalse();
    }

    @Test
    void thePartialDatePatternTakesEveryYearMonthAndDayThatThePartialDateReaderTakes() {
        List<String> disagreements = new ArrayList<>();
        for (int year = 1898; year <= 2202; year++) {
            check(String.format(Locale.ROOT, "%04d", year), disagreements);
            check(String.format(Locale.ROOT, "%04d-01", year), disagreements);
            check(String.format(Locale.ROOT, "%04d-12", year), disagreements);
        }
        for (int year : YEARS_WHERE_THE_RULES_CHANGE) {
            for (int month = 0; month <= 13; month++) {
                check(String.format(Locale.ROOT, "%04d-%02d", year, month), disagreements);
            }
        }
        dates().forEach(text -> check(text, disagreements));

        assertThat(disagreements).isEmpty();
        assertThat(PARTIAL_DATE.matcher("17").matches()).isFalse();
        assertThat(PARTIAL_DATE.matcher("2017-3").matches()).isFalse();
    }

    private static List<String> dates() {
        List<String> dates = new ArrayList<>();
        for (int year : YEARS_WHERE_THE_RULES_CHANGE) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    dates.add(String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day));
                }
            }
        }
        for (int year = 1898; year <= 2202; year++) {
            for (String monthDay : List.of("01-01", "02-28", "02-29", "12-31")) {
                dates.add(String.format(Locale.ROOT, "%04d-%s", year, monthDay));
            }
        }
        return dates;
    }

    private static void check(String text, List<String> disagreements) {
        boolean reader = readerTakesPartialDate(text);
        if (PARTIAL_DATE.matcher(text).matches() != reader) {
            disagreements.add(text + (reader ? " is read" : " is refused"));
        }
    }

    /** What the reader takes for a date ({@code StrictLocalDateDeserializer}). */
    private static boolean readerTakesDate(String text) {
        return reads(text, LocalDate.class);
    }

    /** What the reader takes for a partial date written as text ({@code PartialDateDeserializer}). */
    private static boolean readerTakesPartialDate(String text) {
        return reads(text, PartialDate.class);
    }

    private static boolean reads(String text, Class<?> type) {
        try {
            MAPPER.readValue("\"" + text + "\"", type);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
