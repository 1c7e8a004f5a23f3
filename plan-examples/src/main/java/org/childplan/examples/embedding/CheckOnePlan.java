package org.childplan.examples.embedding;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;

/**
 * Checks one plan file and prints its findings: the smallest useful embedding of childplan.
 *
 * <p>Run with {@code java ... org.childplan.examples.embedding.CheckOnePlan plans/moray.yaml}; the exit status is
 * 0 when the plan has no error, 1 when it has.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CheckOnePlan {

    private CheckOnePlan() {
    }

    /** Checks the plan in {@code args[0]} by the law of its own jurisdiction at the start of its period. */
    public static void main(String[] args) throws Exception {
        System.exit(check(Path.of(args[0]), System.out));
    }

    /**
     * Checks the plan in {@code file}, printing one line per finding to {@code out}.
     *
     * @return 0 when the plan has no error, 1 when it has
     * @throws PlanReadException when the file is not a well-formed plan
     */
    public static int check(Path file, PrintStream out) throws PlanReadException {
        PlanDocument document = PlanDocuments.read(file);
        PlanChecker checker = PlanChecker.forJurisdiction(document.plan().jurisdiction());
        ComplianceReport report = checker.check(document);
        report.findings().forEach(finding -> out.printf(Locale.ROOT, "%s %s %s %s: %s (%s)%n",
                finding.location().map(Object::toString).orElse(report.source()),
                finding.severity(), finding.outcome().words(), finding.ruleId(), finding.message(),
                finding.citation()));
        return report.passes() ? 0 : 1;
    }
}
