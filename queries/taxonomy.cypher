// taxonomy — the terms of one vocabulary (MuscleGroup, Equipment, Goal or Condition) with
// their PART_OF hierarchy.
//
// Parameters: $label.
// Columns: name, iri, partOf (the names of the terms it is part of), parts (the names of the
//   terms part of it), sorted by name.
MATCH (n)
  WHERE $label IN labels(n)
RETURN n.name AS name, n.iri AS iri,
  [(n)-[:PART_OF]->(p) | p.name] AS partOf, [(c)-[:PART_OF]->(n) | c.name] AS parts
ORDER BY name
