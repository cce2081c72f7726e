// exercise-search — the exercises that pass a search's filters, as summaries.
//
// Parameters
//   $nodes     Node ids of the keyword matches, or null for every exercise.
//   $muscle    A MuscleGroup name (a region stands for its parts) the exercise targets, or null.
//   $equipment An Equipment name (a group stands for its parts) it requires, or null.
//   $goal      A Goal name it TARGETS, or null.
//   $level     The highest difficulty (1–3).
// Defaults: {nodes: null, muscle: null, equipment: null, goal: null, level: 3}
// Columns: node (its node id, to order keyword matches by rank), id, name, level, difficulty,
//   equipment, primaryMuscles; sorted by name, then id.
MATCH (e:Exercise)
  WHERE ($nodes IS NULL OR id(e) IN $nodes) AND e.difficulty <= $level
    AND ($goal IS NULL OR EXISTS { MATCH (e)-[:TARGETS]->(:Goal {name: $goal}) })
    AND ($muscle IS NULL OR EXISTS {
      MATCH (e)-[:TARGETS]->(:MuscleGroup)-[:PART_OF*0..4]->(m:MuscleGroup {name: $muscle}) })
    AND ($equipment IS NULL OR EXISTS {
      MATCH (e)-[:REQUIRES]->(:Equipment)-[:PART_OF*0..4]->(q:Equipment {name: $equipment}) })
RETURN id(e) AS node, e.id AS id, e.name AS name, e.level AS level, e.difficulty AS difficulty,
  [(e)-[:REQUIRES]->(q:Equipment) | q.name] AS equipment,
  [(e)-[t:TARGETS {role: 'primary'}]->(m:MuscleGroup) | m.name] AS primaryMuscles
ORDER BY name, id
