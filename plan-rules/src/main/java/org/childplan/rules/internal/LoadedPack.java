package org.childplan.rules.internal;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.childplan.rules.AppliedPack;
import org.childplan.rules.InvalidRulePackException;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.spi.RulePack;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A rule pack with its knowledge base built from the executable model, and its catalogue.
 *
 * <p>Building the knowledge base is the expensive step of starting a checker; the result is immutable and shared by
 * every check (each check opens its own session).
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class LoadedPack {

    private final RulePack pack;
    private final Map<String, RuleDescriptor> rulesById;
    private final List<RuleDescriptor> rules;
    private final KieSessionsPool sessions;
    private final List<Regime> regimes;

    private LoadedPack(RulePack pack, KieBase kieBase, Map<String, RuleDescriptor> rulesById) {
        this(pack, kieBase.newKieSessionsPool(1), rulesById);
    }

    private LoadedPack(RulePack pack, KieSessionsPool sessions, Map<String, RuleDescriptor> rulesById) {
        this.pack = pack;
        this.rulesById = rulesById;
        this.rules = List.copyOf(rulesById.values());
        this.sessions = sessions;
        this.regimes = regimes(pack, rulesById.values());
    }

    /**
     * This pack with its coming law (rules for law not yet in force on any known day) taken to be in force from
     * {@code date}, sharing the same rule base. For previewing what coming law would say of a plan, and for testing a
     * coming rule before its commencement is made; never for a verdict.
     */
    public LoadedPack withComingLawInForceFrom(LocalDate date) {
        Map<String, RuleDescriptor> previewed = new LinkedHashMap<>();
        rulesById.forEach((id, rule) -> previewed.put(id, rule.isComing()
                ? new RuleDescriptor(rule.id(), rule.title(), rule.severity(), rule.citation(), date, null,
                        rule.remedy(), rule.jurisdiction(), rule.pack(), rule.documentKinds(), rule.basis(),
                        "previewed as in force from " + date + "; " + rule.commencement(), rule.catalogue())
                : rule));
        return new LoadedPack(pack, sessions, Collections.unmodifiableMap(previewed));
    }

    /**
     * Builds the knowledge base of {@code pack} from its executable model; compiles no DRL and no Java.
     *
     * @throws InvalidRulePackException when the pack cannot be used, as {@link #catalogue(RulePack)} says, or its rule
     *     base cannot be built
     */
    public static LoadedPack load(RulePack pack) {
        return load(pack, null);
    }

    /**
     * Builds the knowledge base of {@code pack} with only the rules whose ids are in {@code selected}, or with all its
     * rules when {@code selected} is {@code null}; the catalogue still lists every rule. A rule left out of the
     * knowledge base costs a check nothing, where a rule only kept from firing would still match every fact.
     */
    public static LoadedPack load(RulePack pack, Set<String> selected) {
        return asUsable(pack, () -> loadChecked(pack, selected));
    }

    /**
     * What {@code work} on {@code pack} gives, once the pack has said what it is; a pack that cannot be read, or whose
     * classes cannot link, is refused as unusable.
     */
    private static <T> T asUsable(RulePack pack, Supplier<T> work) {
        PackContract.require(pack, null);
        try {
            return work.get();
        } catch (IllegalStateException | UncheckedIOException e) {
            throw InvalidRulePackException.of(pack, e.getMessage(), e);
        } catch (LinkageError e) {
            throw InvalidRulePackException.of(pack, "rule pack '" + pack.id() + "': " + PackContract.linkageProblem(e), e);
        }
    }

    private static LoadedPack loadChecked(RulePack pack, Set<String> selected) {
        List<Model> models = ExecutableModels.of(pack);
        Map<Rule, RuleDescriptor> described = described(pack, models);
        Map<String, RuleDescriptor> rules = catalogue(pack, described);
        if (selected != null) {
            models = only(models, described, selected);
        }
        // The configuration is made here rather than through KieServices, whose implementation lives in
        // drools-compiler, which is deliberately not on the run-time class path.
        KieBaseConfiguration configuration = RuleBaseFactory.newKnowledgeBaseConfiguration();
        // No rule is added to or removed from a loaded pack. Saying so lets each session keep its facts in one
        // identity map instead of a store per fact class that every check rebuilds, and skip a queue of pending
        // rule-base changes on every insert.
        configuration.setOption(KieBaseMutabilityOption.DISABLED);
        KieBase kieBase;
        try {
            kieBase = KieBaseBuilder.createKieBaseFromModel(models, configuration);
        } catch (RuntimeException | LinkageError e) {
            throw InvalidRulePackException.of(pack, "rule pack '" + pack.id() + "': its rule base cannot be built from "
                    + "the executable model (" + e + "); was the pack built against this version of childplan?", e);
        }
        return new LoadedPack(pack, kieBase, rules);
    }

    /** {@code models} with only the rules whose ids, as {@code described} gives them, are in {@code selected}. */
    private static List<Model> only(List<Model> models, Map<Rule, RuleDescriptor> described, Set<String> selected) {
        return models.stream().map(model -> {
            ModelImpl kept = new ModelImpl(model.getName())
                    .withGlobals(model.getGlobals())
                    .withQueries(model.getQueries())
                    .withRules(model.getRules().stream()
                            .filter(rule -> selected.contains(described.get(rule).id()))
                            .toList());
            model.getTypeMetaDatas().forEach(kept::addTypeMetaData);
            return (Model) kept;
        }).toList();
    }

    /**
     * The catalogue of {@code pack}, read from its executable model without building a knowledge base.
     *
     * @throws InvalidRulePackException when the pack has no executable model or no rules, a rule's metadata is missing
     *     or wrong, or two rules have one id
     */
    public static List<RuleDescriptor> catalogue(RulePack pack) {
        return asUsable(pack, () -> List.copyOf(catalogue(pack, described(pack, ExecutableModels.of(pack))).values()));
    }

    /** Each rule of {@code models} with its descriptor; the pack's metadata is read once. */
    private static Map<Rule, RuleDescriptor> described(RulePack pack, List<Model> models) {
        List<Rule> modelRules = models.stream().flatMap(model -> model.getRules().stream()).toList();
        PackMetadata metadata = PackMetadata.of(pack, modelRules.stream().map(Rule::getName).toList());
        Map<Rule, RuleDescriptor> described = new IdentityHashMap<>();
        modelRules.forEach(rule -> described.put(rule,
                RuleMetadata.describe(pack, rule.getName(), metadata.effective(rule.getName(), rule.getMetaData()))));
        return described;
    }

    private static Map<String, RuleDescriptor> catalogue(RulePack pack, Map<Rule, RuleDescriptor> described) {
        Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        described.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Rule, RuleDescriptor> rule) -> rule.getValue().id())
                        .thenComparing(rule -> rule.getKey().getName()))
                .forEach(rule -> {
                    String id = rule.getValue().id();
                    String other = names.put(id, rule.getKey().getName());
                    if (other != null) {
                        throw new IllegalStateException("rule pack '" + pack.id() + "': two rules have the id " + id
                                + ", rule \"" + other + "\" and rule \"" + rule.getKey().getName() + "\"");
                    }
                    rules.put(id, rule.getValue());
                });
        if (rules.isEmpty()) {
            // A DRL the kie-maven-plugin could not read into rules (a wrong package line, a rule-less file) still
            // yields a model; a pack that then checks nothing would pass every plan without a word.
            throw new IllegalStateException("rule pack '" + pack.id() + "': the executable model listed in "
                    + pack.executableModelIndex() + " has no rules in package " + pack.rulePackage()
                    + "; do the pack's DRL files declare that package, and does the build compile them?");
        }
        return Collections.unmodifiableMap(rules);
    }

    /**
     * The regimes of {@code pack}: those it declares or, when it declares none, one named by its title that begins
     * when its earliest rule that rests on the law comes into force. A regime is law: a pack whose rules all rest on
     * local standards has none, whatever it declares, so that no report names a local standard as law applied.
     */
    public static List<Regime> regimes(RulePack pack, Collection<RuleDescriptor> rules) {
        List<RuleDescriptor> law = rules.stream().filter(rule -> !rule.isLocalStandard()).toList();
        if (law.isEmpty()) {
            return List.of();
        }
        List<Regime> declared = pack.regimes();
        if (!declared.isEmpty()) {
            return declared.stream().sorted(Comparator.comparing(Regime::inForceFrom)).toList();
        }
        return law.stream()
                .filter(rule -> !rule.isComing())
                .min(Comparator.comparing(RuleDescriptor::inForceFrom))
                .map(first -> List.of(new Regime(pack.title(), pack.title(), first.citation().url(), first.inForceFrom(), null)))
                .orElse(List.of());
    }

    public RulePack pack() {
        return pack;
    }

    public AppliedPack applied() {
        return new AppliedPack(pack.id(), pack.title(), pack.version(), pack.jurisdiction());
    }

    /** The pack's regimes, in date order. */
    public List<Regime> regimes() {
        return regimes;
    }

    /**
     * A session of the pack's rule base, from a pool; disposing it resets it and returns it to the pool.
     *
     * <p>A check opens a session, inserts, fires and disposes it. Pooled sessions keep their node memories and are
     * reset (facts, agenda, globals, counters) when disposed, which saves building them on every check.
     */
    KieSession newSession() {
        return sessions.newKieSession();
    }

    /** The pack's rules, by id. */
    public List<RuleDescriptor> rules() {
        return rules;
    }

    RuleDescriptor rule(String id) {
        RuleDescriptor rule = rulesById.get(id);
        if (rule == null) {
            throw new IllegalStateException("rule pack '" + pack.id() + "' has no rule " + id);
        }
        return rule;
    }
}
