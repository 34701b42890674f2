package org.courtguide;

/**
 * A command's input file that cannot be used: missing, unreadable, or a line that is not the JSON it should be. The
 * message is one sentence naming the file and the line, printed instead of a stack trace (see {@link #exit}).
 */
public class InputFileException extends IllegalArgumentException {

    /** The exit code of a command stopped by bad input, as for a mistyped option. */
    public static final int EXIT_CODE = 2;

    public InputFileException(String message) {
        super(message);
    }

    /** Prints the one-sentence reason on standard error and returns the exit code. */
    public int exit(String command) {
        System.err.println("court-guide: " + command + " stopped: " + getMessage());
        return EXIT_CODE;
    }
}
