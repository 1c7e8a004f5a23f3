package org.childplan.model.internal.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.childplan.model.Plan;
import org.childplan.model.io.ChildplanModule;
import org.childplan.model.io.ReadLimits;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The parsers, the reader and the writers of plan documents, configured once and immutable thereafter.
 *
 * <p>Reading is two steps: a parser made for the document's format and limits feeds {@link DocumentScanner}, and
 * {@link #READER} binds the scanned tokens to a {@link Plan}. The limits are enforced by the scanner with messages of
 * its own; the parsers' constraints are set just above them so that the scanner speaks first.
 */
public final class PlanMappers {

    /** Binds scanned tokens to a plan: strict about unknown properties, nulls, enums and coercion. */
    public static final ObjectReader READER = bindingMapper().readerFor(Plan.class);

    /** Writes a plan as JSON: 2-space indent, {@code "name": value}, nulls and empty lists left out, maps sorted. */
    public static final ObjectWriter JSON_WRITER = writing(JsonMapper.builder()).writer(jsonPrettyPrinter());

    /** Writes a plan as YAML: no document start marker, literal blocks for multi-line text, minimal quotes. */
    public static final ObjectWriter YAML_WRITER = writing(YAMLMapper.builder(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build())).writer();

    /** The longest number read, in characters; Jackson's default, applied to YAML as well as JSON. */
    public static final int MAX_NUMBER_LENGTH = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;

    private static final JsonFactory DEFAULT_JSON = jsonFactory0(ReadLimits.defaults());
    private static final YAMLFactory DEFAULT_YAML = yamlFactory0(ReadLimits.defaults());

    private PlanMappers() {
    }

    /** A JSON parser factory for {@code limits}: strict duplicate detection, no comments or other extensions. */
    public static JsonFactory jsonFactory(ReadLimits limits) {
        return limits.equals(ReadLimits.defaults()) ? DEFAULT_JSON : jsonFactory0(limits);
    }

    /** A YAML parser factory for {@code limits}: strict duplicate detection, SnakeYAML limits set. */
    public static YAMLFactory yamlFactory(ReadLimits limits) {
        return limits.equals(ReadLimits.defaults()) ? DEFAULT_YAML : yamlFactory0(limits);
    }

    /** The constraints of a parser for {@code limits}, a step above them so that the scanner reports first. */
    public static StreamReadConstraints constraints(ReadLimits limits) {
        StreamReadConstraints.Builder builder = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth() + 1)
                .maxNumberLength(MAX_NUMBER_LENGTH + 1)
                .maxStringLength(Integer.MAX_VALUE);
        try {
            builder = builder.maxNameLength(Integer.MAX_VALUE).maxDocumentLength(-1);
        } catch (NoSuchMethodError jackson215) {
            // Jackson 2.16 added these limits; 2.15, the oldest Jackson the model supports, limits neither.
        }
        return builder.build();
    }

    private static JsonFactory jsonFactory0(ReadLimits limits) {
        return JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(constraints(limits))
                .build();
    }

    private static YAMLFactory yamlFactory0(ReadLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(Math.max(limits.maxAliases(), 1));
        options.setNestingDepthLimit(limits.maxNestingDepth() + 1);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes() + 1));
        return YAMLFactory.builder()
                .loaderOptions(options)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(constraints(limits))
                .build();
    }

    private static ObjectMapper bindingMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new ChildplanModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .build();
        // A number or true/false where text is expected is what YAML authors write (value: 45); anything else is not.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);
        return mapper;
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M writing(MapperBuilder<M, B> builder) {
        return builder.addModule(new ChildplanModule())
                .defaultPropertyInclusion(JsonInclude.Value.construct(
                        JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    private static DefaultPrettyPrinter jsonPrettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new NameColonSpaceValuePrinter();
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /**
     * Jackson's pretty printer with {@code "name": value} where Jackson writes {@code "name" : value}. It overrides the
     * separator rather than configuring {@code Separators.Spacing}, which Jackson 2.16 added, so that the model runs
     * with Jackson 2.15, the oldest Jackson it supports.
     */
    private static final class NameColonSpaceValuePrinter extends DefaultPrettyPrinter {

        private static final long serialVersionUID = 1L;

        NameColonSpaceValuePrinter() {
        }

        private NameColonSpaceValuePrinter(NameColonSpaceValuePrinter base) {
            super(base);
        }

        @Override
        public NameColonSpaceValuePrinter createInstance() {
            return new NameColonSpaceValuePrinter(this);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(": ");
        }
    }
}
