// recommend-explanation — why each of the chosen exercises is recommended: the requested
// muscles it targets, the goal it serves, the graph paths behind them and the cautions to keep
// in mind. KnowledgeGraph.recommend runs it for the few candidates `recommend` chose.
//
// Parameters
//   $ids       Exercise ids.
//   $goal, $muscles, $avoid, $severity   As in `recommend`.
//
// Defaults: {ids: [], goal: null, muscles: [], avoid: [], severity: 2}
//
// Columns, one row per exercise found
//   id, matched ([{muscle, role}]: its TARGETS to the requested muscles, or to every muscle when
//   none was requested), goal ({name, weight} or null), paths ([{nodes, types}]: the names along
//   each TARGETS/PART_OF path from the exercise to a requested muscle or region, and the
//   relationship types between them), cautions ([{condition, severity, reason}] of the avoided
//   conditions and muscles below $severity).
OPTIONAL MATCH (wanted:MuscleGroup)-[:PART_OF*0..4]->(region:MuscleGroup)
  WHERE region.name IN $muscles
WITH collect(DISTINCT wanted) AS wantedMuscles
MATCH (e:Exercise)
  WHERE e.id IN $ids
OPTIONAL MATCH (e)-[goalEdge:TARGETS]->(goal:Goal {name: $goal})
RETURN e.id AS id,
  [(e)-[t:TARGETS]->(m:MuscleGroup) WHERE size($muscles) = 0 OR m IN wantedMuscles |
    {muscle: m.name, role: t.role}] AS matched,
  CASE WHEN goal IS NULL THEN null ELSE {name: goal.name, weight: goalEdge.weight} END AS goal,
  [p = (e)-[:TARGETS]->(m:MuscleGroup)-[:PART_OF*0..4]->(r:MuscleGroup)
    WHERE m IN wantedMuscles AND r.name IN $muscles
    | {nodes: [n IN nodes(p) | n.name], types: [x IN relationships(p) | type(x)]}] AS paths,
  [(e)-[c:CONTRAINDICATED]->(x) WHERE c.severity < $severity AND x.name IN $avoid |
    {condition: x.name, severity: c.severity, reason: c.reason}] AS cautions
