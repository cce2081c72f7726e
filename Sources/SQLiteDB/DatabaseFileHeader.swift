import Foundation

/// The first 100 bytes of a SQLite database file, read without SQLite so that a file can be
/// judged before any connection touches it.
///
/// See https://www.sqlite.org/fileformat.html#the_database_header.
package struct DatabaseFileHeader: Equatable, Sendable {
  /// What a file on disk turned out to be.
  package enum Verdict: Equatable, Sendable {
    /// No file, or an empty one: SQLite would start a new database.
    case empty
    /// A SQLite database whose size agrees with its header.
    case database(DatabaseFileHeader)
    /// Not a SQLite database (no magic string, or a header that makes no sense).
    case notADatabase
    /// A SQLite database shorter than its header says, or not a whole number of pages, with no
    /// write-ahead log beside it to complete it.
    case truncated(expectedBytes: Int64, actualBytes: Int64)
  }

  /// The page size in bytes.
  package let pageSize: Int64
  /// The size in pages the header records, when that figure is valid.
  package let pageCount: Int64?

  private static let magic = Array("SQLite format 3\0".utf8)

  /// Reads and judges the file at `path`.
  ///
  /// - Throws: when the file exists but cannot be read.
  package static func inspect(path: String) throws -> Verdict {
    guard FileManager.default.fileExists(atPath: path) else { return .empty }
    let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    let fileSize = Int64(try handle.seekToEnd())
    if fileSize == 0 { return .empty }
    try handle.seek(toOffset: 0)
    let bytes = [UInt8](try handle.read(upToCount: 100) ?? Data())
    guard bytes.count >= magic.count, Array(bytes.prefix(magic.count)) == magic else {
      return .notADatabase
    }
    guard bytes.count == 100 else { return .truncated(expectedBytes: 100, actualBytes: fileSize) }
    return judge(
      header: bytes, fileSize: fileSize, hasLog: try hasWriteAheadLog(at: path + "-wal"))
  }

  /// Whether `path` is a write-ahead log (by its magic number), whose frames SQLite applies to
  /// the database when it opens it.
  ///
  /// A process killed during a checkpoint may leave the database shorter than its header says:
  /// the checkpoint copies pages in page order, so page 1, with the new size, is written before
  /// the pages that grow the file. Those pages are still in the log, which is reset only once a
  /// checkpoint completes, so such a file is whole.
  private static func hasWriteAheadLog(at path: String) throws -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let magic = [UInt8](try handle.read(upToCount: 4) ?? Data())
    return magic == [0x37, 0x7F, 0x06, 0x82] || magic == [0x37, 0x7F, 0x06, 0x83]
  }

  private static func judge(header bytes: [UInt8], fileSize: Int64, hasLog: Bool) -> Verdict {
    func uint32(at offset: Int) -> UInt32 {
      bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }
    let rawPageSize = Int64(bytes[16]) << 8 | Int64(bytes[17])
    let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
    guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { return .notADatabase }
    // The in-header size is only trusted when the change counter matches "version valid for".
    let pageCount: Int64? =
      uint32(at: 24) == uint32(at: 92) && uint32(at: 28) > 0 ? Int64(uint32(at: 28)) : nil
    if let pageCount, fileSize < pageCount * pageSize, !hasLog {
      return .truncated(expectedBytes: pageCount * pageSize, actualBytes: fileSize)
    }
    if fileSize % pageSize != 0, !hasLog {
      return .truncated(expectedBytes: (fileSize / pageSize + 1) * pageSize, actualBytes: fileSize)
    }
    let header = DatabaseFileHeader(pageSize: pageSize, pageCount: pageCount)
    return .database(header)
  }
}
