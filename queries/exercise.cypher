// exercise — one exercise and everything the graph says of it.
//
// Parameters: $id (the exercise id, such as 'Barbell_Squat').
// Columns: id, name, level, difficulty, force, mechanic, category, instructions,
//   muscles ([{muscle, role}]), equipment (names), goals ([{name, weight}]),
//   contraindications ([{condition, severity, reason}]), variantOf ({id, name} or null),
//   variants ([{id, name}]).
MATCH (e:Exercise {id: $id})
RETURN e.id AS id, e.name AS name, e.level AS level, e.difficulty AS difficulty,
  e.force AS force, e.mechanic AS mechanic, e.category AS category,
  e.instructions AS instructions,
  [(e)-[t:TARGETS]->(m:MuscleGroup) | {muscle: m.name, role: t.role}] AS muscles,
  [(e)-[:REQUIRES]->(q:Equipment) | q.name] AS equipment,
  [(e)-[t:TARGETS]->(g:Goal) | {name: g.name, weight: t.weight}] AS goals,
  [(e)-[c:CONTRAINDICATED]->(x) |
    {condition: x.name, severity: c.severity, reason: c.reason}] AS contraindications,
  head([(e)-[:VARIANT_OF]->(r:Exercise) | {id: r.id, name: r.name}]) AS variantOf,
  [(v:Exercise)-[:VARIANT_OF]->(e) | {id: v.id, name: v.name}] AS variants
