package dev.techkg.linking;

import java.util.List;

/**
 * One row of the domain gazetteer.
 *
 * @param canonical the canonical name (the entity's label)
 * @param type      the entity type
 * @param aliases   other names it goes by
 * @param standsFor for a country or capital: the canonical name of the government it stands for when used
 *                  metonymically ("Beijing" → "China"); empty otherwise
 * @param owner     for a product: the company that develops it; for a unit: its parent; empty otherwise
 */
public record GazetteerEntry(String canonical, EntityType type, List<String> aliases, String standsFor, String owner) {
    public GazetteerEntry {
        aliases = List.copyOf(aliases);
    }
}
