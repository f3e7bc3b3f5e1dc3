package dev.techkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The vocabulary class and ontology/techkg.ttl declare exactly the same terms. */
class VocabularyMatchesOntologyTest {
    private final Model ontology = RDFDataMgr.loadModel(Path.of("ontology", "techkg.ttl").toString());

    @Test
    void every_constant_is_declared_in_the_ontology_and_every_ontology_term_has_a_constant() throws Exception {
        Set<String> constants = new TreeSet<>();
        for (Field field : TK.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                constants.add(((Resource) field.get(null)).getURI());
            }
        }
        Set<String> declared = new TreeSet<>();
        ontology.listSubjects().forEachRemaining(subject -> {
            if (subject.isURIResource() && subject.getURI().startsWith(TK.NAMESPACE)) {
                declared.add(subject.getURI());
            }
        });
        assertEquals(declared, constants);
    }

    @Test
    void exactly_the_relations_the_ontology_declares_symmetric_are_symmetric_in_the_vocabulary_class() {
        for (String name : new String[] {"competesWith", "partnersWith", "regulates", "investsIn", "acquires", "subsidiaryOf",
                "supplies", "foundedBy", "leads", "headquarteredIn", "develops"}) {
            Resource property = ontology.getResource(TK.relation(name).getURI());
            assertEquals(ontology.contains(property, RDF.type, OWL.SymmetricProperty), TK.isSymmetric(property.getURI()), name);
        }
    }

    @Test
    void the_five_entity_classes_and_article_are_subclasses_of_their_schema_org_counterparts() {
        assertSubclass(TK.Company, "Corporation");
        assertSubclass(TK.GovernmentBody, "GovernmentOrganization");
        assertSubclass(TK.Person, "Person");
        assertSubclass(TK.Place, "Place");
        assertSubclass(TK.Product, "Product");
        assertSubclass(TK.Article, "NewsArticle");
    }

    @Test
    void the_eleven_relations_are_object_properties_with_labels_and_comments_and_two_are_symmetric() {
        for (String name : new String[] {"competesWith", "partnersWith", "regulates", "investsIn", "acquires", "subsidiaryOf",
                "supplies", "foundedBy", "leads", "headquarteredIn", "develops"}) {
            Resource property = ontology.getResource(TK.relation(name).getURI());
            assertTrue(ontology.contains(property, RDF.type, OWL.ObjectProperty), name);
            assertTrue(ontology.contains(property, RDFS.label, (RDFNode) null), name + " label");
            assertTrue(ontology.contains(property, RDFS.comment, (RDFNode) null), name + " comment");
        }
        assertTrue(ontology.contains(TK.competesWith, RDF.type, OWL.SymmetricProperty));
        assertTrue(ontology.contains(TK.partnersWith, RDF.type, OWL.SymmetricProperty));
        assertTrue(ontology.contains(TK.regulates, RDFS.domain, TK.GovernmentBody));
        assertTrue(ontology.contains(TK.develops, RDFS.range, TK.Product));
    }

    private void assertSubclass(Resource cls, String schemaClass) {
        assertTrue(ontology.contains(cls, RDFS.subClassOf, ontology.getResource(Vocab.SCHEMA + schemaClass)),
                cls + " rdfs:subClassOf schema:" + schemaClass);
    }

    @Test
    void the_shapes_parse_and_the_ontology_is_one_model() {
        Model shapes = ModelFactory.createDefaultModel();
        RDFDataMgr.read(shapes, Path.of("ontology", "shapes.ttl").toString());
        assertTrue(shapes.size() > 50);
    }
}
