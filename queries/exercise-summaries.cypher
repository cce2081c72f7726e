// exercise-summaries — exercises as a search page lists them.
//
// Parameters
//   $nodes     Node ids of the exercises.
// Defaults: {nodes: []}
// Columns, one row per exercise found: node (its node id), id, name, level, difficulty,
//   equipment, primaryMuscles.
MATCH (e:Exercise)
  WHERE id(e) IN $nodes
RETURN id(e) AS node, e.id AS id, e.name AS name, e.level AS level, e.difficulty AS difficulty,
  [(e)-[:REQUIRES]->(q:Equipment) | q.name] AS equipment,
  [(e)-[t:TARGETS {role: 'primary'}]->(m:MuscleGroup) | m.name] AS primaryMuscles
