package org.childplan.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The exit codes of the {@code childplan} command, in one place so that scripts and CI can rely on them.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ExitCode {

    /** Every plan passed: no finding at or over the fail level, or every file is well formed. */
    PASSED(0, "Passed: every file is well formed and no finding is at or over the fail level."),

    /** At least one plan has a finding at or over the fail level. */
    FINDINGS(1, "Failed: a plan has a finding at or over the fail level."),

    /** A file could not be read or is not a well-formed plan, or the command line was wrong. */
    BAD_INPUT(2, "Bad input or usage: a file is missing, unreadable or not a well-formed plan, or an option is wrong."),

    /** childplan itself failed; the message says what to report. */
    INTERNAL_ERROR(3, "Internal error in childplan (please report it with the command that caused it)."),

    /** A report could not be written: standard output failed (a full disk, a closed pipe) or a report file did. */
    REPORT_NOT_WRITTEN(4, "Could not write a report: standard output or a report file could not be written (full"
            + " disk, closed pipe, no permission); the message says which."),

    /**
     * A rule pack cannot be used: a {@code --pack} location is missing, not a jar or a folder, or holding no pack, or a
     * pack has no rules, a rule with missing or wrong metadata, or two rules of one id; or a rule of a {@code --pack}
     * pack failed while applied (a built-in rule that fails is an {@link #INTERNAL_ERROR}).
     */
    BAD_PACK(5, "Bad rule pack: a --pack location is missing, is not a jar or a folder, or holds no rule pack, or a"
            + " pack cannot be used (no rules, a rule's metadata missing or wrong, two rules of one id), or a rule of a"
            + " --pack pack failed while applied; the message names its location or the rule, and the reason."),

    /** The file 'childplan init' was asked to write exists already; it is left as it was. */
    FILE_EXISTS(6, "Not written: the file 'childplan init --output' names exists already, and childplan does not"
            + " overwrite it.");

    private final int code;
    private final String description;

    ExitCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The number the process exits with. */
    public int code() {
        return code;
    }

    /** What the code means, as listed in {@code --help}. */
    public String description() {
        return description;
    }

    /**
     * The worse of this code and {@code other}: an internal error outranks a report not written, which outranks a bad
     * pack, which outranks a file not overwritten, which outranks bad input, which outranks findings, which outrank a
     * pass.
     */
    public ExitCode worse(ExitCode other) {
        return rank() >= other.rank() ? this : other;
    }

    private int rank() {
        return switch (this) {
            case PASSED -> 0;
            case FINDINGS -> 1;
            case BAD_INPUT -> 2;
            case FILE_EXISTS -> 3;
            case BAD_PACK -> 4;
            case REPORT_NOT_WRITTEN -> 5;
            case INTERNAL_ERROR -> 6;
        };
    }

    /** The codes as picocli lists them under "Exit codes" in {@code --help}: code to description, in order. */
    static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode exitCode : values()) {
            list.put(Integer.toString(exitCode.code), exitCode.description);
        }
        return list;
    }
}
