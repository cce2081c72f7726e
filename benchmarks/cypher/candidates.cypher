// What recommend.cypher has in hand before scoring: the base of score.cypher and eligibility.cypher.
OPTIONAL MATCH (goal:Goal {name: $goal})
MATCH (e:Exercise)
OPTIONAL MATCH (e)-[goalEdge:TARGETS]->(goal)
WITH e, goalEdge, [(e)-[t:TARGETS]->(m:MuscleGroup) | t.role] AS roles
RETURN count(*)
