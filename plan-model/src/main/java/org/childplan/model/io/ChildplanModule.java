package org.childplan.model.io;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.childplan.model.PartialDate;
import org.childplan.model.internal.io.PartialDateDeserializer;
import org.childplan.model.internal.io.RequiredPropertyIntrospector;
import org.childplan.model.internal.io.StrictLocalDateDeserializer;

/**
 * A Jackson {@link Module} that maps the plan model, for embedders who read or write plans with their own
 * {@code ObjectMapper}.
 *
 * <p>It registers Java time support, writes dates as ISO-8601 text and leaves out empty lists and maps, reads a date only as
 * ISO-8601 text ({@code 2017-04-01}), a partial date from {@code 2017}, {@code 2017-03} or {@code 2017-03-31}, treats properties the model marks
 * {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty} as required (absent or {@code null} is an error) and rejects
 * {@code null} inside lists. The strictness that belongs to the mapper is not set by a module; for the same behaviour
 * as {@link PlanDocuments} also enable {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES},
 * {@code FAIL_ON_NULL_FOR_PRIMITIVES}, {@code FAIL_ON_NUMBERS_FOR_ENUMS}, {@code USE_BIG_DECIMAL_FOR_FLOATS} (so that
 * numbers in {@code extensions} keep their digits) and
 * {@code JsonParser.Feature.STRICT_DUPLICATE_DETECTION}, include {@code JsonInclude.Include.NON_NULL} values only,
 * and never activate default typing.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ChildplanModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** A module mapping the plan model. */
    public ChildplanModule() {
        super("childplan");
        addDeserializer(PartialDate.class, new PartialDateDeserializer());
        addDeserializer(LocalDate.class, new StrictLocalDateDeserializer());
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new RequiredPropertyIntrospector());
        JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null);
        context.configOverride(List.class)
                .setIncludeAsProperty(nonEmpty)
                .setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        context.configOverride(Map.class)
                .setIncludeAsProperty(nonEmpty)
                .setFormat(JsonFormat.Value.empty().withFeature(JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES));
        context.configOverride(LocalDate.class)
                .setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING).withLenient(Boolean.FALSE));
    }
}
