package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.childplan.rules.TestPackFolders;
import org.childplan.rules.TestPackFolders.TestRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code --pack} whose classes cannot link, or that says nothing usable of itself, exits with 5 naming the location
 * and what is wrong, never with a JVM trace; an error of the JVM (out of memory) is an internal error, exit code 3,
 * in one line.
 */
class UnlinkablePackCommandTests {

    @TempDir
    static Path folder;

    private static Path plan;

    @BeforeAll
    static void plan() throws IOException {
        plan = FaultyPackCommandTests.minimalPlan(folder);
    }

    @Test
    void aPackWhoseClassCannotLinkExitsWith5NamingTheLocationAndTheClassMissingInCheckAndRules() throws IOException {
        Path pack = TestPackFolders.pack("acme-link").rule(TestRule.metOnPlan("ACME-LINK"))
                .withClass("Base", "public abstract class Base {}").extending("Base").withoutClassFile("Base")
                .writeUnder(folder);

        FaultyPackCommandTests.assertRefused(CliRun.of("check", "--pack", pack.toString(), plan.toString()), pack,
                "the class acme.acme_link.Base cannot be found (NoClassDefFoundError)");
        FaultyPackCommandTests.assertRefused(CliRun.of("rules", "--pack", pack.toString()), pack,
                "the class acme.acme_link.Base cannot be found (NoClassDefFoundError)");
    }

    @Test
    void aPackWhoseClassesCannotLinkWhileAppliedExitsWith5NamingTheLocationAndTheClassMissing() throws IOException {
        Path pack = TestPackFolders.pack("acme-apply").rule(TestRule.metOnPlan("ACME-APPLY"))
                .withClass("Helper", "public class Helper { public static java.util.List<Object> facts() {"
                        + " return java.util.List.of(); } }")
                .withoutClassFile("Helper")
                .member("public java.util.List<Object> facts(org.childplan.model.Plan plan,"
                        + " org.childplan.rules.spi.CheckContext context) { return Helper.facts(); }")
                .writeUnder(folder);

        CliRun run = CliRun.of("check", "--pack", pack.toString(), plan.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_PACK.code());
        assertThat(run.err()).contains(pack.toString(),
                        "the class acme.acme_apply.Helper cannot be found (NoClassDefFoundError)")
                .doesNotContain("\tat ", "Exception in thread", "internal error");
    }

    @Test
    void aPackWhoseTitleIsNullExitsWith5NamingTheMethodInCheckAndRules() throws IOException {
        Path pack = TestPackFolders.pack("acme-untitled").rule(TestRule.metOnPlan("ACME-UNTITLED"))
                .method("title", "return null;").writeUnder(folder);

        FaultyPackCommandTests.assertRefused(CliRun.of("check", "--pack", pack.toString(), plan.toString()), pack,
                "rule pack class acme.acme_untitled.AcmePack: title() returned null");
        FaultyPackCommandTests.assertRefused(CliRun.of("rules", "--pack", pack.toString()), pack,
                "rule pack class acme.acme_untitled.AcmePack: title() returned null");
    }

    @Test
    void aPackWhoseJurisdictionThrowsExitsWith5NamingTheMethodAndWhatItThrew() throws IOException {
        Path pack = TestPackFolders.pack("acme-nowhere").rule(TestRule.metOnPlan("ACME-NOWHERE"))
                .method("jurisdiction", "throw new IllegalStateException(\"no licence file\");").writeUnder(folder);

        FaultyPackCommandTests.assertRefused(CliRun.of("check", "--pack", pack.toString(), plan.toString()), pack,
                "jurisdiction() threw java.lang.IllegalStateException: no licence file");
    }

    @Test
    void aPackWhoseIdIsNotAShortLowerCaseIdExitsWith5AndItsIdIsShownEscaped() throws IOException {
        Path pack = TestPackFolders.pack("acme-badid").rule(TestRule.metOnPlan("ACME-BADID"))
                .method("id", "return \"Glen More!\\u001b[31m\";").writeUnder(folder);

        CliRun run = CliRun.of("rules", "--pack", pack.toString());

        FaultyPackCommandTests.assertRefused(run, pack, "id() returned 'Glen More!\\u001b[31m'; a pack's id must be a short lower-case id");
        assertThat(run.err()).doesNotContain("\u001b");
    }

    @Test
    void rulesPrintsWhatAPackSaysOfItselfEscapedAsCheckDoes() throws IOException {
        Path pack = TestPackFolders.pack("acme-steer").rule(TestRule.metOnPlan("ACME-STEER"))
                .method("title", "return \"Acme\\u001b[31m Framework\";")
                .method("version", "return \"1\\r::error::\";")
                .writeUnder(folder);

        CliRun run = CliRun.of("rules", "--pack", pack.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASSED.code());
        assertThat(run.out()).contains("Acme\\u001b[31m Framework (acme-steer 1\\r::error::, SCOTLAND)")
                .doesNotContain("\u001b", "\r");
    }

    @Test
    void anErrorOfTheJvmWhileCheckingIsAnInternalErrorInOneLineWithoutTheJvmsTrace() throws IOException {
        Path pack = TestPackFolders.pack("acme-memory").rule(TestRule.metOnPlan("ACME-MEMORY"))
                .member("public java.util.List<Object> facts(org.childplan.model.Plan plan,"
                        + " org.childplan.rules.spi.CheckContext context) {"
                        + " throw new OutOfMemoryError(\"Java heap space\"); }")
                .writeUnder(folder);

        CliRun run = CliRun.of("check", "--pack", pack.toString(), plan.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INTERNAL_ERROR.code());
        assertThat(run.err()).isEqualTo("childplan: internal error, please report it with the command that caused it:"
                + " java.lang.OutOfMemoryError: Java heap space (the JVM ran out of memory; JAVA_TOOL_OPTIONS=-Xmx2g"
                + " gives it more)" + System.lineSeparator());
    }
}
