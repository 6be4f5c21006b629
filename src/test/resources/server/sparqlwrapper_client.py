"""An independent SPARQL client for PactGraph's tests: Python's SPARQLWrapper (Debian's
python3-sparqlwrapper) asks the endpoint a query from a file and prints the answer as CSV.

usage: python3 sparqlwrapper_client.py ENDPOINT QUERY_FILE GET|POST
"""
import csv
import sys

from SPARQLWrapper import GET, JSON, POST, SPARQLWrapper

endpoint, query_file, method = sys.argv[1], sys.argv[2], sys.argv[3]
client = SPARQLWrapper(endpoint, agent="pactgraph-test")
client.setMethod(POST if method == "POST" else GET)
with open(query_file, encoding="utf-8") as f:
    client.setQuery(f.read())
client.setReturnFormat(JSON)
answer = client.query().convert()

names = answer["head"]["vars"]
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(names)
for row in answer["results"]["bindings"]:
    out.writerow([row.get(name, {}).get("value", "") for name in names])
