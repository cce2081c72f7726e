/// The SQLite schema of a kg store and the forward migrations that build it.
///
/// A store's schema version is the number of migrations applied. A new store runs them all from
/// zero; an older store runs the ones it lacks, in one transaction. A store whose version is
/// higher than `Schema.version` was written by a newer kg and is refused unchanged.
///
/// Tables:
/// - `kg_schema_version`: one row, the version.
/// - `label`, `relationship_type`, `property_key`: the catalog, interning names as small integers.
/// - `node(id, labels, label_bits, properties)`: `labels` is the varint list of label IDs;
///   `label_bits` has bit *i* set for label ID *i* < 64, so filters can test labels cheaply.
/// - `node_label(label, node)`: clustered by label, for label scans.
/// - `relationship(id, start, end, type, properties)`.
/// - `adjacency_out(node, type, neighbor, relationship, neighbor_bits)` and `adjacency_in`:
///   clustered by (node, type), so one node's neighbours of one type are one B-tree range; each
///   row carries the far node's `label_bits` so label filters need not read node rows.
/// - `degree(node, type, outgoing, incoming)`: relationship counts per node and type.
/// - `label_statistics`, `type_statistics`: node and relationship counts for the planner.
/// - `property_index(label, key)` and `property_index_entry(label, key, kind, value, node)`:
///   the (label, key) indexes that exist and their entries, ordered for equality and ranges.
/// - `fulltext_index(name, label, keys)`: full-text indexes, each backed by an FTS5 table
///   `fulltext_<name>` whose rowid is the node ID.
/// - `node_key(key, node)`: the stable key (an IRI) of each imported node.
/// - `fact_source(id, name, run)` and `fact(source, kind, entity, key, run, rank)`: which source
///   (an ontology document) stated which node, label, property or relationship, and in which
///   import run, so that a new import of a source retracts exactly what it no longer states.
///   Facts are keyed by source first; a store has few sources (ontology documents), so the facts
///   of one entity are found with one lookup per source (`source IN (SELECT id FROM
///   fact_source)`).
enum Schema {
  /// `PRAGMA application_id` of every kg store ("kg" and a format number).
  static let applicationID: Int32 = 0x6B67_0001

  /// The migrations in order; migration *i* takes version *i* to *i + 1*.
  static let migrations: [String] = [
    """
    CREATE TABLE kg_schema_version(version INTEGER NOT NULL);
    INSERT INTO kg_schema_version VALUES (0);
    CREATE TABLE label(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    CREATE TABLE relationship_type(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    CREATE TABLE property_key(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    CREATE TABLE node(
        id INTEGER PRIMARY KEY, labels BLOB NOT NULL, label_bits INTEGER NOT NULL,
        properties BLOB NOT NULL);
    CREATE TABLE node_label(label INTEGER NOT NULL, node INTEGER NOT NULL,
        PRIMARY KEY(label, node)) WITHOUT ROWID;
    CREATE TABLE relationship(
        id INTEGER PRIMARY KEY, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        type INTEGER NOT NULL, properties BLOB NOT NULL);
    CREATE TABLE adjacency_out(node INTEGER NOT NULL, type INTEGER NOT NULL,
        neighbor INTEGER NOT NULL, relationship INTEGER NOT NULL, neighbor_bits INTEGER NOT NULL,
        PRIMARY KEY(node, type, neighbor, relationship)) WITHOUT ROWID;
    CREATE TABLE adjacency_in(node INTEGER NOT NULL, type INTEGER NOT NULL,
        neighbor INTEGER NOT NULL, relationship INTEGER NOT NULL, neighbor_bits INTEGER NOT NULL,
        PRIMARY KEY(node, type, neighbor, relationship)) WITHOUT ROWID;
    CREATE TABLE degree(node INTEGER NOT NULL, type INTEGER NOT NULL,
        outgoing INTEGER NOT NULL, incoming INTEGER NOT NULL,
        PRIMARY KEY(node, type)) WITHOUT ROWID;
    CREATE TABLE label_statistics(label INTEGER PRIMARY KEY, nodes INTEGER NOT NULL);
    CREATE TABLE type_statistics(type INTEGER PRIMARY KEY, relationships INTEGER NOT NULL);
    CREATE TABLE property_index(label INTEGER NOT NULL, key INTEGER NOT NULL,
        PRIMARY KEY(label, key)) WITHOUT ROWID;
    CREATE TABLE property_index_entry(label INTEGER NOT NULL, key INTEGER NOT NULL,
        kind INTEGER NOT NULL, value, node INTEGER NOT NULL,
        PRIMARY KEY(label, key, kind, value, node)) WITHOUT ROWID;
    CREATE TABLE fulltext_index(name TEXT PRIMARY KEY, label INTEGER NOT NULL, keys TEXT NOT NULL);
    """,
    // Version 2: node and relationship IDs are never reused after a delete, so an ID a client
    // kept cannot come to mean another entity.
    """
    CREATE TABLE node_v2(
        id INTEGER PRIMARY KEY AUTOINCREMENT, labels BLOB NOT NULL, label_bits INTEGER NOT NULL,
        properties BLOB NOT NULL);
    INSERT INTO node_v2 SELECT id, labels, label_bits, properties FROM node;
    DROP TABLE node;
    ALTER TABLE node_v2 RENAME TO node;
    CREATE TABLE relationship_v2(
        id INTEGER PRIMARY KEY AUTOINCREMENT, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        type INTEGER NOT NULL, properties BLOB NOT NULL);
    INSERT INTO relationship_v2 SELECT id, start, "end", type, properties FROM relationship;
    DROP TABLE relationship;
    ALTER TABLE relationship_v2 RENAME TO relationship;
    """,
    // Version 3: keyed nodes and the provenance of imported facts.
    """
    CREATE TABLE node_key(key TEXT PRIMARY KEY, node INTEGER NOT NULL) WITHOUT ROWID;
    CREATE INDEX node_key_node ON node_key(node);
    CREATE TABLE fact_source(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, run INTEGER NOT NULL);
    CREATE TABLE fact(source INTEGER NOT NULL, kind INTEGER NOT NULL, entity INTEGER NOT NULL,
        key INTEGER NOT NULL, run INTEGER NOT NULL, rank INTEGER NOT NULL,
        PRIMARY KEY(source, kind, entity, key)) WITHOUT ROWID;
    CREATE INDEX fact_entity ON fact(kind, entity, key);
    """,
    // Version 4: a store has few sources, so a fact is found by entity through one primary-key
    // lookup per source; an index by entity cost every import a second B-tree insert per fact.
    """
    DROP INDEX fact_entity;
    """,
  ]

  /// The schema version this kg writes.
  static var version: Int64 { Int64(migrations.count) }
}
