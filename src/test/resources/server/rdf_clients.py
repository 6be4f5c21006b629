"""RDF clients written by others, for PactGraph's tests: what Python's rdflib and SPARQLWrapper
(Debian's python3-rdflib and python3-sparqlwrapper) read from the server, printed as the number
of triples and rdflib's digest of the graph (the same for isomorphic graphs).

usage: python3 rdf_clients.py rdflib IRI FORMAT|auto
       python3 rdf_clients.py sparqlwrapper ENDPOINT QUERY RETURN_FORMAT
"""
import sys
import warnings

from rdflib import Graph
from rdflib.compare import to_isomorphic

warnings.simplefilter("ignore")


def report(graph):
    print(len(graph), to_isomorphic(graph).graph_digest())


def by_rdflib(iri, fmt):
    g = Graph()
    if fmt == "auto":
        g.parse(iri)
    else:
        g.parse(iri, format=fmt)
    report(g)


def by_sparqlwrapper(endpoint, query, return_format):
    from SPARQLWrapper import SPARQLWrapper
    client = SPARQLWrapper(endpoint, agent="pactgraph-test")
    client.setQuery(query)
    client.setReturnFormat(return_format)
    result = client.query()
    if return_format in ("xml", "rdf+xml"):
        report(result.convert())
        return
    # Turtle and N3 come back as bytes; SPARQLWrapper 1.8.5 (Debian 12) refuses JSON-LD itself,
    # asking for the retired rdflib-jsonld plugin.
    g = Graph()
    g.parse(data=result.response.read(), format=return_format)
    report(g)


if sys.argv[1] == "rdflib":
    by_rdflib(sys.argv[2], sys.argv[3])
else:
    by_sparqlwrapper(sys.argv[2], sys.argv[3], sys.argv[4])
