import CLibXML2

/// What a parser's callbacks report to: the element tree being built and libxml2's errors.
///
/// The parser context's `_private` field points to it. The builder lives in memory of its own,
/// reached through a pointer, so an event costs no exclusivity check at run time (a class's
/// stored property would cost one per event); libxml2 calls back one event at a time, on the
/// thread that feeds it.
final class SAXTarget {
  let builder: UnsafeMutablePointer<ElementTreeBuilder>
  let parserErrors = ParserErrors()

  init(_ builder: ElementTreeBuilder) {
    self.builder = .allocate(capacity: 1)
    self.builder.initialize(to: builder)
  }

  deinit {
    builder.deinitialize(count: 1)
    builder.deallocate()
  }
}

/// The SAX2 handler table that forwards libxml2's events to a `SAXTarget`.
///
/// The parser's context is every callback's first argument (libxml2's own SAX2 handlers for the
/// DOCTYPE and entities, kept from the defaults, need it). Nested contexts that libxml2 opens
/// to expand an entity copy `_private`, so entity content reaches the same target. Comments,
/// processing instructions and entity references build nothing.
enum SAXHandler {
  /// A fresh handler table: SAX2's defaults with kg's element, text and error callbacks.
  static func make() -> xmlSAXHandler {
    var handler = xmlSAXHandler()
    xmlSAXVersion(&handler, 2)
    handler.startElementNs = {
      context, localName, prefix, namespace, _, _, attributeCount, _, attributes in
      guard let (parser, target) = receiver(context) else { return }
      target.builder.pointee.startElement(
        parser, localName: localName, prefix: prefix, namespace: namespace,
        attributeCount: Int(attributeCount), attributes: attributes)
    }
    handler.endElementNs = { context, _, _, _ in
      receiver(context)?.target.builder.pointee.endElement()
    }
    handler.characters = { context, bytes, count in
      guard let (parser, target) = receiver(context) else { return }
      target.builder.pointee.characters(parser, bytes, count: Int(count))
    }
    handler.cdataBlock = handler.characters
    handler.ignorableWhitespace = handler.characters
    handler.comment = nil
    handler.processingInstruction = nil
    handler.reference = nil
    handler.serror = { context, error in
      guard let error else { return }
      receiver(context)?.target.parserErrors.record(error.pointee)
    }
    return handler
  }
}

/// The parser context a callback was given, and the target it reports to.
private func receiver(_ context: UnsafeMutableRawPointer?) -> (
  parser: xmlParserCtxtPtr, target: SAXTarget
)? {
  guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self),
    let target = parser.pointee._private
  else { return nil }
  return (parser, Unmanaged<SAXTarget>.fromOpaque(target).takeUnretainedValue())
}
