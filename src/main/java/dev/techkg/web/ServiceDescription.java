package dev.techkg.web;

import dev.techkg.Resources;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The SPARQL 1.1 Service Description of {@code /sparql}, from {@code service-description.ttl} beside this class
 * (read once), resolved against the endpoint's URL for each request. Immutable and thread-safe.
 */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    private final String turtle;
    private final boolean federated;

    /** @param federated whether queries may call other endpoints with SERVICE (serve --allow-service) */
    ServiceDescription(boolean federated) {
        this.turtle = Resources.text(ServiceDescription.class, "service-description.ttl");
        this.federated = federated;
    }

    /** The description of the endpoint at this URL (the request's own, so that {@code sd:endpoint} is where it was asked). */
    Graph describe(String endpoint) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).base(endpoint).parse(graph);
        if (federated) {
            graph.add(Triple.create(NodeFactory.createURI(endpoint), NodeFactory.createURI(SD + "feature"),
                    NodeFactory.createURI(SD + "BasicFederatedQuery")));
        }
        return graph;
    }
}
