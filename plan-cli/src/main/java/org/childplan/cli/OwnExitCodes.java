package org.childplan.cli;

import java.util.Map;

/**
 * A command whose exit codes are not all of {@link ExitCode}'s, or not in their general words: {@code --help} lists
 * these instead.
 */
interface OwnExitCodes {

    /** The codes the command exits with, code to description, in order, as {@code --help} lists them. */
    Map<String, String> exitCodes();
}
