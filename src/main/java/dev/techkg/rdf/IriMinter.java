package dev.techkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one place IRIs are minted, and the one place they are taken apart: entity IRI ↔ slug, article IRI ↔ id
 * (the body hash), ontology term ↔ local name. Minting is deterministic: the same name or body text always gives
 * the same IRI, so ingesting an article twice gives the same graph. Thread-safe (stateless).
 */
public final class IriMinter {

    /** The entity IRI for a canonical name: {@code /id/} + slug, e.g. "Alibaba Group" → {@code /id/alibaba-group}. */
    public String entity(String canonicalName) {
        return TK.ENTITY_BASE + slug(canonicalName);
    }

    /** The article IRI (and named graph IRI): {@code /article/} + first 16 hex chars of SHA-256 of the body text. */
    public String article(String bodyText) {
        return articleIri(bodyHash(bodyText));
    }

    /** The first 16 hex characters of the SHA-256 of the text (UTF-8): an article's id is this hash of its body. */
    public static String bodyHash(String text) {
        return sha256Hex(text).substring(0, 16);
    }

    /** The IRI of the entity with this slug, e.g. alibaba-group → {@code /id/alibaba-group}. */
    public static String entityIri(String slug) {
        return TK.ENTITY_BASE + slug;
    }

    /** The slug at the end of an entity IRI; an IRI that is not an entity IRI is returned unchanged. */
    public static String slugOf(String entityIri) {
        return entityIri.startsWith(TK.ENTITY_BASE) ? entityIri.substring(TK.ENTITY_BASE.length()) : entityIri;
    }

    /** The IRI (and named graph) of the article with this id, the 16 hex characters of {@link #bodyHash}. */
    public static String articleIri(String id) {
        return TK.ARTICLE_BASE + id;
    }

    /** Whether the IRI is one of an article (under {@link TK#ARTICLE_BASE}). */
    public static boolean isArticleIri(String iri) {
        return iri.startsWith(TK.ARTICLE_BASE);
    }

    /** The id at the end of an article IRI; an IRI that is not an article IRI is returned unchanged. */
    public static String articleIdOf(String articleIri) {
        return isArticleIri(articleIri) ? articleIri.substring(TK.ARTICLE_BASE.length()) : articleIri;
    }

    /** An IRI as written in SPARQL or Turtle, {@code <…>}, without its angle brackets; anything else unchanged. */
    public static String unbracketed(String text) {
        return text.startsWith("<") && text.endsWith(">") ? text.substring(1, text.length() - 1) : text;
    }

    /** The IRI of the ontology term (class or relation) with this local name, e.g. competesWith. */
    public static String termIri(String localName) {
        return TK.NAMESPACE + localName;
    }

    /** The local name of a term: what follows its last '#', else its last '/' (tk:Company → Company). */
    public static String localName(String iri) {
        int hash = iri.lastIndexOf('#');
        return hash >= 0 ? iri.substring(hash + 1) : iri.substring(iri.lastIndexOf('/') + 1);
    }

    /**
     * Lower-case ASCII letters and digits joined by single hyphens. Accents are folded ("Nestlé" →
     * "nestle"); a name with no Latin letters or digits at all (e.g. Chinese script) gets a hash-based
     * slug so it still has a stable, distinct IRI.
     */
    public static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("&", " and ")
                .replace("+", " plus ")
                .toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" + sha256Hex(name).substring(0, 12) : slug;
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
