// exercise-search — the exercises that pass a search's filters.
//
// Parameters
//   $nodes     Node ids of the keyword matches, or null for every exercise.
//   $muscle    A MuscleGroup name (a region stands for its parts) the exercise targets, or null.
//   $equipment An Equipment name (a group stands for its parts) it requires, or null.
//   $goal      A Goal name it TARGETS, or null.
//   $level     The highest difficulty (1–3).
// Defaults: {nodes: null, muscle: null, equipment: null, goal: null, level: 3}
// Columns: node (its node id); sorted by name, then id. A page's summaries are
//   `exercise-summaries`.
OPTIONAL MATCH (part:MuscleGroup)-[:PART_OF*0..4]->(:MuscleGroup {name: $muscle})
WITH collect(DISTINCT part) AS muscles
OPTIONAL MATCH (kind:Equipment)-[:PART_OF*0..4]->(:Equipment {name: $equipment})
WITH muscles, collect(DISTINCT kind) AS kinds
MATCH (e:Exercise)
  WHERE ($nodes IS NULL OR id(e) IN $nodes) AND e.difficulty <= $level
    AND ($goal IS NULL OR EXISTS { MATCH (e)-[:TARGETS]->(:Goal {name: $goal}) })
    AND ($muscle IS NULL OR EXISTS { MATCH (e)-[:TARGETS]->(m) WHERE m IN muscles })
    AND ($equipment IS NULL OR EXISTS { MATCH (e)-[:REQUIRES]->(q) WHERE q IN kinds })
RETURN id(e) AS node
ORDER BY e.name, e.id
