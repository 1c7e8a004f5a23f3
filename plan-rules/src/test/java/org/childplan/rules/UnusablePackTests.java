package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.TestPackFolders.TestRule;
import org.childplan.rules.scotland.ScotlandRulePack;
import org.childplan.rules.spi.RulePack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pack that says nothing usable of itself (a {@code null} title, a {@code jurisdiction()} that throws, an id that is
 * not a short lower-case id), or whose classes cannot link, is refused as unusable with an
 * {@link InvalidRulePackException} naming the method or the class missing, in the Java API as by {@link RulePacks#load}.
 */
class UnusablePackTests {

    @TempDir
    Path folder;

    private static final RulePack SCOTLAND = new ScotlandRulePack();

    /** The Scotland pack, read through, with one descriptive method answering {@code answer}. */
    private static RulePack scotlandWith(String method, Function<RulePack, Object> answer) {
        return new PackReadThrough(SCOTLAND, SCOTLAND.executableModelIndex(), SCOTLAND.classLoader()) {
            @Override
            public String id() {
                return (String) (method.equals("id") ? answer.apply(SCOTLAND) : super.id());
            }

            @Override
            public String title() {
                return (String) (method.equals("title") ? answer.apply(SCOTLAND) : super.title());
            }

            @Override
            public String version() {
                return (String) (method.equals("version") ? answer.apply(SCOTLAND) : super.version());
            }

            @Override
            public Jurisdiction jurisdiction() {
                return (Jurisdiction) (method.equals("jurisdiction") ? answer.apply(SCOTLAND) : super.jurisdiction());
            }

            @Override
            public String rulePackage() {
                return (String) (method.equals("rulePackage") ? answer.apply(SCOTLAND) : super.rulePackage());
            }

            @Override
            public String executableModelIndex() {
                return (String) (method.equals("executableModelIndex") ? answer.apply(SCOTLAND)
                        : super.executableModelIndex());
            }

            @Override
            public ClassLoader classLoader() {
                return (ClassLoader) (method.equals("classLoader") ? answer.apply(SCOTLAND) : super.classLoader());
            }
        };
    }

    static Stream<Arguments> answersNoPackMayGive() {
        List<String> methods = List.of("id", "title", "version", "jurisdiction", "rulePackage", "executableModelIndex",
                "classLoader");
        List<String> texts = List.of("id", "title", "version", "rulePackage", "executableModelIndex");
        Function<RulePack, Object> throwing = pack -> {
            throw new IllegalStateException("no licence file");
        };
        return Stream.of(
                methods.stream().map(method -> Arguments.of(method, "returned null", (Function<RulePack, Object>) pack -> null)),
                texts.stream().map(method -> Arguments.of(method, "returned a blank string",
                        (Function<RulePack, Object>) pack -> " ")),
                methods.stream().map(method -> Arguments.of(method,
                        "threw java.lang.IllegalStateException: no licence file", throwing)))
                .flatMap(arguments -> arguments);
    }

    @ParameterizedTest(name = "{0}() that {1}")
    @MethodSource("answersNoPackMayGive")
    void aPackWhoseDescriptiveMethodGivesNothingUsableIsRefusedByTheCheckerAndTheCatalogueNamingTheMethod(
            String method, String problem, Function<RulePack, Object> answer) {
        RulePack pack = scotlandWith(method, answer);

        InvalidRulePackException byBuilder = catchThrowableOfType(
                () -> PlanChecker.builder().pack(pack).build(), InvalidRulePackException.class);
        InvalidRulePackException byCatalogue = catchThrowableOfType(
                () -> RulePacks.catalogue(pack), InvalidRulePackException.class);

        for (InvalidRulePackException refused : List.of(byBuilder, byCatalogue)) {
            assertThat(refused).as(method).isNotNull();
            assertThat(refused.reason()).startsWith("rule pack class " + pack.getClass().getName() + ": " + method + "() "
                    + problem + "; RulePack." + method + "() must return a value and must not throw");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Glen More!\u001b[31m", "Scotland", "glen more", "glen_more", "glen.more", "-glen", "glen-",
        "glen--more", "1glen", "glen/more", "abcdefghijabcdefghijabcdefghijabcdefghijk"})
    void aPackWhoseIdIsNotAShortLowerCaseIdIsRefusedSayingWhatAnIdMayBe(String id) {
        RulePack pack = scotlandWith("id", ignored -> id);

        InvalidRulePackException refused = catchThrowableOfType(
                () -> PlanChecker.builder().pack(pack).build(), InvalidRulePackException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.reason()).contains("id() returned '" + id + "'; a pack's id must be a short lower-case id:"
                + " letters a-z and digits 0-9, in words joined by single hyphens, starting with a letter, at most 40"
                + " characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"glen", "northern-ireland", "glen-more-2", "g", "abcdefghijabcdefghijabcdefghijabcdefghij"})
    void aShortLowerCaseIdIsAccepted(String id) {
        assertThatCode(() -> RulePacks.catalogue(scotlandWith("id", ignored -> id))).doesNotThrowAnyException();
    }

    @Test
    void aPackWhoseClassCannotLinkIsRefusedByLoadNamingTheLocationAndTheClassMissing() throws IOException {
        Path location = TestPackFolders.pack("acme-link").rule(TestRule.metOnPlan("ACME-LINK"))
                .withClass("Base", "public abstract class Base {}").extending("Base").withoutClassFile("Base")
                .writeUnder(folder);

        InvalidRulePackException refused = catchThrowableOfType(
                () -> RulePacks.load(List.of(location)), InvalidRulePackException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).startsWith(location + ": ")
                .contains("the class acme.acme_link.Base cannot be found (NoClassDefFoundError)");
    }

    @Test
    void aPackWhoseConstructorThrowsIsRefusedByLoadNamingTheCause() throws IOException {
        Path location = TestPackFolders.pack("acme-ctor").rule(TestRule.metOnPlan("ACME-CTOR"))
                .member("public AcmePack() { throw new IllegalStateException(\"no licence file\"); }")
                .writeUnder(folder);

        InvalidRulePackException refused = catchThrowableOfType(
                () -> RulePacks.load(List.of(location)), InvalidRulePackException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).startsWith(location + ": ")
                .contains("acme.acme_ctor.AcmePack could not be instantiated (java.lang.IllegalStateException: no"
                        + " licence file)");
    }

    @Test
    void aPackWhoseDescriptiveMethodReturnsNullIsRefusedByLoadNamingTheLocationAndTheMethod() throws IOException {
        Path location = TestPackFolders.pack("acme-untitled").rule(TestRule.metOnPlan("ACME-UNTITLED"))
                .method("title", "return null;").writeUnder(folder);

        InvalidRulePackException refused = catchThrowableOfType(
                () -> RulePacks.load(List.of(location)), InvalidRulePackException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).isEqualTo(location + ": rule pack class acme.acme_untitled.AcmePack: title()"
                + " returned null; RulePack.title() must return a value and must not throw");
    }

    @Test
    void aPackWhoseClassesCannotLinkWhileAppliedIsRefusedByTheCheckNamingTheLocationAndTheClassMissing()
            throws IOException {
        Path location = TestPackFolders.pack("acme-apply").rule(TestRule.metOnPlan("ACME-APPLY"))
                .withClass("Helper", "public class Helper { public static java.util.List<Object> facts() {"
                        + " return java.util.List.of(); } }")
                .withoutClassFile("Helper")
                .member("public java.util.List<Object> facts(org.childplan.model.Plan plan,"
                        + " org.childplan.rules.spi.CheckContext context) { return Helper.facts(); }")
                .writeUnder(folder);
        RulePack pack = RulePacks.load(List.of(location)).get(0);
        PlanChecker checker = PlanChecker.builder().pack(pack).build();

        InvalidRulePackException refused = catchThrowableOfType(
                () -> checker.check(TestPlans.compliant()), InvalidRulePackException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.location()).hasValueSatisfying(where -> assertThat(Path.of(where)).isEqualTo(location));
        assertThat(refused.reason()).isEqualTo("rule pack 'acme-apply': its classes cannot link: the class"
                + " acme.acme_apply.Helper cannot be found (NoClassDefFoundError); is a jar or class it needs missing"
                + " from the pack?");
    }

    @Test
    void aRuleWhoseConsequenceCannotLinkRefusesThePackNamingTheClassMissing() throws IOException {
        Path location = TestPackFolders.pack("acme-rule").rule(new TestRule("Rule ACME-RULE",
                        TestPackFolders.metadata("ACME-RULE"), "org.childplan.model.Plan", "Helper.touch();"))
                .withClass("Helper", "public class Helper { public static void touch() { } }")
                .withoutClassFile("Helper")
                .writeUnder(folder);

        InvalidRulePackException refused = catchThrowableOfType(() -> PlanChecker.builder()
                .pack(RulePacks.load(List.of(location)).get(0)).build().check(TestPlans.compliant()),
                InvalidRulePackException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).startsWith(location + ": ")
                .contains("the class acme.acme_rule.Helper cannot be found (NoClassDefFoundError)");
    }

    @Test
    void aPackWhoseRuleCitesAJavascriptAddressIsRefusedByLoadNamingTheRule() throws IOException {
        java.util.Map<String, String> metadata = TestPackFolders.metadata("ACME-SCRIPT");
        metadata.put("url", "javascript:alert(document.domain)//");
        Path location = TestPackFolders.pack("acme-script")
                .rule(new TestRule("Scripted", metadata, "org.childplan.model.Plan", "")).writeUnder(folder);

        InvalidRulePackException refused = catchThrowableOfType(
                () -> RulePacks.load(List.of(location)), InvalidRulePackException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).isEqualTo(location + ": rule pack 'acme-script', rule \"Scripted\": metadata"
                + " @url(\"javascript:alert(document.domain)//\") is not an http or https address with a host; a rule"
                + " cites its source by one, for example https://www.legislation.gov.uk/...");
    }
}
