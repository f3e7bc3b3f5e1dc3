package dev.techkg.query;

import dev.techkg.curation.Correction;
import dev.techkg.curation.Correction.Kind;
import dev.techkg.curation.Curation;
import dev.techkg.curation.CurationException;
import dev.techkg.curation.CurationException.Problem;
import dev.techkg.curation.CurationLog;
import dev.techkg.index.Fact;
import dev.techkg.index.GraphIndex;
import dev.techkg.index.GraphIndexCache;
import dev.techkg.linking.EntityType;
import dev.techkg.rdf.IriMinter;
import dev.techkg.rdf.TK;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Makes, lists and undoes corrections: checks each against the curated view (the entities and facts it names must be
 * there, and it must change something), then appends it to the {@link CurationLog}; the graph index applies it on its
 * next read. Entities are given by slug, prefixed name ({@code id:nvidia}) or IRI; relations and types by local name,
 * {@code tk:} name or IRI. Thread-safe: one correction is checked and written at a time.
 */
public final class CurationService {
    /** Who made a correction when no API token names anyone: the command line, or a server without a token. */
    public static final String LOCAL_USER = "local user";
    /** The longest note or alias kept. */
    public static final int MAX_TEXT = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final GraphIndexCache index;
    private final CurationLog log;
    private final Clock clock;
    private final ReviewQueue review;

    public CurationService(GraphIndexCache index, CurationLog log, Clock clock, ReviewQueue review) {
        this.index = index;
        this.log = log;
        this.clock = clock;
        this.review = review;
    }

    /** Computes the review queue of the current index ahead of the first request for it. */
    public void warmUpReview() {
        review.warmUp();
    }

    /** The review queue's open flags: possible contradictions and merge suggestions no active dismissal names. */
    public List<ReviewQueue.Flag> flags() {
        return review.open();
    }

    /**
     * A correction as asked for, every value as the person typed it; those its kind does not use are null.
     *
     * @param kind one of {@link Kind}'s labels (reject, confirm, add, merge, split, retype, alias-add, alias-remove, undo, dismiss)
     * @param id   the correction an undo ends, or the review-queue flag a dismissal is about
     */
    public record Request(String kind, String subject, String relation, String object, String article, String from, String into,
                          String entity, String type, String alias, String id, String note) {
        public static Request fact(String kind, String subject, String relation, String object, String note) {
            return new Request(kind, subject, relation, object, null, null, null, null, null, null, null, note);
        }

        public static Request merge(String from, String into, String note) {
            return new Request("merge", null, null, null, null, from, into, null, null, null, null, note);
        }
    }

    /** A correction in the log, and whether it is in force (else the id of the undo or split that ended it). */
    public record Entry(Correction correction, boolean active, String undoneBy) {}

    /** Every correction, newest first. */
    public List<Entry> log() {
        Curation curation = index.index().curation();
        List<Entry> entries = new ArrayList<>();
        List<Correction> all = curation.log();
        for (int i = all.size() - 1; i >= 0; i--) {
            Correction c = all.get(i);
            entries.add(new Entry(c, curation.isActive(c.id()), curation.undoneBy(c.id())));
        }
        return entries;
    }

    /** The slug an entity merged into another now is, if it is merged (its pages redirect there). */
    public Optional<String> mergedInto(String slug) {
        Curation curation = index.index().curation();
        String iri = IriMinter.entityIri(slug);
        return curation.isMergedAway(iri) ? Optional.of(IriMinter.slugOf(curation.canonical(iri))) : Optional.empty();
    }

    /** Undoes the correction with this id (an undo of an undo brings its correction back). */
    public Correction undo(String id, String by, String note) {
        return submit(new Request("undo", null, null, null, null, null, null, null, null, null, id, note), by);
    }

    /**
     * Checks and stores a correction.
     *
     * @param by who makes it: the API token holder, or {@link #LOCAL_USER}
     * @throws CurationException naming the bad value: a wrong value (400), something it names that is not there (404),
     *                           or a correction that changes nothing or clashes with one in force (409)
     */
    public synchronized Correction submit(Request r, String by) {
        if (r.kind() == null || r.kind().isBlank()) {
            throw bad("Missing 'kind'", "one of " + String.join(", ", Arrays.stream(Kind.values()).map(Kind::label).toList()));
        }
        Kind kind = Kind.of(r.kind().strip());
        GraphIndex graph = index.index();
        Curation curation = graph.curation();
        String note = text("note", r.note(), kind == Kind.ADD);
        String at = nextTime(curation);
        Correction c = switch (kind) {
            case REJECT, CONFIRM, ADD -> factCorrection(graph, kind, r, note, by, at);
            case MERGE -> merge(graph, r, note, by, at);
            case SPLIT -> split(graph, r, note, by, at);
            case RETYPE -> retype(graph, r, note, by, at);
            case ALIAS_ADD, ALIAS_REMOVE -> alias(graph, kind, r, note, by, at);
            case UNDO -> undoOf(curation, r, note, by, at);
            case DISMISS -> dismiss(curation, r, note, by, at);
        };
        List<Correction> after = new ArrayList<>(curation.log());
        after.add(c);
        log.append(c, curation.merges(), Curation.of(after).merges());
        return c;
    }

    private Correction factCorrection(GraphIndex graph, Kind kind, Request r, String note, String by, String at) {
        Curation curation = graph.curation();
        String subject = curation.canonical(existing(graph, "subject", r.subject()));
        String relation = relation(r.relation());
        String object = curation.canonical(existing(graph, "object", r.object()));
        String article = kind == Kind.REJECT && r.article() != null && !r.article().isBlank() ? article(r.article()) : null;
        Curation.FactKey key = Curation.FactKey.of(subject, relation, object);
        String shown = IriMinter.slugOf(subject) + " " + IriMinter.localName(relation) + " " + IriMinter.slugOf(object);
        List<GraphIndex.Statement> stated = statements(graph.facts(subject), key);
        switch (kind) {
            case REJECT -> {
                Correction earlier = curation.rejection(key);
                if (earlier != null) {
                    throw conflict("'" + shown + "' is rejected already", "by correction " + earlier.id() + "; undo it with DELETE /api/curation/" + earlier.id());
                }
                if (article != null ? stated.stream().noneMatch(s -> s.article().equals(article)) : stated.isEmpty()) {
                    throw notFound("No article" + (article == null ? "" : " " + IriMinter.articleIdOf(article)) + " states '" + shown + "'",
                            "see the entity's facts with GET /api/entities/" + IriMinter.slugOf(subject));
                }
            }
            case CONFIRM -> {
                if (stated.isEmpty()) {
                    throw notFound("No article states '" + shown + "' (or it is rejected)", "see GET /api/entities/" + IriMinter.slugOf(subject));
                }
                Correction earlier = curation.confirmation(key);
                if (earlier != null) {
                    throw conflict("'" + shown + "' is confirmed already", "by correction " + earlier.id());
                }
            }
            default -> {
                if (!stated.isEmpty()) {
                    throw conflict("'" + shown + "' is stated already", "confirm it instead: {\"kind\":\"confirm\", …}");
                }
            }
        }
        return correction(kind, subject, relation, object, article, null, null, null, null, null, null, null, note, by, at);
    }

    /** The statements of the fact (either direction for a symmetric relation) among an entity's facts. */
    private static List<GraphIndex.Statement> statements(List<Fact> facts, Curation.FactKey key) {
        List<GraphIndex.Statement> found = new ArrayList<>();
        for (Fact f : facts) {
            if (Curation.FactKey.of(f.subject(), f.relation(), f.object()).equals(key)) {
                found.addAll(f.statements());
            }
        }
        return found;
    }

    private Correction merge(GraphIndex graph, Request r, String note, String by, String at) {
        Curation curation = graph.curation();
        String from = entityIri("from", r.from());
        if (curation.isMergedAway(from)) {
            throw conflict("'" + IriMinter.slugOf(from) + "' is merged already", "into " + IriMinter.slugOf(curation.canonical(from))
                    + "; split it first: {\"kind\":\"split\",\"from\":\"" + IriMinter.slugOf(from) + "\"}");
        }
        existing(graph, "from", r.from());
        String into = curation.canonical(existing(graph, "into", r.into()));
        if (into.equals(from)) {
            throw bad("Cannot merge '" + IriMinter.slugOf(from) + "' into itself", "give two different entities");
        }
        return correction(Kind.MERGE, null, null, null, null, from, into, null, null, null, null, null, note, by, at);
    }

    private Correction split(GraphIndex graph, Request r, String note, String by, String at) {
        String from = entityIri("from", r.from() != null ? r.from() : r.entity());
        Correction merge = graph.curation().mergeOf(from);
        if (merge == null) {
            throw notFound("'" + IriMinter.slugOf(from) + "' is not merged into anything", "see the merges with GET /api/curation");
        }
        return correction(Kind.SPLIT, null, null, null, null, merge.from(), merge.into(), null, null, null, null, merge.id(), note, by, at);
    }

    private Correction retype(GraphIndex graph, Request r, String note, String by, String at) {
        String entity = graph.curation().canonical(existing(graph, "entity", r.entity()));
        String type = type(r.type());
        GraphIndex.Entity now = graph.entity(entity);
        if (now.types().size() == 1 && now.types().get(0).equals(type)) {
            throw conflict("'" + IriMinter.slugOf(entity) + "' is a " + IriMinter.localName(type) + " already", "nothing to change");
        }
        return correction(Kind.RETYPE, null, null, null, null, null, null, entity, type, now.types().get(0), null, null, note, by, at);
    }

    private Correction alias(GraphIndex graph, Kind kind, Request r, String note, String by, String at) {
        String entity = graph.curation().canonical(existing(graph, "entity", r.entity()));
        String alias = text("alias", r.alias(), true);
        GraphIndex.Entity now = graph.entity(entity);
        boolean has = now.aliases().contains(alias);
        if (kind == Kind.ALIAS_ADD && (has || now.label().equals(alias))) {
            throw conflict("'" + IriMinter.slugOf(entity) + "' is called '" + alias + "' already", "nothing to add");
        }
        if (kind == Kind.ALIAS_REMOVE && !has) {
            throw notFound("'" + IriMinter.slugOf(entity) + "' has no alias '" + alias + "'",
                    now.label().equals(alias) ? "it is its label; merge or retype instead" : "its aliases: " + String.join(", ", now.aliases()));
        }
        return correction(kind, null, null, null, null, null, null, entity, null, null, alias, null, note, by, at);
    }

    private Correction undoOf(Curation curation, Request r, String note, String by, String at) {
        String id = r.id() == null ? "" : r.id().strip();
        if (!id.matches("[0-9a-f]{12}")) {
            throw bad("Bad correction id '" + id + "'", "a correction id is 12 hex digits, as GET /api/curation lists them");
        }
        Correction target = curation.find(id);
        if (target == null) {
            throw notFound("No correction '" + id + "'", "list them with GET /api/curation");
        }
        if (!curation.isActive(id)) {
            throw conflict("Correction " + id + " is undone already", "by " + curation.undoneBy(id) + "; undo that to bring it back");
        }
        return correction(Kind.UNDO, null, null, null, null, null, null, null, null, null, null, id, note, by, at);
    }

    private Correction dismiss(Curation curation, Request r, String note, String by, String at) {
        String flag = r.id() == null ? "" : r.id().strip();
        if (!flag.matches("[0-9a-f]{12}")) {
            throw bad("Bad flag id '" + flag + "'", "a flag id is 12 hex digits, as GET /api/review lists them");
        }
        Correction earlier = curation.dismissal(flag);
        if (earlier != null) {
            throw conflict("Flag " + flag + " is dismissed already", "by correction " + earlier.id() + "; undo it with DELETE /api/curation/" + earlier.id());
        }
        if (review.find(flag) == null) {
            throw notFound("No flag '" + flag + "' in the review queue", "it may be resolved already; see the open ones with GET /api/review");
        }
        return correction(Kind.DISMISS, null, null, null, null, null, null, null, null, null, null, null, flag, note, by, at);
    }

    private static Correction correction(Kind kind, String subject, String relation, String object, String article, String from, String into,
                                         String entity, String type, String previousType, String alias, String undoes, String note, String by,
                                         String at) {
        return correction(kind, subject, relation, object, article, from, into, entity, type, previousType, alias, undoes, null, note, by, at);
    }

    private static Correction correction(Kind kind, String subject, String relation, String object, String article, String from, String into,
                                         String entity, String type, String previousType, String alias, String undoes, String flag, String note,
                                         String by, String at) {
        String id = hash(String.join("|", kind.label(), String.valueOf(subject), String.valueOf(relation), String.valueOf(object),
                String.valueOf(article), String.valueOf(from), String.valueOf(into), String.valueOf(entity), String.valueOf(type),
                String.valueOf(alias), String.valueOf(undoes), String.valueOf(flag), String.valueOf(note), by, at));
        return new Correction(id, kind, subject, relation, object, article, from, into, entity, type, previousType, alias, undoes, flag, note,
                by, at);
    }

    /** Now, to the millisecond, and after the last correction: the log's order is the order they were made in. */
    private String nextTime(Curation curation) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<Correction> all = curation.log();
        if (!all.isEmpty()) {
            Instant last = Curation.instant(all.get(all.size() - 1).at());
            if (!now.isAfter(last)) {
                now = last.truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
            }
        }
        return TIME.format(now);
    }

    /** The IRI of an entity given by slug, prefixed name or IRI, which the curated view (or a merge) knows. */
    private static String existing(GraphIndex graph, String field, String given) {
        String iri = entityIri(field, given);
        if (graph.entity(graph.curation().canonical(iri)) == null) {
            throw notFound("No entity '" + given.strip() + "' (" + field + ")", "search entities with GET /api/entities?q=…");
        }
        return iri;
    }

    /** The entity IRI of a slug ({@code nvidia}), prefixed name ({@code id:nvidia}) or IRI; fails naming the value. */
    public static String entityIri(String field, String given) {
        if (given == null || given.isBlank()) {
            throw bad("Missing '" + field + "'", "give an entity by slug (nvidia), prefixed name (id:nvidia) or IRI");
        }
        String value = IriMinter.unbracketed(given.strip());
        String slug = value.startsWith(TK.ENTITY_BASE) ? value.substring(TK.ENTITY_BASE.length())
                : value.startsWith("id:") ? value.substring(3) : value;
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw bad("Bad entity '" + given.strip() + "' (" + field + ")", "give a slug (nvidia), a prefixed name (id:nvidia) or an IRI ("
                    + TK.ENTITY_BASE + "nvidia)");
        }
        return IriMinter.entityIri(slug);
    }

    /** The IRI of a relation given by local name, tk: name or IRI. */
    private static String relation(String given) {
        String name = localName("relation", given);
        try {
            return TK.relation(name).getURI();
        } catch (IllegalArgumentException e) {
            throw bad("Unknown relation '" + given.strip() + "'", "one of competesWith, partnersWith, regulates, investsIn, acquires, "
                    + "subsidiaryOf, supplies, foundedBy, leads, headquarteredIn, develops");
        }
    }

    /** The IRI of an entity class given by name, tk: name or IRI. */
    private static String type(String given) {
        String name = localName("type", given);
        for (EntityType t : EntityType.values()) {
            if (t.className().equals(name)) {
                return IriMinter.termIri(name);
            }
        }
        throw bad("Unknown type '" + given.strip() + "'", "one of " + String.join(", ", Arrays.stream(EntityType.values()).map(EntityType::className).toList()));
    }

    private static String localName(String field, String given) {
        if (given == null || given.isBlank()) {
            throw bad("Missing '" + field + "'", "give its name, e.g. " + (field.equals("type") ? "Company" : "leads"));
        }
        String value = IriMinter.unbracketed(given.strip());
        return value.startsWith(TK.NAMESPACE) ? value.substring(TK.NAMESPACE.length()) : value.startsWith("tk:") ? value.substring(3) : value;
    }

    /** An article given by id or IRI. */
    private static String article(String given) {
        String value = IriMinter.unbracketed(given.strip());
        String iri = IriMinter.isArticleIri(value) ? value : IriMinter.articleIri(value);
        if (!IriMinter.articleIdOf(iri).matches("[0-9a-f]{16}")) {
            throw bad("Bad article '" + given.strip() + "'", "give its id (16 hex digits, as in /article/ID links) or its IRI");
        }
        return iri;
    }

    private static String text(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw bad("Missing '" + field + "'", field.equals("note") ? "an added fact needs a note: its evidence" : "give the name");
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw bad("'" + field + "' is too long (" + v.length() + " characters)", "at most " + MAX_TEXT);
        }
        return v;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static CurationException bad(String message, String detail) {
        return new CurationException(Problem.BAD_REQUEST, message, detail);
    }

    private static CurationException notFound(String message, String detail) {
        return new CurationException(Problem.NOT_FOUND, message, detail);
    }

    private static CurationException conflict(String message, String detail) {
        return new CurationException(Problem.CONFLICT, message, detail);
    }
}
