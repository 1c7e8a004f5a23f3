package org.childplan.reports;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.ReadLimits;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.validation.InvalidPlanException;
import org.childplan.model.validation.PlanValidator;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RulePacks;
import org.childplan.rules.spi.RulePack;
import org.childplan.rules.Waivers;

/**
 * Checks plan files: reads each, validates it, checks it with the rule pack of its jurisdiction and applies the
 * waivers, turning every way a file can fail into an {@link UncheckedPlan} rather than an exception.
 *
 * <p>By default each plan is judged by its own jurisdiction, by the law in force at the start of its period, with no
 * waivers; the {@code with...} methods return a changed copy. A checker is immutable and thread-safe: one
 * {@link PlanChecker} per jurisdiction is built on first need and shared by every copy and thread.
 *
 * <pre>{@code
 * PlanFileChecker checker = PlanFileChecker.create()
 *         .withAsOf(LocalDate.of(2024, 4, 1))
 *         .withWaivers(Waivers.read(Path.of("waivers.yaml")), LocalDate.now());
 * PlanFileChecker.Outcome outcome = checker.check(Path.of("moray.yaml"));
 * if (outcome instanceof PlanFileChecker.Checked checked) {
 *     System.out.println(checked.report().findings().size());
 * } else if (outcome instanceof PlanFileChecker.NotChecked notChecked) {
 *     System.err.println(notChecked.plan().problems());
 * }
 * CheckResults results = checker.checkAll(List.of(Path.of("moray.yaml"), Path.of("glenardoch.yaml")));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanFileChecker {

    private final Jurisdiction jurisdiction;
    private final LocalDate asOf;
    private final Waivers waivers;
    private final LocalDate today;
    private final boolean requireEvidence;
    private final ConcurrentMap<Jurisdiction, PlanChecker> checkers;
    private final List<RulePack> packs;

    private PlanFileChecker(
            Jurisdiction jurisdiction, LocalDate asOf, Waivers waivers, LocalDate today, boolean requireEvidence,
            ConcurrentMap<Jurisdiction, PlanChecker> checkers) {
        this(jurisdiction, asOf, waivers, today, requireEvidence, checkers, List.of());
    }

    private PlanFileChecker(
            Jurisdiction jurisdiction, LocalDate asOf, Waivers waivers, LocalDate today, boolean requireEvidence,
            ConcurrentMap<Jurisdiction, PlanChecker> checkers, List<RulePack> packs) {
        this.packs = packs;
        this.jurisdiction = jurisdiction;
        this.asOf = asOf;
        this.waivers = waivers;
        this.today = today;
        this.requireEvidence = requireEvidence;
        this.checkers = checkers;
    }

    /** A checker that judges each plan by its own jurisdiction, at the start of its period, with no waivers. */
    public static PlanFileChecker create() {
        return new PlanFileChecker(null, null, Waivers.none(), LocalDate.now(), false, new ConcurrentHashMap<>());
    }

    /** A copy that judges every plan by {@code jurisdiction}, or by each plan's own when it is {@code null}. */
    public PlanFileChecker withJurisdiction(Jurisdiction jurisdiction) {
        return new PlanFileChecker(jurisdiction, asOf, waivers, today, requireEvidence, checkers, packs);
    }

    /** A copy that applies the law in force on {@code asOf}, or at the start of each plan's period when {@code null}. */
    public PlanFileChecker withAsOf(LocalDate asOf) {
        return new PlanFileChecker(jurisdiction, asOf, waivers, today, requireEvidence, checkers, packs);
    }

    /**
     * A copy that applies {@code waivers} to every report, judging their expiry on {@code today}: a waiver whose
     * expiry date is before it has expired.
     */
    public PlanFileChecker withWaivers(Waivers waivers, LocalDate today) {
        return new PlanFileChecker(jurisdiction, asOf, Objects.requireNonNull(waivers, "waivers"),
                Objects.requireNonNull(today, "today"), requireEvidence, checkers, packs);
    }

    /**
     * A copy that, when {@code requireEvidence}, judges every plan as a complete record
     * ({@link ComplianceReport#asCompleteRecord()}): a duty a partial or second-hand record does not evidence then
     * fails at its severity instead of being reported as not shown in the source.
     */
    public PlanFileChecker withEvidenceRequired(boolean requireEvidence) {
        return new PlanFileChecker(jurisdiction, asOf, waivers, today, requireEvidence, checkers, packs);
    }

    /**
     * A copy that applies {@code packs} (those of each plan's jurisdiction), instead of every pack
     * {@link RulePacks#available()} finds: for example the available packs and a council's own, loaded with
     * {@link RulePacks#load(List)}. An empty list restores the available packs.
     *
     * @throws NullPointerException when {@code packs} is or holds {@code null}; the message names the parameter
     * @since 0.1
     */
    public PlanFileChecker withPacks(List<RulePack> packs) {
        Objects.requireNonNull(packs, "packs");
        packs.forEach(pack -> Objects.requireNonNull(pack, "packs holds null"));
        return new PlanFileChecker(jurisdiction, asOf, waivers, today, requireEvidence, new ConcurrentHashMap<>(),
                List.copyOf(packs));
    }

    /** Whether every plan is judged as a complete record ({@code false} by default). */
    public boolean evidenceRequired() {
        return requireEvidence;
    }

    /** The jurisdiction every plan is judged by; empty when each plan is judged by its own. */
    public Optional<Jurisdiction> jurisdiction() {
        return Optional.ofNullable(jurisdiction);
    }

    /** The date whose law applies; empty when it is the start of each plan's period. */
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    /** The waivers applied to every report ({@link Waivers#none()} by default). */
    public Waivers waivers() {
        return waivers;
    }

    /** The date the waivers' expiry is judged on (the system's date by default). */
    public LocalDate today() {
        return today;
    }

    /**
     * Checks the plan in {@code file}: its report with the waivers applied, or why it could not be checked. Never
     * throws for a file that is missing, unreadable, not a plan document, not a well-formed plan or not checkable.
     */
    public Outcome check(Path file) {
        Objects.requireNonNull(file, "file");
        return check(file, file.toString());
    }

    /**
     * Checks the plan in {@code file} as {@link #check(Path)} does, naming it {@code sourceName} in the report, its
     * locations and its problems: for example the file relative to a repository's root, whatever the folder the check
     * runs in.
     *
     * @since 0.1
     */
    public Outcome check(Path file, String sourceName) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sourceName, "sourceName");
        Optional<UncheckedPlan> unreadable = unreadable(file);
        if (unreadable.isPresent()) {
            return new NotChecked(file, new UncheckedPlan(sourceName, unreadable.get().problems()), Reason.UNREADABLE,
                    Optional.empty());
        }
        PlanDocument document;
        try {
            String text = PlanDocuments.readText(file, ReadLimits.defaults());
            document = PlanValidator.create().requireValid(PlanDocuments.read(text, sourceName));
        } catch (PlanReadException e) {
            Reason reason = e instanceof InvalidPlanException ? Reason.NOT_WELL_FORMED : Reason.NOT_READ;
            return new NotChecked(file, UncheckedPlan.of(e), reason, Optional.of(e));
        }
        // A valid plan states its jurisdiction (the validator requires it); the one configured overrides it.
        Jurisdiction applied = jurisdiction != null ? jurisdiction : document.plan().jurisdiction();
        try {
            ComplianceReport report = checkers.computeIfAbsent(applied, this::checkerFor)
                    .check(document, asOf);
            return new Checked(file, (requireEvidence ? report.asCompleteRecord() : report).withWaivers(waivers, today));
        } catch (IllegalArgumentException e) {
            // The engine says which pack is missing, or that the plan has no period to take the date from.
            return new NotChecked(file, new UncheckedPlan(sourceName,
                    List.of(new UncheckedPlan.Problem(e.getMessage(), null, null))), Reason.NOT_CHECKABLE,
                    Optional.empty());
        }
    }

    private PlanChecker checkerFor(Jurisdiction applied) {
        if (packs.isEmpty()) {
            return PlanChecker.forJurisdiction(applied);
        }
        PlanChecker.Builder builder = PlanChecker.builder().jurisdiction(applied);
        packs.forEach(builder::pack);
        return builder.build();
    }

    /**
     * Checks {@code files} in order: a report for each that was checked, the others as unchecked, each in order.
     *
     * @throws NullPointerException when {@code files} is or holds {@code null}; the message names the parameter
     */
    public CheckResults checkAll(List<Path> files) {
        Objects.requireNonNull(files, "files");
        files.forEach(file -> Objects.requireNonNull(file, "files holds null"));
        List<ComplianceReport> reports = new ArrayList<>();
        List<UncheckedPlan> unchecked = new ArrayList<>();
        for (Path file : files) {
            Outcome outcome = check(file);
            if (outcome instanceof Checked checked) {
                reports.add(checked.report());
            } else if (outcome instanceof NotChecked notChecked) {
                unchecked.add(notChecked.plan());
            }
        }
        return new CheckResults(reports, unchecked);
    }

    /**
     * Why {@code file} cannot be read as a file, before its content is judged: it does not exist, is a directory or
     * may not be read; empty when it can be read.
     */
    public static Optional<UncheckedPlan> unreadable(Path file) {
        if (!Files.exists(file)) {
            return Optional.of(unreadable(file, Files.isSymbolicLink(file) ? linkNotFollowed(file) : "no such file"));
        }
        if (Files.isDirectory(file)) {
            return Optional.of(unreadable(file, "is a directory; name the plan files in it (.yaml, .yml or .json)"));
        }
        if (!Files.isReadable(file)) {
            return Optional.of(unreadable(file, "cannot be read (permission denied)"));
        }
        return Optional.empty();
    }

    /** Why the symbolic link {@code link}, which leads to no file, cannot be followed: a loop, or a missing target. */
    private static String linkNotFollowed(Path link) {
        String target;
        try {
            target = String.valueOf(Files.readSymbolicLink(link));
        } catch (IOException | RuntimeException e) {
            target = "?";
        }
        try {
            link.toRealPath();
            return "no such file";
        } catch (NoSuchFileException e) {
            return "is a symbolic link to " + target + ", which does not exist";
        } catch (AccessDeniedException e) {
            return "is a symbolic link to " + target + ", which cannot be reached (permission denied)";
        } catch (FileSystemException e) {
            String reason = String.valueOf(e.getReason());
            return reason.toLowerCase(java.util.Locale.ROOT).contains("symbolic link")
                    ? "is a symbolic link that loops (to " + target + ", and from there back to a link already"
                            + " followed): it leads to no file"
                    : "is a symbolic link to " + target + ", which cannot be followed (" + reason + ")";
        } catch (IOException | RuntimeException e) {
            return "is a symbolic link to " + target + ", which cannot be followed";
        }
    }

    private static UncheckedPlan unreadable(Path file, String problem) {
        return new UncheckedPlan(file.toString(), List.of(new UncheckedPlan.Problem(problem, null, null)));
    }

    /**
     * What checking one file gave: {@link Checked} or {@link NotChecked}.
     *
     * <pre>{@code
     * if (checker.check(file) instanceof PlanFileChecker.Checked checked) {
     *     render(checked.report());
     * }
     * }</pre>
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public sealed interface Outcome permits Checked, NotChecked {

        /** The file that was checked, as it was given. */
        Path file();
    }

    /**
     * A plan file that was checked.
     *
     * <pre>{@code
     * Verdict verdict = checked.report().verdict(FailLevel.ERROR);
     * }</pre>
     *
     * @param file the file, as it was given
     * @param report its report, with the waivers applied
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Checked(Path file, ComplianceReport report) implements Outcome {

        /** Checks that both parts are given. */
        public Checked {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * A file that could not be checked, as reports show it, and why.
     *
     * <pre>{@code
     * notChecked.cause().ifPresent(e -> System.err.println(e.getMessage())); // file:7:1: /colour: ...
     * }</pre>
     *
     * @param file the file, as it was given
     * @param plan the document as reports show it, with every problem found
     * @param reason the stage at which checking stopped
     * @param cause the exception that stopped reading or validation, for callers that show it in full; empty for
     *     {@link Reason#UNREADABLE} and {@link Reason#NOT_CHECKABLE}
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record NotChecked(Path file, UncheckedPlan plan, Reason reason, Optional<PlanReadException> cause)
            implements Outcome {

        /** Checks that every part is given. */
        public NotChecked {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(cause, "cause");
        }
    }

    /**
     * The stage at which a file could not be checked.
     *
     * <pre>{@code
     * if (notChecked.reason() == PlanFileChecker.Reason.UNREADABLE) { ... }
     * }</pre>
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Reason {
        /** The file does not exist, is a directory or may not be read. */
        UNREADABLE,
        /** The file is not a plan document: not YAML or JSON, or not of the plan's shape; the cause says where. */
        NOT_READ,
        /** The document is a plan but not a well-formed one; the cause is an {@link InvalidPlanException}. */
        NOT_WELL_FORMED,
        /** The engine could not check it: no rule pack for its jurisdiction, or no date whose law applies. */
        NOT_CHECKABLE
    }
}
