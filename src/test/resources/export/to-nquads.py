# Reads an RDF file with rdflib (an independent parser) and prints it as N-Quads.
# Usage: python3 to-nquads.py FILE FORMAT   (FORMAT: trig, json-ld, turtle, nquads ...)
import sys
import rdflib

# Keep lexical forms as written ("25000000.0"), so that the comparison is exact.
rdflib.NORMALIZE_LITERALS = False
dataset = rdflib.Dataset()
dataset.parse(sys.argv[1], format=sys.argv[2])
sys.stdout.write(dataset.serialize(format="nquads"))
