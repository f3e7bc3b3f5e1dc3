package dev.techkg.curation;

import dev.techkg.rdf.TK;
import java.util.Arrays;
import java.util.Objects;
import org.apache.jena.rdf.model.Resource;

/**
 * One correction as stored: its id (12 hex digits; the IRI is {@link TK#CORRECTION_BASE} + id), kind, what it is
 * about, and who made it when. Fields a kind does not use are null. Entity, relation, type and article values are
 * full IRIs.
 *
 * @param subject      the fact's subject (reject, confirm, add)
 * @param relation     the fact's relation (reject, confirm, add)
 * @param object       the fact's object (reject, confirm, add)
 * @param article      the one article a rejection is about, or null for every article
 * @param from         the entity merged (merge)
 * @param into         the entity kept (merge)
 * @param entity       the entity retyped or renamed (retype, alias-add, alias-remove)
 * @param type         the new class (retype)
 * @param previousType the class it showed before (retype), or null
 * @param alias        the name added or removed (alias-add, alias-remove)
 * @param undoes       the id of the correction ended (undo, split)
 * @param flag         the id of the review-queue flag dismissed (dismiss)
 * @param note         why, in the person's words (an addition's evidence), or null
 * @param by           who: the API token holder, or "local user"
 * @param at           when, as xsd:dateTime text (UTC)
 */
public record Correction(String id, Kind kind, String subject, String relation, String object, String article, String from, String into,
                         String entity, String type, String previousType, String alias, String undoes, String flag, String note, String by, String at) {

    /** The kinds of correction, by the name the API and command line use. */
    public enum Kind {
        REJECT("reject", TK.Rejection), CONFIRM("confirm", TK.Confirmation), ADD("add", TK.Addition), MERGE("merge", TK.Merge),
        SPLIT("split", TK.Split), RETYPE("retype", TK.Retyping), ALIAS_ADD("alias-add", TK.AliasAddition),
        ALIAS_REMOVE("alias-remove", TK.AliasRemoval), UNDO("undo", TK.Undo), DISMISS("dismiss", TK.Dismissal);

        private final String label;
        private final Resource rdfClass;

        Kind(String label, Resource rdfClass) {
            this.label = label;
            this.rdfClass = rdfClass;
        }

        /** The name in the API and on the command line, e.g. alias-add. */
        public String label() {
            return label;
        }

        public Resource rdfClass() {
            return rdfClass;
        }

        /** The kind with this name; fails naming the kinds there are. */
        public static Kind of(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return k;
                }
            }
            throw CurationException.bad("Unknown kind of correction '" + label + "'",
                    "one of " + String.join(", ", Arrays.stream(values()).map(Kind::label).toList()));
        }

        /** The kind whose class this is, or null. */
        static Kind ofClass(String classIri) {
            for (Kind k : values()) {
                if (k.rdfClass.getURI().equals(classIri)) {
                    return k;
                }
            }
            return null;
        }

        /** Whether it is about a fact (subject, relation, object). */
        public boolean aboutFact() {
            return this == REJECT || this == CONFIRM || this == ADD;
        }
    }

    public Correction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }

    /** Its IRI. */
    public String iri() {
        return TK.CORRECTION_BASE + id;
    }
}
