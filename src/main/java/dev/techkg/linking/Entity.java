package dev.techkg.linking;

import java.util.Set;
import java.util.TreeSet;

/**
 * One canonical entity of an article.
 *
 * @param name          the canonical name: the entity's label, and the source of its IRI
 * @param type          its type in this article
 * @param surfaceForms  every form it is named by in the text (possessives and all), sorted
 * @param wikidata      the gazetteer's Wikidata item ID for this name ("Q312"); empty when it has none
 */
public record Entity(String name, EntityType type, Set<String> surfaceForms, String wikidata) {
    public Entity {
        surfaceForms = Set.copyOf(new TreeSet<>(surfaceForms));
    }

    /** An entity the gazetteer has no Wikidata ID for. */
    public Entity(String name, EntityType type, Set<String> surfaceForms) {
        this(name, type, surfaceForms, "");
    }
}
