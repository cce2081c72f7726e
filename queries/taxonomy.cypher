// taxonomy — the terms of one vocabulary (MuscleGroup, Equipment, Goal or Condition) with
// their PART_OF hierarchy.
//
// Parameters: $label.
// Columns: name, iri, partOf (the names of the terms it is part of), parts (the names of the
//   terms part of it), sorted by name.
//
// One branch per vocabulary, so that each scans its own label; only the branch whose label
// is $label yields rows.
MATCH (n:MuscleGroup) WHERE $label = 'MuscleGroup'
RETURN n.name AS name, n.iri AS iri,
  [(n)-[:PART_OF]->(p) | p.name] AS partOf, [(c)-[:PART_OF]->(n) | c.name] AS parts
ORDER BY name
UNION ALL
MATCH (n:Equipment) WHERE $label = 'Equipment'
RETURN n.name AS name, n.iri AS iri,
  [(n)-[:PART_OF]->(p) | p.name] AS partOf, [(c)-[:PART_OF]->(n) | c.name] AS parts
ORDER BY name
UNION ALL
MATCH (n:Goal) WHERE $label = 'Goal'
RETURN n.name AS name, n.iri AS iri,
  [(n)-[:PART_OF]->(p) | p.name] AS partOf, [(c)-[:PART_OF]->(n) | c.name] AS parts
ORDER BY name
UNION ALL
MATCH (n:Condition) WHERE $label = 'Condition'
RETURN n.name AS name, n.iri AS iri,
  [(n)-[:PART_OF]->(p) | p.name] AS partOf, [(c)-[:PART_OF]->(n) | c.name] AS parts
ORDER BY name
