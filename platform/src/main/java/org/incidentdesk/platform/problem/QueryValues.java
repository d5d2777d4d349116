package org.incidentdesk.platform.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads query parameters that JAX-RS would otherwise convert itself: a value it cannot convert becomes a 404
 * there, where the client deserves a 400 naming the parameter and the values it takes.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** The constant named by {@code value} (any case), null when absent, else a 400 naming {@code parameter}. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.invalid("Unknown " + parameter + " '" + value + "'",
                    new Problem.FieldViolation(parameter, "must be one of " + allowed));
        }
    }
}
