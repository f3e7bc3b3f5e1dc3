package dev.techkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one place IRIs are minted. Minting is deterministic: the same name or body text always gives the
 * same IRI, so ingesting an article twice gives the same graph. Thread-safe (stateless).
 */
public final class IriMinter {

    /** The entity IRI for a canonical name: {@code /id/} + slug, e.g. "Alibaba Group" → {@code /id/alibaba-group}. */
    public String entity(String canonicalName) {
        return TK.ENTITY_BASE + slug(canonicalName);
    }

    /** The article IRI (and named graph IRI): {@code /article/} + first 16 hex chars of SHA-256 of the body text. */
    public String article(String bodyText) {
        return TK.ARTICLE_BASE + sha256Hex(bodyText).substring(0, 16);
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
