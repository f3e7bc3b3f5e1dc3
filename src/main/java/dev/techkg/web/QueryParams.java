package dev.techkg.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Typed reading of optional query parameters, with the same 400 for a bad value everywhere. */
final class QueryParams {
    private QueryParams() {
    }

    /** The day given as {@code ?name=YYYY-MM-DD}, or null when absent or blank; a 400 naming the parameter otherwise. */
    static LocalDate day(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest("'" + name + "' must be a date like 2025-01-31", "Got '" + value + "'");
        }
    }
}
