package dev.techkg.curation;

import dev.techkg.curation.Correction.Kind;
import dev.techkg.rdf.TK;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the active corrections say, in the form the graph index applies: which entity each merged IRI now is
 * (following chains of merges), the type a retyping gives, names added and removed, the facts rejected (everywhere
 * or in one article), confirmed and added. A correction is active until an active undo (or split) names it; so
 * undoing an undo brings its correction back. Later corrections of the same thing win. Immutable.
 */
public final class Curation {
    /** No corrections. */
    public static final Curation NONE = of(List.of());

    private final List<Correction> log;
    private final Map<String, String> undoneBy;
    private final Map<String, String> mergedInto;
    private final Map<String, String> types;
    private final Map<String, Set<String>> added;
    private final Map<String, Set<String>> removed;
    private final Map<FactKey, Correction> rejected;
    private final Map<FactKey, Map<String, Correction>> rejectedIn;
    private final Map<FactKey, Correction> confirmed;
    private final List<Correction> additions;
    private final Map<String, Correction> dismissals;

    /** A fact by its ends and relation; a symmetric relation's ends in IRI order, as either direction is the same fact. */
    public record FactKey(String subject, String relation, String object) {
        public static FactKey of(String subject, String relation, String object) {
            if (TK.isSymmetric(relation) && subject.compareTo(object) > 0) {
                return new FactKey(object, relation, subject);
            }
            return new FactKey(subject, relation, object);
        }
    }

    private Curation(List<Correction> corrections) {
        List<Correction> sorted = new ArrayList<>(corrections);
        sorted.sort(Comparator.comparing((Correction c) -> instant(c.at())).thenComparing(Correction::id));
        this.log = List.copyOf(sorted);
        // Newest first: an undo always comes after what it undoes, so whether it is active is known by then.
        Map<String, String> undone = new HashMap<>();
        for (int i = sorted.size() - 1; i >= 0; i--) {
            Correction c = sorted.get(i);
            if (c.undoes() != null && !undone.containsKey(c.id())) {
                undone.putIfAbsent(c.undoes(), c.id());
            }
        }
        this.undoneBy = Map.copyOf(undone);
        Map<String, String> merges = new HashMap<>();
        Map<String, String> retypes = new HashMap<>();
        Map<String, Set<String>> plus = new HashMap<>();
        Map<String, Set<String>> minus = new HashMap<>();
        List<Correction> facts = new ArrayList<>();
        Map<String, Correction> dismissed = new HashMap<>();
        for (Correction c : sorted) {
            if (undone.containsKey(c.id())) {
                continue;
            }
            switch (c.kind()) {
                case MERGE -> merges.put(c.from(), c.into());
                case RETYPE -> retypes.put(c.entity(), c.type());
                case ALIAS_ADD -> {
                    plus.computeIfAbsent(c.entity(), k -> new HashSet<>()).add(c.alias());
                    minus.getOrDefault(c.entity(), new HashSet<>()).remove(c.alias());
                }
                case ALIAS_REMOVE -> {
                    minus.computeIfAbsent(c.entity(), k -> new HashSet<>()).add(c.alias());
                    plus.getOrDefault(c.entity(), new HashSet<>()).remove(c.alias());
                }
                case REJECT, CONFIRM, ADD -> facts.add(c);
                case DISMISS -> dismissed.put(c.flag(), c);
                default -> { }
            }
        }
        this.dismissals = Map.copyOf(dismissed);
        this.mergedInto = Map.copyOf(merges);
        Map<String, String> canonicalTypes = new HashMap<>();
        retypes.forEach((iri, type) -> canonicalTypes.put(canonical(iri), type));
        this.types = Map.copyOf(canonicalTypes);
        this.added = canonicalSets(plus);
        this.removed = canonicalSets(minus);
        Map<FactKey, Correction> rejects = new HashMap<>();
        Map<FactKey, Map<String, Correction>> rejectsIn = new HashMap<>();
        Map<FactKey, Correction> confirms = new HashMap<>();
        List<Correction> adds = new ArrayList<>();
        for (Correction c : facts) {
            // Keys as the curated view has them: a fact about a merged entity is about the one it was merged into.
            FactKey key = key(c.subject(), c.relation(), c.object());
            switch (c.kind()) {
                case REJECT -> {
                    if (c.article() == null) {
                        rejects.put(key, c);
                    } else {
                        rejectsIn.computeIfAbsent(key, k -> new HashMap<>()).put(c.article(), c);
                    }
                    confirms.remove(key);
                }
                case CONFIRM -> confirms.put(key, c);
                default -> adds.add(c);
            }
        }
        this.rejected = Map.copyOf(rejects);
        this.rejectedIn = Map.copyOf(rejectsIn);
        this.confirmed = Map.copyOf(confirms);
        this.additions = List.copyOf(adds);
    }

    /** The moment of an xsd:dateTime text (a store may write it back in another form than it was given). */
    public static java.time.Instant instant(String dateTime) {
        try {
            return java.time.OffsetDateTime.parse(dateTime).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.Instant.EPOCH; // not a time TechKG wrote: first
        }
    }

    private Map<String, Set<String>> canonicalSets(Map<String, Set<String>> byEntity) {
        Map<String, Set<String>> out = new HashMap<>();
        byEntity.forEach((iri, names) -> {
            if (!names.isEmpty()) {
                out.computeIfAbsent(canonical(iri), k -> new HashSet<>()).addAll(names);
            }
        });
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }

    /** The curation these corrections make, in any order. */
    public static Curation of(List<Correction> corrections) {
        return new Curation(corrections);
    }

    /** Whether there is nothing to apply (no active correction that changes what the graph shows). */
    public boolean changesNothing() {
        return mergedInto.isEmpty() && types.isEmpty() && added.isEmpty() && removed.isEmpty() && rejected.isEmpty()
                && rejectedIn.isEmpty() && additions.isEmpty();
    }

    /** Every correction, oldest first. */
    public List<Correction> log() {
        return log;
    }

    /** The correction with this id, or null. */
    public Correction find(String id) {
        for (Correction c : log) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }

    /** The id of the active undo or split that ends the correction, or null while it is active. */
    public String undoneBy(String id) {
        return undoneBy.get(id);
    }

    /** Whether the correction is active: no active undo or split names it. */
    public boolean isActive(String id) {
        return !undoneBy.containsKey(id);
    }

    /** The entity an IRI stands for in the curated view: itself, or the end of the chain of active merges from it. */
    public String canonical(String iri) {
        String at = iri;
        for (int hops = 0; hops <= mergedInto.size(); hops++) {
            String next = mergedInto.get(at);
            if (next == null) {
                return at;
            }
            at = next;
        }
        return at; // a cycle, which merging refuses: stop anywhere
    }

    /** Whether an active merge folds this IRI into another entity. */
    public boolean isMergedAway(String iri) {
        return mergedInto.containsKey(iri);
    }

    /** The active merge of this entity into another, or null. */
    public Correction mergeOf(String from) {
        for (int i = log.size() - 1; i >= 0; i--) {
            Correction c = log.get(i);
            if (c.kind() == Kind.MERGE && c.from().equals(from) && isActive(c.id())) {
                return c;
            }
        }
        return null;
    }

    /** The class a retyping gives the (canonical) entity, or null when none does. */
    public String typeOf(String iri) {
        return types.get(iri);
    }

    /** Names corrections add to the (canonical) entity. */
    public Set<String> aliasesAdded(String iri) {
        return added.getOrDefault(iri, Set.of());
    }

    /** Names corrections take from the (canonical) entity. */
    public Set<String> aliasesRemoved(String iri) {
        return removed.getOrDefault(iri, Set.of());
    }

    /** The key of a fact in the curated view: its ends as {@link #canonical}. */
    public FactKey key(String subject, String relation, String object) {
        return FactKey.of(canonical(subject), relation, canonical(object));
    }

    /**
     * The active rejection of the fact (ends canonical already) as one article states it: one of that article, else
     * one of every article; null when none.
     */
    public Correction rejection(FactKey key, String article) {
        Map<String, Correction> inArticle = rejectedIn.get(key);
        Correction one = inArticle == null ? null : inArticle.get(article);
        return one != null ? one : rejected.get(key);
    }

    /** The active rejection of the fact in every article, or null. */
    public Correction rejection(FactKey key) {
        return rejected.get(key);
    }

    /** The active confirmation of the fact, or null. */
    public Correction confirmation(FactKey key) {
        return confirmed.get(key);
    }

    /** The active additions: facts people state. */
    public List<Correction> additions() {
        return additions;
    }

    /** The active dismissal of the review-queue flag with this id, or null. */
    public Correction dismissal(String flag) {
        return dismissals.get(flag);
    }

    /** Active merges, from → into, as made (not followed to the chain's end). */
    public Map<String, String> merges() {
        return mergedInto;
    }

    /** Corrections by id, for lookups. */
    public Map<String, Correction> byId() {
        Map<String, Correction> all = new LinkedHashMap<>();
        log.forEach(c -> all.put(c.id(), c));
        return all;
    }
}
