// vocabulary — every name a recommendation request may use: goals, muscle groups, equipment
// and conditions.
//
// Parameters: none.
// Columns: kind (the label), name, iri.
MATCH (n:Goal) RETURN 'Goal' AS kind, n.name AS name, n.iri AS iri
UNION ALL
MATCH (n:MuscleGroup) RETURN 'MuscleGroup' AS kind, n.name AS name, n.iri AS iri
UNION ALL
MATCH (n:Equipment) RETURN 'Equipment' AS kind, n.name AS name, n.iri AS iri
UNION ALL
MATCH (n:Condition) RETURN 'Condition' AS kind, n.name AS name, n.iri AS iri
