// A one-hop pattern comprehension reading a relationship property (~3 per exercise).
MATCH (e:Exercise) WITH e, [(e)-[t:TARGETS]->(m:MuscleGroup) | t.role] AS roles RETURN count(*)
