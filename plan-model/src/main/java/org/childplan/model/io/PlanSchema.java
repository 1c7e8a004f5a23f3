package org.childplan.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import org.apiguardian.api.API;

/**
 * The JSON Schema (draft 2020-12) of a plan document, generated from the model at build time and shipped in the jar.
 *
 * <p>Point editors at it for completion and checking as one types. It requires what the model marks required, closes
 * every object to the properties the model knows (except the free-form {@code extensions}), lists the allowed enum
 * values, and describes dates ({@code format: date}) and partial dates ({@code 2017}, {@code 2017-03},
 * {@code 2017-03-31}). It agrees with {@link PlanDocuments#read(String, String)} on the shape of a document, with two
 * deliberate differences: the reader also accepts a number or {@code true}/{@code false} where text is expected (as
 * YAML authors write {@code value: 45}), and the schema also carries value constraints ({@code minLength},
 * {@code minimum}) that the reader leaves to validation. References between elements (an action's lead body, ...) are
 * checked by validation, not by the schema.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanSchema {

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
