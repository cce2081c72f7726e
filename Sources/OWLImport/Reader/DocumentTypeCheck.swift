import CLibXML2

/// Finds what a document's DOCTYPE asks to load from outside: an external DTD subset, or an
/// external entity (general or parameter). kg refuses such documents outright (XXE), rather
/// than quietly parsing them without the missing text.
enum DocumentTypeCheck {
  /// A description of the first external reference in the document's DTD, if any.
  static func externalReference(in document: xmlDocPtr?) -> String? {
    guard let dtd = document?.pointee.intSubset?.pointee else { return nil }
    if let system = dtd.SystemID {
      return "the DOCTYPE refers to the external DTD \"\(String(cString: system))\""
    }
    if let publicID = dtd.ExternalID {
      return "the DOCTYPE refers to the external DTD \"\(String(cString: publicID))\""
    }
    let found = ExternalEntities()
    let context = Unmanaged.passUnretained(found).toOpaque()
    for table in [dtd.entities, dtd.pentities] where table != nil {
      xmlHashScan(OpaquePointer(table), ExternalEntities.scanner, context)
    }
    return found.first.map { "the DOCTYPE declares the external entity \($0)" }
  }
}

/// Collects the name of the first external entity `xmlHashScan` visits.
private final class ExternalEntities {
  var first: String?

  static let scanner: xmlHashScanner = { payload, data, _ in
    guard let payload, let data else { return }
    let entities = Unmanaged<ExternalEntities>.fromOpaque(data).takeUnretainedValue()
    let entity = payload.assumingMemoryBound(to: xmlEntity.self).pointee
    let external: Set<UInt32> = [
      XML_EXTERNAL_GENERAL_PARSED_ENTITY.rawValue, XML_EXTERNAL_GENERAL_UNPARSED_ENTITY.rawValue,
      XML_EXTERNAL_PARAMETER_ENTITY.rawValue,
    ]
    guard entities.first == nil, external.contains(entity.etype.rawValue) else { return }
    let name = entity.name.map { String(cString: $0) } ?? "?"
    let target = entity.SystemID.map { String(cString: $0) } ?? "?"
    entities.first = "\"\(name)\" (\(target))"
  }
}
