package dev.techkg.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates found in an article's URL or in the dateline that opens its text. Both are weaker than a date
 * the page or header states, so parsers look here only when those gave none. Thread-safe (stateless).
 */
final class PublicationDates {
    /** A publication date and where it came from. */
    record Found(LocalDate date, DateSource source) {}

    /** {@code /2025/03/04/}, {@code /2025/3/4/}, {@code /2025-03-04/} or {@code /20250304/}, as news sites put them in paths. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)(?:/(\\d{1,2})/(\\d{1,2})|-(\\d\\d)-(\\d\\d)|(\\d\\d)(\\d\\d))(?=[/_.-]|$)");
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /**
     * A place in capitals (perhaps with a region: "REDMOND, Wash.,"), then "Month D[, YYYY]" or "D Month[ YYYY]", an
     * optional agency in brackets, and a dash or colon: "SAN FRANCISCO, March 3 (Reuters) –".
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s+\\p{Lu}[\\p{L}.]{1,20}(?:\\s\\p{Lu}[\\p{L}.]{1,20})?)?,?\\s+"
            + "(?:" + MONTH + "\\s+(\\d{1,2})(?:,?\\s+((?:19|20)\\d\\d))?|(\\d{1,2})\\s+" + MONTH + "(?:,?\\s+((?:19|20)\\d\\d))?)"
            + "\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?[-–—:]");

    private PublicationDates() {}

    /** The date in the URL's path, or null (also for a source that is no http(s) URL). */
    static Found fromUrl(String source) {
        if (source == null || !source.regionMatches(true, 0, "http", 0, 4)) {
            return null;
        }
        String path = source.replaceFirst("(?i)^https?://[^/]*", "").replaceFirst("[?#].*$", "");
        Matcher m = URL_DATE.matcher(path);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            String month = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(6);
            String day = m.group(3) != null ? m.group(3) : m.group(5) != null ? m.group(5) : m.group(7);
            LocalDate date = date(year, Integer.parseInt(month), Integer.parseInt(day));
            if (date != null) {
                return new Found(date, DateSource.URL);
            }
        }
        return null;
    }

    /**
     * The date of a dateline at the very start of the text, or null. A dateline without a year gets the year that
     * puts it on or before {@code today} (wire services omit the year of a current story).
     */
    static Found fromDateline(String text, LocalDate today) {
        String start = text.length() > 160 ? text.substring(0, 160) : text;
        Matcher m = DATELINE.matcher(start);
        if (!m.find()) {
            return null;
        }
        boolean monthFirst = m.group(1) != null;
        Month month = month(monthFirst ? m.group(1) : m.group(5));
        int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
        String year = monthFirst ? m.group(3) : m.group(6);
        if (year != null) {
            LocalDate date = date(Integer.parseInt(year), month.getValue(), day);
            return date == null ? null : new Found(date, DateSource.DATELINE);
        }
        for (int y = today.getYear(); y >= today.getYear() - 1; y--) {
            LocalDate date = date(y, month.getValue(), day);
            if (date != null && !date.isAfter(today)) {
                return new Found(date, DateSource.DATELINE_NO_YEAR);
            }
        }
        return null;
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalStateException("The month pattern matched '" + name + "'");
    }

    /** The day, or null when there is no such day (a path segment like /2024/99/01/ is no date). */
    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
