// recommend — exercises for a person: their goal, the muscles to train, the equipment at hand,
// what they must avoid and the hardest level they can take, each scored.
//
// Parameters
//   $goal      Goal name, or null for any goal.
//   $muscles   MuscleGroup names; a region ("legs", "upper body") stands for every muscle
//              PART_OF it. Empty: any muscle.
//   $equipment Equipment names the person has; a group ("free weights") stands for its parts.
//              An exercise that REQUIRES anything else is excluded; one that requires nothing
//              ("body only") always qualifies. Null: they have everything.
//   $avoid     Condition or MuscleGroup names. An exercise is excluded when it is
//              CONTRAINDICATED for one with severity >= $severity, or when an avoided muscle
//              (or a muscle PART_OF an avoided region) is one of its primary targets.
//   $severity  The lowest CONTRAINDICATED severity that excludes (1 caution, 2 avoid unless
//              cleared, 3 avoid). Lower severities are kept (`recommend-explanation` reports
//              them as cautions).
//   $level     The highest difficulty the person takes (1 beginner, 2 intermediate, 3 expert).
//   $exclude   Exercise ids to leave out (already done).
//   $explain   true to return the excluded candidates too, with their reasons.
//
// Defaults: {goal: null, muscles: [], equipment: null, avoid: [], severity: 2, level: 3,
//   exclude: [], explain: false}
//
// Columns, one row per candidate, best first
//   id, name, level, difficulty, score, eligible (false: excluded), family (the id of the
//   VARIANT_OF root), equipment, primaryMuscles, missingEquipment, contraindications
//   ([{condition, severity, reason}] at or above $severity), avoidedMuscles — the last three
//   empty unless the candidate is excluded (they are looked for only then: only with $explain
//   does an excluded candidate get here).
//   Why a candidate scores as it does is the saved query `recommend-explanation`, run for the
//   few candidates chosen.
//
// Score = 2 per matched primary muscle + 1 per matched secondary muscle
//       + 3 × the goal's TARGETS weight (0.1–1)
//       + 1 − 0.5 × ($level − difficulty)   (closeness to the level asked for).
// Ties: name, then id. Every candidate is ranked; the lists that describe one (equipment,
// primary muscles, family, reasons) are read as its row is. KnowledgeGraph.recommend reads the
// rows one by one, best first, keeping the list varied (at most so many results per VARIANT_OF
// family and per primary muscle), and stops once it has `limit` results (and, with $explain,
// `limit` excluded candidates): the rest are ranked but never described.
OPTIONAL MATCH (wanted:MuscleGroup)-[:PART_OF*0..4]->(region:MuscleGroup)
  WHERE region.name IN $muscles
WITH collect(DISTINCT wanted) AS wantedMuscles
OPTIONAL MATCH (owned:Equipment)-[:PART_OF*0..4]->(kind:Equipment)
  WHERE kind.name IN $equipment
WITH wantedMuscles, collect(DISTINCT owned) AS ownedEquipment
OPTIONAL MATCH (hurt:MuscleGroup)-[:PART_OF*0..4]->(injury:MuscleGroup)
  WHERE injury.name IN $avoid
WITH wantedMuscles, ownedEquipment, collect(DISTINCT hurt) AS avoidedMuscles
OPTIONAL MATCH (goal:Goal {name: $goal})
MATCH (e:Exercise)
  WHERE NOT e.id IN $exclude
OPTIONAL MATCH (e)-[goalEdge:TARGETS]->(goal)
WITH e, goalEdge, wantedMuscles, ownedEquipment, avoidedMuscles
  WHERE $goal IS NULL OR goalEdge IS NOT NULL
WITH e, goalEdge, ownedEquipment, avoidedMuscles,
  [(e)-[t:TARGETS]->(m:MuscleGroup) WHERE size($muscles) = 0 OR m IN wantedMuscles |
    t.role] AS roles
  // The level is tested here, after the roles, which turn most candidates away for less.
  WHERE (size(roles) > 0 OR size($muscles) = 0) AND e.difficulty <= $level
WITH e, ownedEquipment, avoidedMuscles,
  2 * size([r IN roles WHERE r = 'primary']) + size([r IN roles WHERE r <> 'primary'])
    + 3 * coalesce(goalEdge.weight, 0.0)
    + 1 - 0.5 * ($level - e.difficulty) AS score,
  // The equipment first: it turns more candidates away, for less, than the conditions do.
  ($equipment IS NULL OR NOT EXISTS {
      (e)-[:REQUIRES]->(q:Equipment) WHERE NOT q IN ownedEquipment })
    AND (size($avoid) = 0 OR NOT EXISTS {
      (e)-[c:CONTRAINDICATED]->(x) WHERE c.severity >= $severity AND x.name IN $avoid })
    AND (size(avoidedMuscles) = 0 OR NOT EXISTS {
      (e)-[:TARGETS {role: 'primary'}]->(m:MuscleGroup) WHERE m IN avoidedMuscles })
    AS eligible
  WHERE $explain OR eligible
WITH e, score, eligible, ownedEquipment, avoidedMuscles
  ORDER BY score DESC, e.name, e.id
RETURN e.id AS id, e.name AS name, e.level AS level, e.difficulty AS difficulty, score, eligible,
  coalesce(head([(e)-[:VARIANT_OF]->(root:Exercise) | root.id]), e.id) AS family,
  [(e)-[:REQUIRES]->(q:Equipment) | q.name] AS equipment,
  [(e)-[:TARGETS {role: 'primary'}]->(m:MuscleGroup) | m.name] AS primaryMuscles,
  CASE WHEN eligible THEN [] ELSE
    [(e)-[:REQUIRES]->(q:Equipment) WHERE $equipment IS NOT NULL AND NOT q IN ownedEquipment |
      q.name] END AS missingEquipment,
  CASE WHEN eligible THEN [] ELSE
    [(e)-[c:CONTRAINDICATED]->(x) WHERE c.severity >= $severity AND x.name IN $avoid |
      {condition: x.name, severity: c.severity, reason: c.reason}] END AS contraindications,
  CASE WHEN eligible THEN [] ELSE
    [(e)-[:TARGETS {role: 'primary'}]->(m:MuscleGroup) WHERE m IN avoidedMuscles | m.name] END
    AS avoidedMuscles
