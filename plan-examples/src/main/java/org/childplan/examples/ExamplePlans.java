package org.childplan.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;

/**
 * The example plans bundled in this jar: the real seed documents encoded faithfully, and a complete fictional plan
 * for each of Scotland, England, Wales and Northern Ireland.
 *
 * <p>Each example is a YAML resource under {@code org/childplan/examples/}. Read one with {@link #read()}, for
 * example {@code ExamplePlans.MORAY_CSP_2017_2020.read().plan()}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ExamplePlans {

    /** Cambridgeshire's Children's Services Plan 1999-2002, the second annual update (England, 1996 Order). */
    CAMBRIDGESHIRE_CSP_1999_2002("cambridgeshire-csp-1999-2002.yaml", "000_5856acffa9fd5f72.txt"),

    /** Cheshire East's redesign of Children's Social Care, as presented to a committee (England). */
    CHESHIRE_EAST_CHILDRENS_SOCIAL_CARE_REDESIGN(
            "cheshire-east-childrens-social-care-redesign.yaml", "001_c2f5c824365f4e07.txt"),

    /** Moray's children's services plan under Part 3 of the 2014 Act, from the report of its launch (Scotland). */
    MORAY_CSP_2017_2020("moray-csp-2017-2020.yaml", "003_486bdc5921ec9343.txt"),

    /** Stockport's Children and Young People Plan 2024-27, as released for engagement (England). */
    STOCKPORT_CYPP_2024_2027("stockport-cypp-2024-2027.yaml", "004_68dfa4d01861e102.txt"),

    /**
     * An extract of the Children and Young People's Strategic Partnership's Northern Ireland Children and Young
     * People's Plan 2025-2028, from the partnership's page on it (Northern Ireland).
     */
    NORTHERN_IRELAND_CYPP_2025_2028("northern-ireland-cypp-2025-2028.yaml",
            "https://cypsp.hscni.net/children-and-young-peoples-strategic-partnership/3/"),

    /** Glenardoch, a fictional Scottish area: a complete children's services plan 2023-2026. */
    GLENARDOCH_CSP_2023_2026("glenardoch-csp-2023-2026.yaml", null),

    /** Kingsmere, a fictional English area: a complete Children and Young People's Plan 2024-2027. */
    KINGSMERE_CYPP_2024_2027("kingsmere-cypp-2024-2027.yaml", null),

    /** Gwennol, a fictional Welsh region: a complete area plan 2023-2028 under the 2014 Act, ss14 and 14A. */
    GWENNOL_AREA_PLAN_2023_2028("gwennol-area-plan-2023-2028.yaml", null),

    /** Ardglenan, a fictional Northern Ireland area: a complete children and young people's plan 2024-2027. */
    ARDGLENAN_CYPP_2024_2027("ardglenan-cypp-2024-2027.yaml", null);

    /** The folder, on the class path, that holds the example resources. */
    public static final String RESOURCE_FOLDER = "org/childplan/examples/";

    private final String fileName;
    private final String seedReference;

    ExamplePlans(String fileName, String seedReference) {
        this.fileName = fileName;
        this.seedReference = seedReference;
    }

    /** The examples that encode a real seed document. */
    public static List<ExamplePlans> seeds() {
        return Arrays.stream(values()).filter(ExamplePlans::isSeed).toList();
    }

    /** The fictional model plans, which use every part of the plan model. */
    public static List<ExamplePlans> models() {
        return Arrays.stream(values()).filter(example -> !example.isSeed()).toList();
    }

    /** The example's file name, for example {@code moray-csp-2017-2020.yaml}. */
    public String fileName() {
        return fileName;
    }

    /**
     * The example's resource name on the class path, for example
     * {@code org/childplan/examples/moray-csp-2017-2020.yaml}.
     */
    public String resourceName() {
        return RESOURCE_FOLDER + fileName;
    }

    /** Whether the example encodes a real seed document rather than being a fictional model plan. */
    public boolean isSeed() {
        return seedReference != null;
    }

    /**
     * The file name of the seed document the example encodes, or the address of the published page it is taken
     * from, or empty for a fictional model plan.
     */
    public Optional<String> seedReference() {
        return Optional.ofNullable(seedReference);
    }

    /**
     * The example's YAML text.
     *
     * @throws UncheckedIOException when the resource cannot be read, which means this jar is broken
     */
    public String content() {
        try (InputStream in = ExamplePlans.class.getClassLoader().getResourceAsStream(resourceName())) {
            if (in == null) {
                throw new UncheckedIOException(
                        new IOException("example plan missing from the class path: " + resourceName()));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example plan " + resourceName(), e);
        }
    }

    /**
     * Reads the example with {@link PlanDocuments#read(String, String)}, naming it by its resource name.
     *
     * @throws PlanReadException when the example is not a valid plan document
     */
    public PlanDocument read() throws PlanReadException {
        return PlanDocuments.read(content(), resourceName());
    }
}
