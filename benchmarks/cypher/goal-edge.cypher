// recommend.cypher's goal edge: an optional expand into a bound node, per exercise.
OPTIONAL MATCH (goal:Goal {name: $goal}) MATCH (e:Exercise) OPTIONAL MATCH (e)-[goalEdge:TARGETS]->(goal) RETURN count(*)
