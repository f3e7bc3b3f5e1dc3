package dev.techkg.linking;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of the domain gazetteer.
 *
 * @param canonical the canonical name (the entity's label)
 * @param type      the entity type
 * @param aliases   other names it goes by
 * @param standsFor for a country or capital: the canonical name of the government it stands for when used
 *                  metonymically ("Beijing" → "China"); empty otherwise
 * @param owner     for a product: the company that develops it; for a unit: its parent; empty otherwise
 * @param wikidata  the Wikidata item ID ("Q182477"), checked by hand against Wikidata or Wikipedia; empty when
 *                  none was verified
 */
public record GazetteerEntry(String canonical, EntityType type, List<String> aliases, String standsFor, String owner,
                             String wikidata) {
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    /**
     * @throws IllegalArgumentException when {@code wikidata} is neither empty nor a Wikidata item ID
     */
    public GazetteerEntry {
        aliases = List.copyOf(aliases);
        if (!wikidata.isEmpty() && !QID.matcher(wikidata).matches()) {
            throw new IllegalArgumentException("Wikidata ID '" + wikidata + "' of " + canonical
                    + " is not an item ID like Q182477; leave the column empty if unsure");
        }
    }

    /** A row without a Wikidata ID. */
    public GazetteerEntry(String canonical, EntityType type, List<String> aliases, String standsFor, String owner) {
        this(canonical, type, aliases, standsFor, owner, "");
    }
}
