// recommend.cypher's closeness to the level: a property read and four arithmetic operators.
MATCH (e:Exercise) WITH e, 1 + 1 - 0.5 * ($level - e.difficulty) AS s RETURN count(*)
