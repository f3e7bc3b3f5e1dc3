package dev.techkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IriMinterTest {
    private final IriMinter minter = new IriMinter();

    @Test
    void entity_iris_are_slugs_of_the_canonical_name() {
        assertEquals("https://w3id.org/techkg/id/alibaba-group", minter.entity("Alibaba Group"));
        assertEquals("https://w3id.org/techkg/id/at-and-t", minter.entity("AT&T"));
        assertEquals("https://w3id.org/techkg/id/nestle", minter.entity("Nestlé"));
        assertEquals("https://w3id.org/techkg/id/us-department-of-commerce", minter.entity("US Department of Commerce"));
        assertEquals("https://w3id.org/techkg/id/assassin-s-creed", minter.entity("Assassin's Creed"));
    }

    @Test
    void names_without_latin_letters_get_a_stable_distinct_slug() {
        String first = minter.entity("阿里巴巴");
        assertEquals(first, minter.entity("阿里巴巴"));
        assertNotEquals(first, minter.entity("腾讯"));
        assertTrue(first.matches("https://w3id.org/techkg/id/x[0-9a-f]{12}"), first);
    }

    @Test
    void article_iris_hash_the_body_text_and_are_deterministic() {
        String iri = minter.article("Nvidia designs chips.");
        assertTrue(iri.matches("https://w3id.org/techkg/article/[0-9a-f]{16}"), iri);
        assertEquals(iri, minter.article("Nvidia designs chips."));
        assertNotEquals(iri, minter.article("Nvidia designs GPUs."));
    }

    @Test
    void ids_and_slugs_are_taken_back_from_the_iris_minted_for_them() {
        String entity = minter.entity("Alibaba Group");
        assertEquals("alibaba-group", IriMinter.slugOf(entity));
        assertEquals(entity, IriMinter.entityIri(IriMinter.slugOf(entity)));
        String article = minter.article("Nvidia designs chips.");
        assertEquals(IriMinter.bodyHash("Nvidia designs chips."), IriMinter.articleIdOf(article));
        assertEquals(article, IriMinter.articleIri(IriMinter.articleIdOf(article)));
        assertTrue(IriMinter.isArticleIri(article) && !IriMinter.isArticleIri(entity));
        assertEquals("file:///tmp/a.ttl", IriMinter.articleIdOf("file:///tmp/a.ttl"), "not an article IRI: unchanged");
        assertEquals("file:///tmp/a.ttl", IriMinter.slugOf("file:///tmp/a.ttl"), "not an entity IRI: unchanged");
        assertEquals(article, IriMinter.unbracketed("<" + article + ">"));
    }

    @Test
    void terms_and_local_names_convert_both_ways() {
        assertEquals(TK.competesWith.getURI(), IriMinter.termIri("competesWith"));
        assertEquals("competesWith", IriMinter.localName(TK.competesWith.getURI()));
        assertEquals("Company", IriMinter.localName(TK.Company.getURI()));
        assertEquals("label", IriMinter.localName("http://www.w3.org/2000/01/rdf-schema#label"));
        assertEquals("name", IriMinter.localName("https://schema.org/name"));
    }

}
