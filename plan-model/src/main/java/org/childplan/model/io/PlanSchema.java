package org.childplan.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import org.apiguardian.api.API;

/**
 * The JSON Schema (draft 2020-12) of a plan document, generated from the model and its Javadoc and shipped in the jar.
 *
 * <p>Point editors at it for completion, hover help and checking as one types. Its {@code $id} is {@link #ID}. Every
 * property carries the description of the model's record component it maps to (examples where the model gives one),
 * every object and enum its type's description (an enum's with what each value means). It requires what the model
 * marks required, closes every object to the properties the model knows (except the free-form {@code extensions}),
 * lists the allowed enum values, and takes what {@link PlanDocuments#read(String, String)} followed by
 * {@link org.childplan.model.validation.PlanValidator} takes: text as text, a number or {@code true}/{@code false}
 * (as YAML authors write {@code value: 45}); ids of letters, digits, {@code -}, {@code _} and {@code .}; lists without
 * repeats where the model forbids them; real dates within {@link org.childplan.model.SupportedDates} ({@code YYYY-MM-DD},
 * and for a partial date also {@code YYYY} and {@code YYYY-MM}). What a schema cannot say is left to validation: ids
 * unique across the plan, references between elements (an action's lead body, ...) and dates in order.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanSchema {

    /** The schema's {@code $id}; its last part is the major version of the plan document's format. */
    public static final String ID = "urn:childplan:schema:plan:1";

    /** The schema's resource path in the jar, for {@link ClassLoader#getResource(String)}. */
    public static final String RESOURCE = "org/childplan/model/plan.schema.json";

    private PlanSchema() {
    }

    /** Where the schema is, in the jar this class was loaded from. */
    public static URL url() {
        URL url = PlanSchema.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("the plan schema " + RESOURCE + " is missing from the class path");
        }
        return url;
    }

    /** Opens the schema for reading; the caller closes the stream. */
    public static InputStream open() {
        try {
            return url().openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
