// The base of the others: a label scan of the curated ontology's 873 exercises, counted.
MATCH (e:Exercise) RETURN count(*)
