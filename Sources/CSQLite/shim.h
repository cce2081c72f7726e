#ifndef KG_CSQLITE_SHIM_H
#define KG_CSQLITE_SHIM_H

#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift cannot import.
static inline sqlite3_destructor_type kg_sqlite_transient(void) { return SQLITE_TRANSIENT; }

/// sqlite3_db_config is variadic; this wraps the (int, int*) form used to switch options.
static inline int kg_sqlite_db_config_flag(sqlite3 *db, int op, int value) {
    return sqlite3_db_config(db, op, value, (int *)0);
}

/// Copies the header of the WAL index mapped at `region` (the first of its two copies, 48
/// bytes) to `header`, reading the copies as SQLite's own readers do: the first, a barrier, the
/// second. Returns 1 when they match and the header is initialised, 0 when a writer is
/// rewriting it (or it was never written).
static inline int kg_read_wal_index_header(const volatile void *region, void *header) {
    const volatile unsigned char *copies = (const volatile unsigned char *)region;
    unsigned char *first = (unsigned char *)header;
    unsigned char second[48];
    for (int i = 0; i < 48; i++) first[i] = copies[i];
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    for (int i = 0; i < 48; i++) second[i] = copies[48 + i];
    for (int i = 0; i < 48; i++) if (first[i] != second[i]) return 0;
    return first[12] != 0; /* isInit */
}

#endif
