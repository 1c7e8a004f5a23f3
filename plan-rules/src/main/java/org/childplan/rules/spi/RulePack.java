package org.childplan.rules.spi;

import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.childplan.rules.Regime;

/**
 * A rule pack: the rules of one jurisdiction's law, compiled at build time to a Drools executable model.
 *
 * <p>Packs are found with {@link java.util.ServiceLoader}: a jar lists its implementations in
 * {@code META-INF/services/org.childplan.rules.spi.RulePack}. The built-in packs are provided the same way.
 *
 * <p>A pack's rules live in one DRL package, {@link #rulePackage()}, compiled by the {@code kie-maven-plugin}
 * ({@code generateModel=YES}) so that the jar carries the model classes and the index that lists them
 * ({@link #executableModelIndex()}). Each rule carries its metadata, every value a quoted string: {@code @id},
 * {@code @title}, {@code @severity} ({@code ERROR}, {@code WARNING} or {@code INFO}), {@code @instrument},
 * {@code @provision}, {@code @url}, {@code @inForceFrom} (ISO date), {@code @inForceTo} (ISO date, or empty while in
 * force), {@code @documentKinds} (the {@code DocumentKind} constants of the documents the rule governs, separated by
 * commas, or {@code ANY} for a duty that binds the partners whatever the document), {@code @basis} ({@code LAW}, the
 * default, or {@code LOCAL_STANDARD}) and {@code @remedy}. A rule reports through the global {@code findings} of type
 * {@link Findings}.
 *
 * <p>What the rules share ({@code instrument}, {@code url}, {@code inForceFrom}, {@code inForceTo},
 * {@code documentKinds}, {@code basis}) may instead be declared once in a {@code metadata.yaml} beside the DRL files:
 * {@code defaults} for every rule of the pack and {@code files} for the rules of one DRL file, by its name. A rule's
 * own annotation wins over its file's default, which wins over the pack's. A pack that declares defaults by file is
 * built with {@code generateModel} {@code YES_WITHDRL}, so that its DRL files, which say which rules each holds, stay
 * in the jar. A pack without {@code metadata.yaml} states everything on its rules.
 *
 * <p>A check inserts the plan and each of its elements, a {@link CheckContext} (the date whose law applies and the
 * jurisdiction), a {@link ReportingYear} for each whole year of the plan's period, and the pack's own helper facts
 * ({@link #facts(Plan, CheckContext)}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface RulePack {

    /**
     * A short stable id, lower case, for example {@code scotland} or {@code northern-ireland}: letters {@code a-z} and
     * digits {@code 0-9}, in words joined by single hyphens, starting with a letter, at most 40 characters.
     *
     * <p>This method and {@link #title()}, {@link #version()}, {@link #jurisdiction()}, {@link #rulePackage()},
     * {@link #executableModelIndex()} and {@link #classLoader()} must each return a value (a string that is not blank)
     * and must not throw: a pack that breaks this, or whose classes cannot link, is refused as unusable with an
     * {@link org.childplan.rules.InvalidRulePackException} naming the method or the class missing.
     */
    String id();

    /** A title for people, for example {@code Children and Young People (Scotland) Act 2014, Part 3}. */
    String title();

    /** The pack's version; a change to any rule changes it. */
    String version();

    /** The jurisdiction whose law the pack encodes. */
    Jurisdiction jurisdiction();

    /** The DRL package that holds the pack's rules, for example {@code org.childplan.rules.scotland}. */
    String rulePackage();

    /**
     * The class-path resource that lists the executable-model classes, as written by the {@code kie-maven-plugin}:
     * {@code META-INF/kie/<groupId>/<artifactId>/drools-model}.
     */
    String executableModelIndex();

    /**
     * The legal regimes the pack encodes, in date order; a report names those in force on its as-of date. Each
     * regime's first and last days must be the first or last day in force of one of the pack's rules. The default,
     * for a pack that encodes one body of law, is one regime named by the pack's {@link #title()} that begins when
     * its earliest rule comes into force.
     */
    default List<Regime> regimes() {
        return List.of();
    }

    /**
     * Facts the pack's rules match besides those every check inserts, worked out from the plan: a view of it that
     * keeps conditions short (for example, which elements address each statutory aim). The default is none.
     */
    default List<Object> facts(Plan plan, CheckContext context) {
        return List.of();
    }

    /**
     * The criteria a national review scores plans of this pack's jurisdiction on, each with the pack's rules that
     * check it, so that a report can give the plan's scorecard. The default is none.
     */
    default List<ReviewCriterion> reviewCriteria() {
        return List.of();
    }

    /** The class loader that sees the pack's model classes. */
    default ClassLoader classLoader() {
        return getClass().getClassLoader();
    }
}
