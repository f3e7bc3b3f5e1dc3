package dev.techkg.linking;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The news outlets of news-outlets.txt: names the gazetteer knows, the last words of other outlets' names, and the
 * verbs by which a source reports. Immutable.
 */
final class NewsOutlets {
    static final String RESOURCE = "news-outlets.txt";

    private final Set<String> names;
    private final Set<String> nameWords;
    private final Set<String> reportVerbs;
    private final Set<String> outletVerbs;
    private final Set<String> reportNouns;

    private NewsOutlets(Set<String> names, Set<String> nameWords, Set<String> reportVerbs, Set<String> outletVerbs, Set<String> reportNouns) {
        this.names = names;
        this.nameWords = nameWords;
        this.reportVerbs = reportVerbs;
        this.outletVerbs = outletVerbs;
        this.reportNouns = reportNouns;
    }

    static NewsOutlets load() {
        Map<String, List<String>> sections = WordList.sections(RESOURCE);
        Set<String> names = new HashSet<>();
        for (String name : WordList.words(sections, "names")) {
            names.add(name.replace('_', ' '));
        }
        return new NewsOutlets(Set.copyOf(names), WordList.words(sections, "name-words"), WordList.words(sections, "report-verbs"),
                WordList.words(sections, "outlet-verbs"), WordList.words(sections, "report-nouns"));
    }

    /** Whether the canonical name is a news outlet's: "Reuters", "Korea Herald", "The Globe and Mail". */
    boolean outlet(String canonicalName) {
        String name = canonicalName.toLowerCase(Locale.ROOT);
        int space = name.lastIndexOf(' ');
        return names.contains(name) || space > 0 && nameWords.contains(name.substring(space + 1));
    }

    /** Whether a finite verb reports what others did: "reported", "reports". */
    boolean reports(String lowerWord) {
        return reportVerbs.contains(lowerWord);
    }

    /** Whether a finite verb is one more by which an outlet reports: "adds", "wrote". */
    boolean outletVerb(String lowerWord) {
        return outletVerbs.contains(lowerWord);
    }

    /** Whether a noun names a piece an outlet published, which speaks for it: "The Chosun Daily report notes that …". */
    boolean reportNoun(String lowerWord) {
        return reportNouns.contains(lowerWord);
    }
}
