package dev.techkg.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One documented parameter of a saved query, from a {@code # param:} line of its header:
 * <pre>
 * # param: ?name (name, default "Alibaba Group") The focal company.
 * #   Indented comment lines continue the description.
 * </pre>
 * The web form, {@code techkg query --help} and {@code /api/queries} all read it from here; {@link ParameterResolver}
 * turns a value given as text into the term bound to {@code ?variable}, as its kind says.
 *
 * @param variable     the query variable, without '?'
 * @param kind         what values it takes
 * @param defaultValue what the query uses when it is not given (as documented; the query itself applies it), or null
 * @param description  what it does, in a sentence
 */
public record Parameter(String variable, Kind kind, String defaultValue, String description) {

    /** What a parameter takes, and how a value given as text is read. */
    public enum Kind {
        /** An entity's name or alias, any case; bound to the name as stored. */
        NAME("a name or alias, any case"),
        /** An entity: bound to its IRI. */
        ENTITY("an entity: name, alias, slug, id:slug or IRI"),
        /** A TechKG relation: bound to its IRI. */
        RELATION("a relation: acquires, tk:acquires or its IRI"),
        /** A TechKG entity class: bound to its IRI. */
        TYPE("a class: Company, tk:Company or its IRI"),
        /** A calendar date: bound to an xsd:date. */
        DATE("a date, YYYY-MM-DD"),
        /** An article: bound to its IRI. */
        ARTICLE("an article: its id, article:id or IRI"),
        /** Any text: bound to a plain string. */
        TEXT("any text");

        private final String accepts;

        Kind(String accepts) {
            this.accepts = accepts;
        }

        /** What a value may look like, for help texts and form placeholders. */
        public String accepts() {
            return accepts;
        }

        /** The kind's name as written in a header, e.g. {@code name}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The kind written in a header.
         *
         * @throws IllegalArgumentException naming the word and the kinds there are
         */
        public static Kind parse(String word) {
            for (Kind kind : values()) {
                if (kind.label().equals(word)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Unknown parameter kind '" + word + "' (kinds: "
                    + Arrays.stream(values()).map(Kind::label).collect(Collectors.joining(", ")) + ")");
        }
    }

    /** {@code ?name (name)}, as help texts and messages list it. */
    public String signature() {
        return "?" + variable + " (" + kind.label() + ")";
    }
}
