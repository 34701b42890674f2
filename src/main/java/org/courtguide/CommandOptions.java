package org.courtguide;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of one of the jar's commands ({@code eval}, {@code eval-api}, {@code bench}): {@code --name value} pairs
 * and {@code --flag}s. Every mistake is an {@link IllegalArgumentException} that names the option and ends with the
 * command's usage line, which {@link CourtGuideMain} prints instead of a stack trace.
 */
public final class CommandOptions {

    private final Map<String, String> values;
    private final Set<String> flags;
    private final String usage;

    private CommandOptions(Map<String, String> values, Set<String> flags, String usage) {
        this.values = values;
        this.flags = flags;
        this.usage = usage;
    }

    /**
     * @param valueOptions options that take a value
     * @param flagOptions options that stand alone
     * @param required value options that must be given
     */
    public static CommandOptions parse(
            String[] args, Set<String> valueOptions, Set<String> flagOptions, Set<String> required, String usage) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (flagOptions.contains(option)) {
                flags.add(option);
            } else if (valueOptions.contains(option)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value; " + usage);
                }
                values.put(option, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option " + option + "; " + usage);
            }
        }
        if (!values.keySet().containsAll(required)) {
            throw new IllegalArgumentException(usage);
        }
        return new CommandOptions(values, flags, usage);
    }

    public Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    /** A required option's value (checked by {@link #parse}). */
    public String required(String option) {
        return value(option).orElseThrow(() -> new IllegalArgumentException(usage));
    }

    public boolean flag(String option) {
        return flags.contains(option);
    }

    /** A whole number of at most nine digits, or {@code fallback} when the option is absent. */
    public int wholeNumber(String option, int fallback) {
        String value = values.get(option);
        if (value == null) {
            return fallback;
        }
        if (!value.matches("\\d{1,9}")) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + value + "; " + usage);
        }
        return Integer.parseInt(value);
    }

    /** Refuses a value outside what the command can use, naming the option. */
    public IllegalArgumentException invalid(String option, String what) {
        return new IllegalArgumentException(option + " " + what + "; " + usage);
    }
}
