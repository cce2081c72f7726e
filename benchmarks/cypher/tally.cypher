// size() of a list filter, over the roles; less roles.cypher, its cost.
MATCH (e:Exercise) WITH e, [(e)-[t:TARGETS]->(m:MuscleGroup) | t.role] AS roles
WITH e, size([r IN roles WHERE r = 'primary']) AS primary RETURN count(*)
