package org.childplan.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.validation.InvalidPlanException;
import org.childplan.model.validation.PlanViolation;
import org.childplan.reports.PlanFileChecker;

/**
 * What a command prints on standard error for a file it could not check or score, line by line.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class NotCheckedProblems {

    private NotCheckedProblems() {
    }

    /**
     * The file's problem, line by line, as {@code childplan validate} prints it: its located read error, or each
     * violation of a plan that is not well formed, then a line saying the file was not {@code done} ("checked",
     * "scored").
     *
     * @param why what to say of a well-formed plan the command cannot judge (no pack for its jurisdiction, no date),
     *     when the command knows better than the checker's own message
     */
    public static List<String> of(PlanFileChecker.NotChecked notChecked, String done, Function<Path, Optional<String>> why) {
        Path file = notChecked.file();
        String first = notChecked.plan().problems().get(0).message();
        return switch (notChecked.reason()) {
            case UNREADABLE -> List.of(file + ": " + first);
            case NOT_READ -> List.of(notChecked.cause().map(PlanReadException::getMessage).orElse(file + ": " + first));
            case NOT_WELL_FORMED -> {
                List<String> lines = new ArrayList<>();
                notChecked.cause()
                        .filter(InvalidPlanException.class::isInstance)
                        .ifPresent(cause -> ((InvalidPlanException) cause).violations().stream()
                                .map(PlanViolation::toString)
                                .forEach(lines::add));
                lines.add(file + ": not " + done + ": the plan is not well formed");
                yield lines;
            }
            case NOT_CHECKABLE -> List.of(file + ": not " + done + ": " + why.apply(file).orElse(first));
        };
    }
}
