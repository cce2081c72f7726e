// recommend.cypher's candidate filter; less count.cypher, its cost.
MATCH (e:Exercise) WHERE e.difficulty <= $level AND NOT e.id IN $exclude RETURN count(*)
