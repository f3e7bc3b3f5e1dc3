package dev.techkg.validation;

import dev.techkg.TechKgException;
import dev.techkg.store.SparqlStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/** Validates each article graph of the store against TechKG's SHACL shapes. Thread-safe. */
public final class ShaclValidator {
    /** Where the shapes are on the class path (copied from {@code ontology/shapes.ttl} at build time). */
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    private final SparqlStore store;
    private final Shapes shapes;

    private ShaclValidator(SparqlStore store, Shapes shapes) {
        this.store = store;
        this.shapes = shapes;
    }

    /** A validator with the shipped shapes. */
    public static ShaclValidator loadDefault(SparqlStore store) {
        return new ShaclValidator(store, Shapes.parse(shapesGraph()));
    }

    /** The shapes graph shipped with TechKG. */
    public static Graph shapesGraph() {
        try (InputStream in = ShaclValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new TechKgException("The SHACL shapes " + SHAPES_RESOURCE + " are missing from the class path");
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new TechKgException("Cannot read the SHACL shapes: " + e.getMessage(), e);
        }
    }

    /** Validates every named graph on its own. */
    public ValidationReport validate() {
        List<String> graphs = store.graphNames();
        int conforming = 0;
        List<Violation> violations = new ArrayList<>();
        for (String name : graphs) {
            org.apache.jena.shacl.ValidationReport report = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, store.graph(name));
            if (report.conforms()) {
                conforming++;
            }
            for (ReportEntry entry : report.getEntries()) {
                violations.add(new Violation(name, show(entry.focusNode()),
                        entry.resultPath() == null ? "" : entry.resultPath().toString(),
                        entry.message(), entry.severity().level().getLocalName()));
            }
        }
        return new ValidationReport(graphs.size(), conforming, violations);
    }

    private static String show(Node node) {
        return node.isURI() ? node.getURI() : node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.toString();
    }
}
