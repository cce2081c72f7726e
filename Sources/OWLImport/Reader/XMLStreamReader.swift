import CLibXML2

/// A secure, streaming reader over libxml2's SAX2 push parser: the only code in kg that calls
/// libxml2 for parsing.
///
/// It reads the root element's start tag, then hands out the root's children one complete
/// subtree at a time, feeding the parser the document a chunk at a time as they are asked for.
/// The parser never touches the network, loads no DTD and no external entity (every load goes
/// through `EntityLoader`, which refuses), and the builder caps nesting depth and entity
/// expansion; each violation is an `ImportError` with file and line.
final class XMLStreamReader {
  /// The document: a file path, or bytes with the name to report.
  enum Input {
    case file(String)
    case bytes([UInt8], name: String)

    var name: String {
      switch self {
      case .file(let path): path
      case .bytes(_, let name): name
      }
    }
  }

  let input: Input
  private let chunks: DocumentChunks
  private let target: SAXTarget
  private let parser: xmlParserCtxtPtr
  /// Whether the whole document has been handed to the parser.
  private var ended = false
  /// The error that stopped the parser, thrown once what was read before it has been taken.
  private var pendingError: ImportError?

  private static let options = Int32(
    XML_PARSE_NOENT.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
      | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)

  init(_ input: Input, limits: ReaderLimits = ReaderLimits()) throws(ImportError) {
    EntityLoader.install()
    self.input = input
    guard let chunks = DocumentChunks(input) else {
      throw ImportError(.unreadable, file: input.name, message: "cannot open the document")
    }
    var handler = SAXHandler.make()
    guard let parser = xmlCreatePushParserCtxt(&handler, nil, nil, 0, input.name) else {
      throw ImportError(.unreadable, file: input.name, message: "cannot start the XML parser")
    }
    xmlCtxtUseOptions(parser, Self.options)
    self.chunks = chunks
    self.parser = parser
    target = SAXTarget(
      ElementTreeBuilder(limits: limits, documentName: input.name, dictionary: parser.pointee.dict))
    parser.pointee._private = Unmanaged.passUnretained(target).toOpaque()
  }

  deinit {
    if let document = parser.pointee.myDoc { xmlFreeDoc(document) }
    xmlFreeParserCtxt(parser)
  }

  /// The document element, without its children.
  func root() throws(ImportError) -> XMLElement {
    while true {
      if let root = target.builder.pointee.root { return root }
      if let pendingError { throw pendingError }
      guard try feed() else {
        throw ImportError(
          .malformedXML, file: input.name, message: "the document has no root element")
      }
    }
  }

  /// The next child of the root, read whole; `nil` once the document has ended.
  func nextChild() throws(ImportError) -> XMLElement? {
    while true {
      if let child = target.builder.pointee.takeCompleted() { return child }
      if let pendingError { throw pendingError }
      guard try feed() else { return nil }
    }
  }

  /// Bytes of the input consumed so far.
  var bytesConsumed: Int { target.builder.pointee.inputBytes }

  /// Hands the parser the next chunk; `false` once the whole document has been handed over.
  ///
  /// An error stops the parser and is kept in `pendingError`, which the callers throw once
  /// what was read before it has been taken: errors come in document order.
  private func feed() throws(ImportError) -> Bool {
    guard !ended, pendingError == nil else { return false }
    try chunks.next { chunk throws(ImportError) in
      ended = chunk.isEmpty
      target.builder.pointee.inputBytes += chunk.count
      let status = chunk.withMemoryRebound(to: CChar.self) {
        xmlParseChunk(parser, $0.baseAddress, Int32($0.count), ended ? 1 : 0)
      }
      pendingError = target.builder.pointee.failure ?? parserError(status: status)
    }
    return true
  }

  /// The error libxml2 reported, in kg's terms; `nil` when it reported none.
  private func parserError(status: Int32) -> ImportError? {
    if let error = target.parserErrors.first {
      return ImportError(
        error.kind, file: input.name, line: error.line, column: error.column,
        message: error.message)
    }
    guard status != 0 else { return nil }
    return ImportError(
      .malformedXML, file: input.name, line: Int(xmlSAX2GetLineNumber(parser)),
      message: "the XML parser stopped")
  }
}
