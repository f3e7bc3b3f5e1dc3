package dev.techkg.linking;

import dev.techkg.TechKgException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The curated list of tech companies, units, products, regulators, places and people with their aliases
 * ({@code gazetteer.tsv} beside this class: canonical, type, aliases, stands_for, owner, wikidata). It boosts
 * CoreNLP's entity recognition with names CoreNLP does not know and gives every known thing one
 * canonical name; it is not a whitelist. Immutable and thread-safe.
 */
public final class Gazetteer {
    /** The resource this gazetteer is loaded from by {@link #loadDefault()}. */
    public static final String RESOURCE = "gazetteer.tsv";
    /** Runs of white space; compiled once, as every span of every article is looked up. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Map<String, GazetteerEntry> byCanonical;
    private final Map<String, GazetteerEntry> bySurface;
    private final Map<String, GazetteerEntry> bySurfaceLowerCase;
    private final Map<String, GazetteerEntry> byNormalized;
    private final Map<String, GazetteerEntry> byVariant;
    /** The last names of the people listed: a lone "Musk" is the person, whatever else the article names. */
    private final Set<String> personSurnames;
    private final int maxSurfaceWords;
    private final Set<String> lowerCaseFirstWords;

    private Gazetteer(List<GazetteerEntry> entries) {
        Map<String, GazetteerEntry> canonical = new HashMap<>();
        Map<String, GazetteerEntry> surface = new HashMap<>();
        Map<String, GazetteerEntry> lower = new HashMap<>();
        Map<String, GazetteerEntry> normalized = new HashMap<>();
        Map<String, GazetteerEntry> variant = new HashMap<>();
        int maxWords = 1;
        for (GazetteerEntry entry : entries) {
            if (canonical.putIfAbsent(entry.canonical(), entry) != null) {
                throw new TechKgException("Gazetteer lists '" + entry.canonical() + "' twice");
            }
        }
        for (GazetteerEntry entry : entries) {
            List<String> names = new ArrayList<>();
            names.add(entry.canonical());
            names.addAll(entry.aliases());
            for (String name : names) {
                String key = surfaceKey(name);
                surface.putIfAbsent(key, entry);
                lower.putIfAbsent(key.toLowerCase(Locale.ROOT), entry);
                normalized.putIfAbsent(Names.normalize(name), entry);
                variant.putIfAbsent(Names.variantKey(name), entry);
                maxWords = Math.max(maxWords, key.split(" ").length + 2);
            }
        }
        this.byCanonical = Collections.unmodifiableMap(canonical);
        this.bySurface = Collections.unmodifiableMap(surface);
        this.bySurfaceLowerCase = Collections.unmodifiableMap(lower);
        this.byNormalized = Collections.unmodifiableMap(normalized);
        this.byVariant = Collections.unmodifiableMap(variant);
        this.maxSurfaceWords = maxWords;
        Set<String> lowerFirst = new HashSet<>();
        for (String key : surface.keySet()) {
            String first = key.split(" ")[0];
            if (!first.isEmpty() && Character.isLowerCase(first.codePointAt(0))) {
                lowerFirst.add(first);
            }
        }
        this.lowerCaseFirstWords = Set.copyOf(lowerFirst);
        Set<String> surnames = new HashSet<>();
        for (GazetteerEntry entry : entries) {
            String[] words = entry.canonical().split(" ");
            if (entry.type() == EntityType.PERSON && words.length > 1) {
                surnames.add(words[words.length - 1]);
            }
        }
        this.personSurnames = Set.copyOf(surnames);
    }

    /** Whether the word is the last name of a person the gazetteer knows: "Musk" for "Elon Musk". */
    public boolean isKnownSurname(String word) {
        return personSurnames.contains(word);
    }

    /** The gazetteer shipped with TechKG. */
    public static Gazetteer loadDefault() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new TechKgException("The gazetteer resource " + RESOURCE + " is missing from the class path");
            }
            List<GazetteerEntry> entries = parseRows(in, RESOURCE);
            return new Gazetteer(new NationalVariants(entries, Nationalities.load(), WordList.lines("government-heads.txt")).addTo(entries));
        } catch (IOException e) {
            throw new TechKgException("Cannot read the gazetteer: " + e.getMessage(), e);
        }
    }

    /** Parses gazetteer rows (TSV with header, '#' comments); fails naming the line of a bad row. */
    public static Gazetteer parse(InputStream in, String name) throws IOException {
        return new Gazetteer(parseRows(in, name));
    }

    private static List<GazetteerEntry> parseRows(InputStream in, String name) throws IOException {
        List<GazetteerEntry> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (line.startsWith("canonical\t")) {
                    continue;
                }
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 2) {
                throw new TechKgException(name + " line " + number + ": expected canonical<TAB>type<TAB>aliases<TAB>stands_for<TAB>owner<TAB>wikidata");
            }
            try {
                entries.add(new GazetteerEntry(cells[0].strip(), EntityType.parse(cells[1].strip()),
                        cells.length > 2 ? split(cells[2]) : List.of(),
                        cells.length > 3 ? cells[3].strip() : "",
                        cells.length > 4 ? cells[4].strip() : "",
                        cells.length > 5 ? cells[5].strip() : ""));
            } catch (IllegalArgumentException e) {
                throw new TechKgException(name + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }

    private static List<String> split(String aliases) {
        return Arrays.stream(aliases.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The key a surface form is looked up by: typographic apostrophes as ASCII, single spaces. */
    static String surfaceKey(String surface) {
        return WHITESPACE.matcher(surface.replace('\u2019', '\'')).replaceAll(" ").strip();
    }

    /**
     * The head of state or government a mention names while it stands for that country's government ("President Trump
     * ordered …" is a mention of the United States): the gazetteer's person of that surface whose country it is.
     */
    public Optional<GazetteerEntry> leaderActingFor(Mention mention) {
        return lookupInText(Names.display(mention.surface()))
                .filter(e -> e.type() == EntityType.PERSON && e.standsFor().equals(mention.entityName()));
    }

    /**
     * The entry for a surface form found in text: exact first; then, for a capitalised form of at least
     * four letters, ignoring case ("Deepseek" for "DeepSeek"); then a plural of a product ("iPhones").
     */
    public Optional<GazetteerEntry> lookupInText(String surface) {
        String key = surfaceKey(surface);
        GazetteerEntry entry = bySurface.get(key);
        if (entry == null && key.length() >= 4 && Character.isUpperCase(key.codePointAt(0))) {
            entry = bySurfaceLowerCase.get(key.toLowerCase(Locale.ROOT));
        }
        if (entry == null && key.length() > 3 && key.endsWith("s")) {
            GazetteerEntry singular = bySurface.get(key.substring(0, key.length() - 1));
            if (singular != null && singular.type() == EntityType.PRODUCT) {
                entry = singular;
            }
        }
        return Optional.ofNullable(entry);
    }

    /**
     * Whether a lower-case word starts a name the gazetteer lists in lower case ("vivo", "itel"): such a name is matched
     * as written, never from a capitalised guess.
     */
    public boolean startsLowerCaseName(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && lowerCaseFirstWords.contains(word);
    }

    /** The entry whose canonical name or alias normalises like this name ({@link Names#normalize}). */
    public Optional<GazetteerEntry> lookupNormalized(String name) {
        return Optional.ofNullable(byNormalized.get(Names.normalize(name)));
    }

    /**
     * The entry that a variant spelling names ({@link Names#variantKey}): "Open AI" and "OPENAI" for OpenAI,
     * "Tik Tok" for TikTok, "AT and T" for AT&T, "Nvidia Corp." for Nvidia. Keys shorter than four letters are
     * not matched this way.
     */
    public Optional<GazetteerEntry> lookupVariant(String name) {
        String key = Names.variantKey(name);
        return key.length() < 4 ? Optional.empty() : Optional.ofNullable(byVariant.get(key));
    }

    /** The entry with this canonical name. */
    public Optional<GazetteerEntry> byCanonical(String canonical) {
        return Optional.ofNullable(byCanonical.get(canonical));
    }

    /** Whether the canonical name is a country's: a place that stands for itself as a government ("China"). */
    public boolean isCountry(String canonical) {
        return byCanonical(canonical).filter(e -> e.type() == EntityType.PLACE && e.standsFor().equals(canonical)).isPresent();
    }

    /** The most tokens a surface form may span, for windowed lookups. */
    public int maxSurfaceTokens() {
        return maxSurfaceWords;
    }

    /** The number of entries. */
    public int size() {
        return byCanonical.size();
    }
}
