// recommend.cypher's score; less candidates.cypher, its cost.
OPTIONAL MATCH (goal:Goal {name: $goal})
MATCH (e:Exercise)
OPTIONAL MATCH (e)-[goalEdge:TARGETS]->(goal)
WITH e, goalEdge, [(e)-[t:TARGETS]->(m:MuscleGroup) | t.role] AS roles
WITH e, 2 * size([r IN roles WHERE r = 'primary']) + size([r IN roles WHERE r <> 'primary'])
    + 3 * coalesce(goalEdge.weight, 0.0)
    + 1 - 0.5 * ($level - e.difficulty) AS score
RETURN count(*)
