package dev.techkg.index;

import dev.techkg.index.GraphIndex.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When and how often one fact was reported. A <em>report</em> is an article, but copies count once: the same text
 * is one article already (its IRI is the hash of its text), and near-copies (one {@code copyKey}: syndicated text
 * under another first line) from one outlet are one report. Articles of an unknown outlet (a file, pasted text) are
 * taken as one outlet for this, and counted apart, as undated ones are.
 *
 * @param firstReported   the earliest publication day of a report (yyyy-mm-dd), null when none is dated
 * @param lastReported    the latest publication day of a report, null when none is dated
 * @param articleCount    reports: distinct articles, near-copies from one outlet once
 * @param sourceCount     distinct outlets (hosts of the source URLs) among them
 * @param undatedCount    reports without a publication date (in {@code articleCount}, not in the days)
 * @param unknownSourceCount reports whose outlet is unknown (in {@code articleCount}, not in {@code sourceCount})
 * @param reports         one article per report, oldest first (undated last), with the copies it stands for
 */
public record Timeline(String firstReported, String lastReported, int articleCount, int sourceCount, int undatedCount,
                       int unknownSourceCount, List<Report> reports) {
    /**
     * One report: the article standing for it (the earliest of its near-copies), its day (null when undated), its
     * outlet (null when unknown) and every article of it (the article itself first).
     */
    public record Report(String article, String day, String host, List<String> copies) {}

    /** Oldest first, undated last, then by article. */
    private static final Comparator<Report> OLDEST_FIRST = Comparator.comparing(Report::day, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Report::article);

    /**
     * The timeline of these statements (of one fact), only those reported on or before {@code asOf} (yyyy-mm-dd,
     * undated ones left out: nothing says they were) when it is not null.
     */
    public static Timeline of(List<Statement> statements, String asOf) {
        Map<String, Statement> byArticle = new HashMap<>();
        for (Statement s : statements) {
            if (asOf == null || (s.day() != null && s.day().length() >= 10 && s.day().substring(0, 10).compareTo(asOf) <= 0)) {
                byArticle.putIfAbsent(s.article(), s);
            }
        }
        Map<String, List<Statement>> byReport = new HashMap<>();
        for (Statement s : byArticle.values()) {
            byReport.computeIfAbsent((s.host() == null ? "" : s.host()) + " " + s.copyKey(), k -> new ArrayList<>()).add(s);
        }
        List<Report> reports = new ArrayList<>();
        Set<String> hosts = new HashSet<>();
        String first = null;
        String last = null;
        int undated = 0;
        int unknownSource = 0;
        Comparator<Statement> oldest = Comparator.comparing((Statement s) -> day(s), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Statement::article);
        for (List<Statement> copies : byReport.values()) {
            copies.sort(oldest);
            Statement earliest = copies.get(0);
            String day = day(earliest);
            for (Statement copy : copies) {
                String d = day(copy);
                if (d != null) {
                    first = first == null || d.compareTo(first) < 0 ? d : first;
                    last = last == null || d.compareTo(last) > 0 ? d : last;
                }
            }
            undated += day == null ? 1 : 0;
            if (earliest.host() == null) {
                unknownSource++;
            } else {
                hosts.add(earliest.host());
            }
            reports.add(new Report(earliest.article(), day, earliest.host(), copies.stream().map(Statement::article).toList()));
        }
        reports.sort(OLDEST_FIRST);
        return new Timeline(first, last, reports.size(), hosts.size(), undated, unknownSource, List.copyOf(reports));
    }

    /** The statement's day as yyyy-mm-dd, or null when it has none. */
    private static String day(Statement s) {
        return s.day() == null || s.day().length() < 10 ? null : s.day().substring(0, 10);
    }
}
