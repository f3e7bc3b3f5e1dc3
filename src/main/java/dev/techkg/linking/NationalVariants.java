package dev.techkg.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The other ways news names a national regulator: the gazetteer says "Japan Fair Trade Commission", articles say
 * "the Japanese Fair Trade Commission", "Japan's Fair Trade Commission"; "Competition Commission of India" is also
 * "India's Competition Commission". For a government body whose name starts with a country or its adjective, or ends
 * with "of" and a country, this adds the other forms as aliases, so that they link to the one entry. Only names whose
 * remainder holds a government head word ("Commission", "Authority") get variants: the remainder alone must still
 * read as an institution.
 */
final class NationalVariants {
    private final Map<String, String> countryOfForm = new HashMap<>();
    private final Map<String, List<String>> formsOfCountry = new HashMap<>();
    private final Map<String, List<String>> adjectivesOfCountry = new HashMap<>();
    private final Pattern governmentHead;

    /**
     * @param entries         the gazetteer rows; countries are the places that stand for themselves
     * @param nationalities   adjective → country canonical name ("Japanese" → "Japan")
     * @param governmentHeads words that make a name an institution's ("commission", "authority")
     */
    NationalVariants(List<GazetteerEntry> entries, Map<String, String> nationalities, List<String> governmentHeads) {
        for (GazetteerEntry entry : entries) {
            if (entry.type() == EntityType.PLACE && entry.standsFor().equals(entry.canonical())) {
                List<String> forms = new ArrayList<>();
                forms.add(entry.canonical());
                forms.addAll(entry.aliases());
                formsOfCountry.put(entry.canonical(), forms);
                forms.forEach(form -> countryOfForm.put(form, entry.canonical()));
            }
        }
        nationalities.forEach((adjective, country) -> {
            if (formsOfCountry.containsKey(country)) {
                adjectivesOfCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(adjective);
                countryOfForm.putIfAbsent(adjective, country);
            }
        });
        this.governmentHead = Pattern.compile("(?i).*\\b(" + String.join("|", governmentHeads.stream().map(Pattern::quote).toList()) + ")\\b.*");
    }

    /** The rows with the national variants of their government bodies' names added after their own aliases. */
    List<GazetteerEntry> addTo(List<GazetteerEntry> entries) {
        List<GazetteerEntry> result = new ArrayList<>(entries.size());
        for (GazetteerEntry entry : entries) {
            Set<String> variants = entry.type() == EntityType.GOVERNMENT_BODY ? variants(entry.canonical()) : Set.of();
            if (variants.isEmpty()) {
                result.add(entry);
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>(entry.aliases());
            variants.stream().filter(v -> !v.equals(entry.canonical())).forEach(aliases::add);
            result.add(new GazetteerEntry(entry.canonical(), entry.type(), List.copyOf(aliases), entry.standsFor(), entry.owner(),
                    entry.wikidata()));
        }
        return result;
    }

    /** "Korea Fair Trade Commission" → "Korean Fair Trade Commission", "South Korea's Fair Trade Commission", … */
    Set<String> variants(String name) {
        String country = null;
        String rest = null;
        for (Map.Entry<String, String> form : countryOfForm.entrySet()) {
            String prefix = form.getKey() + " ";
            String suffix = " of " + form.getKey();
            String candidate = name.startsWith(prefix) ? name.substring(prefix.length())
                    : name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : null;
            // The longest country form wins: "South Korea" over "Korea".
            if (candidate != null && (rest == null || candidate.length() < rest.length())) {
                country = form.getValue();
                rest = candidate;
            }
        }
        if (rest == null || !rest.contains(" ") || !governmentHead.matcher(rest).matches()) {
            return Set.of();
        }
        Set<String> variants = new LinkedHashSet<>();
        for (String form : formsOfCountry.get(country)) {
            variants.add(form + " " + rest);
            variants.add(form + (form.endsWith("s") ? "' " : "'s ") + rest);
        }
        for (String adjective : adjectivesOfCountry.getOrDefault(country, List.of())) {
            variants.add(adjective + " " + rest);
        }
        return variants;
    }
}
