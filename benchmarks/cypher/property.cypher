// One node property read and projected; less count.cypher, its cost.
MATCH (e:Exercise) WITH e, e.difficulty AS d RETURN count(*)
