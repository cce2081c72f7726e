// recommend.cypher's eligibility, its lists empty (nothing owned or avoided: every EXISTS is skipped); less candidates.cypher, its cost.
OPTIONAL MATCH (goal:Goal {name: $goal})
MATCH (e:Exercise)
OPTIONAL MATCH (e)-[goalEdge:TARGETS]->(goal)
WITH e, goalEdge, [(e)-[t:TARGETS]->(m:MuscleGroup) | t.role] AS roles
WITH e, (size($avoid) = 0 OR NOT EXISTS {
      (e)-[c:CONTRAINDICATED]->(x) WHERE c.severity >= $severity AND x.name IN $avoid })
    AND ($equipment IS NULL OR NOT EXISTS {
      (e)-[:REQUIRES]->(q:Equipment) WHERE NOT q IN [] })
    AND (size([]) = 0 OR NOT EXISTS {
      (e)-[:TARGETS {role: 'primary'}]->(m:MuscleGroup) WHERE m IN [] })
    AS eligible
RETURN count(*)
