// recommend.cypher's roles: roles.cypher with its WHERE, which with no muscles asked for admits every neighbour.
OPTIONAL MATCH (wanted:MuscleGroup)-[:PART_OF*0..4]->(region:MuscleGroup)
  WHERE region.name IN $muscles
WITH collect(DISTINCT wanted) AS wantedMuscles
MATCH (e:Exercise)
WITH e, [(e)-[t:TARGETS]->(m:MuscleGroup) WHERE size($muscles) = 0 OR m IN wantedMuscles | t.role] AS roles
RETURN count(*)
