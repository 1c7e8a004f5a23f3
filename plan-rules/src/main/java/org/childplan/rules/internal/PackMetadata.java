package org.childplan.rules.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childplan.rules.spi.RulePack;

/**
 * The metadata a pack declares once for all its rules, or for the rules of one DRL file, in a {@code metadata.yaml}
 * beside its DRL files (in the folder of its {@link RulePack#rulePackage() rule package}), as OPA scopes metadata to
 * a package:
 *
 * <pre>
 * defaults:                       # every rule of the pack
 *   instrument: "Children and Young People (Scotland) Act 2014"
 *   inForceFrom: "2017-04-01"
 * files:
 *   Priorities.drl:               # the rules of one DRL file
 *     instrument: "Statutory Guidance on Part 3 (2020)"
 *     inForceFrom: "2020-04-01"
 * </pre>
 *
 * <p>A rule's own annotation wins over its file's default, which wins over the pack's. Only what rules share may be
 * declared ({@link #SHARED_KEYS}): what a rule requires, how much it weighs and which provision it reads stay on the
 * rule. An unknown key, a value that is not a string or does not read, and a file the pack does not hold are refused
 * with the line of {@code metadata.yaml} they are on. A pack without {@code metadata.yaml} states everything on its
 * rules.
 *
 * <p>The executable model does not record which DRL file a rule came from, so per-file defaults take the rule names
 * of each file from the index {@code rule-files.tsv} that the pack's build writes beside {@code metadata.yaml}
 * ({@link RuleFileIndex}), or, for a pack built without it, from the DRL files themselves: a pack that declares
 * per-file defaults is built with the {@code kie-maven-plugin}'s {@code generateModel} set to {@code YES_WITHDRL},
 * which keeps the DRL files in the jar. An index that does not match the executable model is refused.
 */
final class PackMetadata {

    /** The file, beside a pack's DRL files, that declares what its rules share. */
    static final String FILE_NAME = "metadata.yaml";

    /** The keys a pack or a file may declare for its rules. */
    static final Set<String> SHARED_KEYS = Set.of(
            "instrument", "url", RuleMetadata.CATALOGUE, "inForceFrom", "inForceTo", "documentKinds", RuleMetadata.BASIS);

    private static final List<String> SHARED_KEYS_IN_ORDER = List.of(
            "instrument", "url", RuleMetadata.CATALOGUE, "inForceFrom", "inForceTo", "documentKinds", RuleMetadata.BASIS);

    private static final Pattern RULE_DECLARATION =
            Pattern.compile("^\\s*rule\\s+(?:\"([^\"]*)\"|'([^']*)'|([\\p{L}\\p{N}_$.]+))");

    private static final PackMetadata NONE = new PackMetadata(Map.of(), Map.of());

    private final Map<String, String> packDefaults;
    private final Map<String, Map<String, String>> defaultsByRule;

    private PackMetadata(Map<String, String> packDefaults, Map<String, Map<String, String>> defaultsByRule) {
        this.packDefaults = packDefaults;
        this.defaultsByRule = defaultsByRule;
    }

    /** No defaults: every rule states all its metadata. */
    static PackMetadata none() {
        return NONE;
    }

    /**
     * The metadata {@code pack} declares in its {@code metadata.yaml}, or none when it has no such file.
     *
     * @param ruleNames the names of the rules in the pack's executable model
     * @throws IllegalStateException when the file does not read, with the line it stumbles on
     */
    static PackMetadata of(RulePack pack, Collection<String> ruleNames) {
        String folder = pack.rulePackage().replace('.', '/') + "/";
        String resource = folder + FILE_NAME;
        String text = read(pack, resource);
        if (text == null) {
            return NONE;
        }
        return parse(pack, folder, resource, text, ruleNames);
    }

    /**
     * The metadata of rule {@code ruleName}: its pack's defaults, overridden by its file's, overridden by what the rule
     * itself says ({@code ruleMetadata}). A rule that gives its {@code commencement} states its own dates and takes
     * none from the pack: coming law inheriting a pack's first day would be applied before it is in force.
     */
    Map<String, Object> effective(String ruleName, Map<String, Object> ruleMetadata) {
        if (packDefaults.isEmpty() && defaultsByRule.isEmpty()) {
            return ruleMetadata;
        }
        return new Effective(ruleMetadata, defaultsByRule.getOrDefault(ruleName, packDefaults),
                ruleMetadata.containsKey(RuleMetadata.COMMENCEMENT));
    }

    /**
     * A rule's metadata over its defaults (its file's merged with its pack's), read through without copying either:
     * a checker describes every rule of a pack when it starts.
     */
    private static final class Effective extends AbstractMap<String, Object> {

        private static final Set<String> DATES = Set.of("inForceFrom", "inForceTo");

        private final Map<String, Object> rule;
        private final Map<String, String> defaults;
        private final boolean ownDates;

        Effective(Map<String, Object> rule, Map<String, String> defaults, boolean ownDates) {
            this.rule = rule;
            this.defaults = defaults;
            this.ownDates = ownDates;
        }

        @Override
        public Object get(Object key) {
            Object own = rule.get(key);
            if (own != null || rule.containsKey(key) || ownDates && DATES.contains(key)) {
                return own;
            }
            return defaults.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return rule.containsKey(key) || !(ownDates && DATES.contains(key)) && defaults.containsKey(key);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> merged = new HashMap<>(defaults);
            if (ownDates) {
                merged.keySet().removeAll(DATES);
            }
            merged.putAll(rule);
            return Collections.unmodifiableMap(merged).entrySet();
        }
    }

    static PackMetadata parse(RulePack pack, String folder, String resource, String text, Collection<String> ruleNames) {
        String where = "rule pack '" + pack.id() + "', " + resource;
        Map<String, String> packDefaults = Map.of();
        Map<String, Map<String, String>> defaultsByRule = new HashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            if (parser.nextToken() == null) {
                return NONE;
            }
            expect(parser, JsonToken.START_OBJECT, where, "a mapping with the keys defaults and files");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int line = line(parser);
                parser.nextToken();
                switch (key) {
                    case "defaults" -> packDefaults = values(parser, where, "defaults");
                    case "files" -> readFiles(pack, parser, folder, where, ruleNames, defaultsByRule);
                    default -> throw new IllegalStateException(where + " line " + line + ": unknown key '" + key
                            + "'; the keys are defaults (for every rule of the pack) and files (by DRL file name)");
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(where + " line " + e.getLocation().getLineNr() + ": not YAML: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(where + ": cannot be read", e);
        }
        // Each file's defaults are merged with the pack's once, for all the rules of the file.
        Map<Map<String, String>, Map<String, String>> merged = new IdentityHashMap<>();
        Map<String, String> underFiles = packDefaults;
        defaultsByRule.replaceAll((rule, fileDefaults) -> merged.computeIfAbsent(fileDefaults, file -> {
            Map<String, String> both = new HashMap<>(underFiles);
            both.putAll(file);
            return Map.copyOf(both);
        }));
        return new PackMetadata(packDefaults, defaultsByRule);
    }

    private static void readFiles(RulePack pack, JsonParser parser, String folder, String where,
            Collection<String> ruleNames, Map<String, Map<String, String>> defaultsByRule) throws IOException {
        expect(parser, JsonToken.START_OBJECT, where, "files: a mapping of DRL file names to their defaults");
        RuleFiles ruleFiles = RuleFiles.of(pack, folder);
        Map<String, String> fileByRule = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String file = parser.currentName();
            int line = line(parser);
            parser.nextToken();
            Map<String, String> defaults = values(parser, where, "files." + file);
            List<String> rulesOfFile = file.endsWith(".drl") && !file.contains("/") ? ruleFiles.rulesOf(file) : null;
            if (rulesOfFile == null) {
                throw new IllegalStateException(where + " line " + line + ": files names '" + file
                        + "', which is not a DRL file of the pack (" + folder + file + " is not on its class path);"
                        + " is the name right, and is the pack built with the kie-maven-plugin's generateModel"
                        + " YES_WITHDRL, which keeps the DRL files in the jar?");
            }
            for (String rule : rulesOfFile) {
                if (!ruleNames.contains(rule)) {
                    throw new IllegalStateException(where + " line " + line + ": " + file + " declares rule \"" + rule
                            + "\", which the pack's executable model does not hold; is the jar built from these DRL files?");
                }
                String other = fileByRule.put(rule, file);
                if (other != null) {
                    throw new IllegalStateException(where + " line " + line + ": rule \"" + rule + "\" is declared in "
                            + other + " and in " + file);
                }
                defaultsByRule.put(rule, defaults);
            }
        }
        ruleFiles.requireEveryRuleListed(ruleNames);
    }

    /**
     * The rule names of a pack's DRL files by file: from the index its build wrote, or else read from the DRL files.
     */
    private static final class RuleFiles {

        private final RulePack pack;
        private final String folder;
        private final String indexResource;
        private final Map<String, List<String>> indexed;

        private RuleFiles(RulePack pack, String folder, String indexResource, Map<String, List<String>> indexed) {
            this.pack = pack;
            this.folder = folder;
            this.indexResource = indexResource;
            this.indexed = indexed;
        }

        static RuleFiles of(RulePack pack, String folder) {
            String indexResource = folder + RuleFileIndex.FILE_NAME;
            String index = read(pack, indexResource);
            String where = "rule pack '" + pack.id() + "', " + indexResource;
            return new RuleFiles(pack, folder, indexResource, index == null ? null : RuleFileIndex.read(index, where));
        }

        /** The names of the rules {@code file} declares, or {@code null} when the pack holds no such DRL file. */
        List<String> rulesOf(String file) {
            if (indexed == null) {
                String drl = read(pack, folder + file);
                return drl == null ? null : ruleNames(drl);
            }
            List<String> rules = indexed.get(file);
            if (rules == null && pack.classLoader().getResource(folder + file) != null) {
                throw new IllegalStateException("rule pack '" + pack.id() + "', " + indexResource + ": lists no rule of "
                        + file + ", which the pack holds; the index is out of date: rebuild the pack, whose build"
                        + " writes it from the DRL files");
            }
            return rules;
        }

        /** Refuses an index that does not list every rule of the pack's executable model. */
        void requireEveryRuleListed(Collection<String> ruleNames) {
            if (indexed == null) {
                return;
            }
            Set<String> listed = new HashSet<>();
            indexed.values().forEach(listed::addAll);
            for (String rule : ruleNames) {
                if (!listed.contains(rule)) {
                    throw new IllegalStateException("rule pack '" + pack.id() + "', " + indexResource
                            + ": lists no DRL file for rule \"" + rule + "\" of the pack's executable model; the index"
                            + " is out of date: rebuild the pack, whose build writes it from the DRL files");
                }
            }
        }
    }

    private static Map<String, String> values(JsonParser parser, String where, String path) throws IOException {
        expect(parser, JsonToken.START_OBJECT, where, path + ": a mapping of metadata keys to quoted values");
        Map<String, String> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = line(parser);
            if (!SHARED_KEYS.contains(key)) {
                throw new IllegalStateException(where + " line " + line + ": " + path + " has unknown key '" + key
                        + "'; a pack or a file may declare " + String.join(", ", SHARED_KEYS_IN_ORDER)
                        + ", and each rule states its own id, title, severity, provision and remedy");
            }
            if (parser.nextToken() != JsonToken.VALUE_STRING) {
                throw new IllegalStateException(where + " line " + line + ": " + path + "." + key
                        + " must be a string but is " + describe(parser));
            }
            String value = parser.getText().strip();
            check(key, value, where + " line " + line + ": " + path + "." + key);
            values.put(key, value);
        }
        return Map.copyOf(values);
    }

    private static void check(String key, String value, String where) {
        switch (key) {
            case "documentKinds" -> RuleMetadata.documentKinds(value, where);
            case RuleMetadata.BASIS -> RuleMetadata.basis(value, where);
            case "inForceFrom", "inForceTo" -> {
                if (!(key.equals("inForceTo") && value.isEmpty())) {
                    try {
                        LocalDate.parse(value);
                    } catch (DateTimeParseException e) {
                        throw new IllegalStateException(where + " must be a date as YYYY-MM-DD but is '" + value + "'", e);
                    }
                }
            }
            default -> {
                if (value.isEmpty()) {
                    throw new IllegalStateException(where + " is empty");
                }
            }
        }
    }

    private static void expect(JsonParser parser, JsonToken token, String where, String what) throws IOException {
        if (parser.currentToken() != token) {
            throw new IllegalStateException(where + " line " + line(parser) + ": expected " + what + " but found "
                    + describe(parser));
        }
    }

    private static String describe(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_NULL -> "nothing";
            default -> "'" + parser.getText() + "'";
        };
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** The names of the rules a DRL file declares, in order; comments are skipped. */
    static List<String> ruleNames(String drl) {
        List<String> names = new ArrayList<>();
        boolean inBlockComment = false;
        // Read when a checker starts, before anything is compiled: the pattern is tried only on the few lines that
        // can declare a rule, not on every line of every DRL file.
        for (String line : (Iterable<String>) drl.lines()::iterator) {
            String trimmed = line.strip();
            if (inBlockComment) {
                inBlockComment = !trimmed.contains("*/");
                continue;
            }
            if (trimmed.startsWith("/*")) {
                inBlockComment = !trimmed.substring(2).contains("*/");
                continue;
            }
            if (!trimmed.startsWith("rule")) {
                continue;
            }
            Matcher matcher = RULE_DECLARATION.matcher(line);
            if (matcher.find()) {
                names.add(matcher.group(1) != null ? matcher.group(1)
                        : matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
            }
        }
        return names;
    }

    private static String read(RulePack pack, String resource) {
        try (InputStream in = pack.classLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("rule pack '" + pack.id() + "': cannot read " + resource, e);
        }
    }
}
