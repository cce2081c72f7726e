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
//   id, matched ([{muscle, role, regions}]: its TARGETS to the requested muscles, or to every
//   muscle when none was requested; `regions` lists, for each requested muscle or region the
//   muscle lies in, the names along its PART_OF path up to it, the muscle's own first), goal
//   ({name, weight} or null), cautions ([{condition, severity, reason}] of the avoided
//   conditions and muscles below $severity).
//
// The goal is found once, then each exercise's edge to it, as in `recommend`; the paths are
// walked from each matched muscle, under its TARGETS relationship, rather than from the
// exercise again in a column of their own, which would walk the TARGETS twice.
OPTIONAL MATCH (wanted:MuscleGroup)-[:PART_OF*0..4]->(region:MuscleGroup)
  WHERE region.name IN $muscles
WITH collect(DISTINCT wanted) AS wantedMuscles
OPTIONAL MATCH (goal:Goal {name: $goal})
MATCH (e:Exercise)
  WHERE e.id IN $ids
OPTIONAL MATCH (e)-[goalEdge:TARGETS]->(goal)
RETURN e.id AS id,
  [(e)-[t:TARGETS]->(m:MuscleGroup) WHERE size($muscles) = 0 OR m IN wantedMuscles |
    {muscle: m.name, role: t.role,
      regions: [p = (m)-[:PART_OF*0..4]->(r:MuscleGroup) WHERE r.name IN $muscles |
        [n IN nodes(p) | n.name]]}] AS matched,
  CASE WHEN goal IS NULL THEN null ELSE {name: goal.name, weight: goalEdge.weight} END AS goal,
  [(e)-[c:CONTRAINDICATED]->(x) WHERE c.severity < $severity AND x.name IN $avoid |
    {condition: x.name, severity: c.severity, reason: c.reason}] AS cautions
