package dev.techkg.index;

import dev.techkg.index.GraphIndex.Statement;
import dev.techkg.rdf.IriMinter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One fact, a (subject, relation, object), with every statement of it newest first (by day, undated last,
 * then by article), the number of distinct articles that state it and its best confidence. Both ends' fact
 * lists hold the same object, and graph views tell facts apart by identity: hence a class, as a record's
 * equals would compare the statement lists.
 */
public final class Fact {
    /** By subject, relation name and object, as the text "subject relation object" sorts. */
    public static final Comparator<Fact> BY_KEY = Comparator.comparing(Fact::subject).thenComparing(Fact::relationName)
            .thenComparing(Fact::object);
    /** The order of graph views: most articles, best confidence, then {@link #BY_KEY}. */
    static final Comparator<Fact> STRONGEST_FIRST = Comparator.comparingInt((Fact f) -> -f.articles)
            .thenComparingDouble(f -> -f.confidence).thenComparing(BY_KEY);
    /** Newest first: by day (undated last), then by article, so one article's statements are next to each other. */
    static final Comparator<Statement> NEWEST_FIRST = Comparator.comparing(Statement::day,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Statement::article);
    /** A day that is null or shorter than yyyy-mm-dd, so within no dates. */
    static final int UNDATED = -1;
    /** A day that does not start with an ISO date of four-digit year: compared as text. */
    static final int IRREGULAR = -2;

    private final String subject;
    private final String relation;
    private final String relationName;
    private final String object;
    private final List<Statement> statements;
    private final int articles;
    private final double confidence;
    /** The day of its oldest dated statement, as stored; null when no statement is dated. */
    private final String firstReported;
    /** The index of its first undated statement (they come last): the size when all are dated. */
    private final int datedEnd;
    /** Whether a dated statement has a day shorter than yyyy-mm-dd, which no "as of" view counts. */
    private final boolean shortDays;
    /** The number of distinct known outlets of its statements. */
    private final int outlets;
    // Per statement, in the order of the list, for views filtered by date: a hub's neighbours have tens of
    // thousands of statements, and reading these arrays is quicker than following each statement and its day.
    private final int[] dayNumbers;
    private final double[] confidences;
    private final boolean[] firstOfArticle;

    private Fact(List<Statement> newestFirst) {
        Statement first = newestFirst.get(0);
        this.subject = first.subject();
        this.relation = first.relation();
        this.relationName = IriMinter.localName(relation);
        this.object = first.object();
        this.statements = newestFirst;
        int distinct = 0;
        double best = 0;
        String last = null;
        dayNumbers = new int[newestFirst.size()];
        confidences = new double[newestFirst.size()];
        firstOfArticle = new boolean[newestFirst.size()];
        for (int i = 0; i < newestFirst.size(); i++) {
            Statement s = newestFirst.get(i);
            if (!s.article().equals(last)) {
                distinct++;
                last = s.article();
                firstOfArticle[i] = true;
            }
            best = Math.max(best, s.confidence());
            dayNumbers[i] = dayNumber(s.day());
            confidences[i] = s.confidence();
        }
        this.articles = distinct;
        this.confidence = best;
        // Newest first, undated last: the first report is the last dated statement.
        int end = newestFirst.size();
        while (end > 0 && newestFirst.get(end - 1).day() == null) {
            end--;
        }
        this.datedEnd = end;
        this.firstReported = end == 0 ? null : newestFirst.get(end - 1).day();
        boolean shorter = false;
        for (int i = 0; i < end; i++) {
            shorter |= newestFirst.get(i).day().length() < 10;
        }
        this.shortDays = shorter;
        this.outlets = outlets(newestFirst);
    }

    /** Distinct non-null hosts; most facts have a statement or two, so a set is made only for longer lists. */
    private static int outlets(List<Statement> statements) {
        if (statements.size() > 8) {
            Set<String> hosts = new HashSet<>();
            statements.forEach(s -> {
                if (s.host() != null) {
                    hosts.add(s.host());
                }
            });
            return hosts.size();
        }
        int distinct = 0;
        for (int i = 0; i < statements.size(); i++) {
            String host = statements.get(i).host();
            boolean seen = host == null;
            for (int j = 0; j < i && !seen; j++) {
                seen = host.equals(statements.get(j).host());
            }
            distinct += seen ? 0 : 1;
        }
        return distinct;
    }

    /**
     * Its statements from articles published on or before the day ({@code asOf}, yyyy-mm-dd: their days' first ten
     * characters are not after it), newest first; undated ones and days shorter than a date left out. A range of
     * {@link #statements()} found by binary search (the days are sorted, and cutting them to ten characters keeps
     * that order), not copied unless a short day must be left out: a hub's page as of a day asks this of thousands.
     */
    public List<Statement> reportedBy(String asOf) {
        int low = 0;
        int high = datedEnd;
        while (low < high) { // the first statement whose day, cut to ten characters, is not after asOf
            int mid = (low + high) >>> 1;
            if (compareCut(statements.get(mid).day(), asOf) > 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<Statement> range = statements.subList(low, datedEnd);
        return shortDays ? range.stream().filter(s -> s.day().length() >= 10).toList() : range;
    }

    /** As {@code day.substring(0, min(10, length)).compareTo(other)}, without the copy. */
    private static int compareCut(String day, String other) {
        int n = Math.min(10, day.length());
        for (int i = 0; i < Math.min(n, other.length()); i++) {
            int diff = day.charAt(i) - other.charAt(i);
            if (diff != 0) {
                return diff;
            }
        }
        return n - other.length();
    }

    /** The day (yyyy-mm-dd, perhaps followed by more) as the number yyyymmdd, which sorts as the text does. */
    static int dayNumber(String day) {
        if (day == null || day.length() < 10) {
            return UNDATED;
        }
        int number = 0;
        for (int i = 0; i < 10; i++) {
            char c = day.charAt(i);
            if (i == 4 || i == 7) {
                if (c != '-') {
                    return IRREGULAR;
                }
            } else if (c >= '0' && c <= '9') {
                number = number * 10 + (c - '0');
            } else {
                return IRREGULAR;
            }
        }
        return number;
    }

    /**
     * The support of the fact within the dates: the distinct articles of its statements whose day (the first ten
     * characters) lies within them, and their best confidence (0 when none); null when no statement does.
     */
    public Support within(Dates dates) {
        int count = 0;
        double best = 0;
        for (int i = 0; i < dayNumbers.length; i++) {
            int day = dayNumbers[i];
            boolean inside = dates.asText() || day == IRREGULAR ? withinAsText(statements.get(i).day(), dates.since(), dates.until())
                    : day >= dates.from() && day <= dates.to();
            if (inside) {
                // One article's statements are next to each other and share its day: count it at its first.
                count += firstOfArticle[i] ? 1 : 0;
                best = Math.max(best, confidences[i]);
            }
        }
        return count == 0 ? null : new Support(count, best);
    }

    /**
     * Bounds of days, inclusive: {@code since} and {@code until} as yyyy-mm-dd (null for no bound), and as numbers
     * ({@link #dayNumber}); {@code asText} when a bound is no such date, so days are compared as text.
     */
    public record Dates(String since, String until, int from, int to, boolean asText) {
        public static Dates between(String since, String until) {
            int from = since == null ? 0 : dayNumber(since);
            int to = until == null ? Integer.MAX_VALUE : dayNumber(until);
            return new Dates(since, until, from, to, from < 0 || to < 0);
        }
    }

    /** Whether the day's first ten characters lie within the bounds, compared as text (ISO dates sort so). */
    private static boolean withinAsText(String day, String since, String until) {
        if (day == null || day.length() < 10) {
            return false;
        }
        String date = day.substring(0, 10);
        return (since == null || date.compareTo(since) >= 0) && (until == null || date.compareTo(until) <= 0);
    }

    /**
     * When and how often it was reported, by its reports on or before {@code asOf} (yyyy-mm-dd; null for all).
     * Computed on each call, from its statements: a page asks for the few facts it shows.
     */
    public Timeline timeline(String asOf) {
        return Timeline.of(asOf == null ? statements : reportedBy(asOf), null);
    }

    /** How many distinct articles support a fact, and their best confidence. */
    public record Support(int articles, double confidence) {}

    /** The fact of these statements (of one subject, relation and object), or null when there are none. */
    static Fact of(List<Statement> statements) {
        if (statements.isEmpty()) {
            return null;
        }
        List<Statement> sorted = new ArrayList<>(statements);
        sorted.sort(NEWEST_FIRST);
        return new Fact(List.copyOf(sorted));
    }

    public String subject() {
        return subject;
    }

    /** The relation's IRI. */
    public String relation() {
        return relation;
    }

    /** The relation's local name, e.g. competesWith. */
    public String relationName() {
        return relationName;
    }

    public String object() {
        return object;
    }

    /** Its statements, newest first (by day, undated last, then by article). */
    public List<Statement> statements() {
        return statements;
    }

    /** The number of distinct articles stating it. */
    public int articles() {
        return articles;
    }

    /**
     * The day of its first report: its oldest dated statement's day as stored (the least as text, which for ISO
     * dates is the earliest), null when no statement is dated. The index keeps facts in this order ({@link FirstReports}).
     */
    public String firstReported() {
        return firstReported;
    }

    /**
     * The number of distinct outlets (hosts of the source URLs) among its statements, unknown ones not counted:
     * kept so that a query for facts of at least N outlets skips the others without counting per request.
     */
    public int outlets() {
        return outlets;
    }

    /** The best confidence of its statements. */
    public double confidence() {
        return confidence;
    }

    @Override
    public String toString() {
        return "Fact[" + subject + " " + relationName + " " + object + ", " + articles + " articles]";
    }
}
