package org.childplan.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.childplan.cli.ExitCode;
import org.childplan.reports.SafeText;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.RuleError;
import org.childplan.rules.RulePacks;
import org.childplan.rules.spi.RulePack;

/**
 * Reports the rules that failed while a plan was checked, and the exit code they call for: {@code 5} for a rule of a
 * pack given with {@code --pack} (its author's to fix), {@code 3} for a built-in rule (childplan's).
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RuleErrors {

    private RuleErrors() {
    }

    /**
     * Prints to {@code err} each rule of {@code report} that failed, naming {@code file}; returns the exit code the
     * failures call for, {@link ExitCode#PASSED} when no rule failed.
     */
    public static ExitCode report(Path file, ComplianceReport report, PrintWriter err) {
        if (report.ruleErrors().isEmpty()) {
            return ExitCode.PASSED;
        }
        Set<String> builtIn = RulePacks.available().stream().map(RulePack::id).collect(Collectors.toSet());
        ExitCode exitCode = ExitCode.PASSED;
        for (RuleError error : report.ruleErrors()) {
            boolean ours = builtIn.contains(error.rule().pack());
            err.println(SafeText.forDisplay(file + ": " + error.describe() + (ours
                    ? " (an internal error in childplan: please report it with the command that caused it)"
                    : "; the other rules were applied, and this rule's pack must be fixed")));
            exitCode = exitCode.worse(ours ? ExitCode.INTERNAL_ERROR : ExitCode.BAD_PACK);
        }
        return exitCode;
    }
}
