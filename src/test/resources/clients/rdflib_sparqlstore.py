# rdflib's SPARQLStore as a user would point it at TechKG: returnFormat='json' for every query form.
# Prints one line per CONSTRUCT triple and per SELECT row; any client-side failure exits non-zero.
import sys

from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore

graph = Graph(SPARQLStore(sys.argv[1], returnFormat="json"))
for s, p, o in graph.query("CONSTRUCT WHERE { <urn:example:a> ?p ?o }"):
    print("triple", s, p, o)
for row in graph.query("SELECT ?o WHERE { ?s <urn:example:p> ?o } ORDER BY ?o"):
    print("row", row[0])
