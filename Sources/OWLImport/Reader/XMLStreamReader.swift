import CLibXML2

/// A secure, streaming reader over libxml2's `xmlTextReader`: the only code in kg that calls
/// libxml2 for parsing.
///
/// It reads the root element's start tag, then hands out the root's children one complete
/// subtree at a time. The parser never touches the network, loads no DTD and no external
/// entity (every load goes through `EntityLoader`, which refuses), and caps nesting depth and
/// entity expansion; each violation is an `ImportError` with file and line.
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
  private let limits: ReaderLimits
  private let reader: xmlTextReaderPtr
  private let errors = ParserErrors()
  /// Interned libxml2 strings (names, namespaces, languages, base IRIs) by address.
  private var strings: [UnsafeRawPointer: String] = [:]
  /// Bytes of text and attribute values handed out, to bound entity expansion.
  private var producedBytes = 0
  /// A copy of in-memory input, which libxml2 reads without copying: it lives as the reader does.
  private let memory: UnsafeMutableBufferPointer<CChar>?
  /// The root element's `xml:lang` and base IRI, which its children inherit.
  private var rootScope = XMLScope(language: nil, base: nil)

  private static let options = Int32(
    XML_PARSE_NOENT.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
      | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
      | XML_PARSE_BIG_LINES.rawValue)

  init(_ input: Input, limits: ReaderLimits = ReaderLimits()) throws(ImportError) {
    EntityLoader.install()
    self.input = input
    self.limits = limits
    let opened: xmlTextReaderPtr?
    switch input {
    case .file(let path):
      memory = nil
      opened = xmlReaderForFile(path, nil, Self.options)
    case .bytes(let bytes, let name):
      let copy = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(bytes.count, 1))
      _ = copy.initialize(from: bytes.lazy.map { CChar(bitPattern: $0) })
      memory = copy
      opened = xmlReaderForMemory(copy.baseAddress, Int32(bytes.count), name, nil, Self.options)
    }
    guard let opened else {
      memory?.deallocate()
      throw ImportError(.unreadable, file: input.name, message: "cannot open the document")
    }
    reader = opened
    xmlTextReaderSetStructuredErrorHandler(
      reader, ParserErrors.handler, Unmanaged.passUnretained(errors).toOpaque())
  }

  deinit {
    xmlFreeTextReader(reader)
    memory?.deallocate()
  }

  /// The document element, without its children.
  func root() throws(ImportError) -> XMLElement {
    while try advance() {
      if xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue) {
        if let reference = DocumentTypeCheck.externalReference(in: xmlTextReaderCurrentDoc(reader))
        {
          throw ImportError(
            .externalEntity, file: input.name,
            line: Int(xmlGetLineNo(xmlTextReaderCurrentNode(reader))),
            message: "\(reference); kg never loads external entities or DTDs")
        }
        let root = try startElement(in: nil)
        rootScope = root.scope
        return root
      }
    }
    throw ImportError(.malformedXML, file: input.name, message: "the document has no root element")
  }

  /// The next child of the root, read whole; `nil` once the root has ended.
  func nextChild() throws(ImportError) -> XMLElement? {
    while try advance() {
      switch Int(xmlTextReaderNodeType(reader)) {
      case Int(XML_READER_TYPE_ELEMENT.rawValue):
        return try subtree()
      case Int(XML_READER_TYPE_END_ELEMENT.rawValue):
        try drain()
        return nil
      default:
        continue
      }
    }
    return nil
  }

  /// Bytes of the input consumed so far.
  var bytesConsumed: Int { Int(xmlTextReaderByteConsumed(reader)) }

  // MARK: Reading

  /// Moves to the next node, turning parser errors into `ImportError`s.
  private func advance() throws(ImportError) -> Bool {
    let status = xmlTextReaderRead(reader)
    if status < 0 || errors.first != nil { throw parserError() }
    return status == 1
  }

  /// Reads the rest of the document after the root, so trailing garbage is still an error.
  private func drain() throws(ImportError) {
    while try advance() {}
  }

  /// Reads the element at the cursor and everything under it.
  private func subtree() throws(ImportError) -> XMLElement {
    var stack = [try startElement(in: rootScope)]
    if xmlTextReaderIsEmptyElement(reader) == 1 { return stack[0] }
    let baseDepth = xmlTextReaderDepth(reader)
    while try advance() {
      switch Int(xmlTextReaderNodeType(reader)) {
      case Int(XML_READER_TYPE_ELEMENT.rawValue):
        let element = try startElement(in: stack[stack.count - 1].scope)
        if xmlTextReaderIsEmptyElement(reader) == 1 {
          stack[stack.count - 1].children.append(element)
        } else {
          stack.append(element)
        }
      case Int(XML_READER_TYPE_END_ELEMENT.rawValue):
        let finished = stack.removeLast()
        if xmlTextReaderDepth(reader) == baseDepth { return finished }
        stack[stack.count - 1].children.append(finished)
      case Int(XML_READER_TYPE_TEXT.rawValue), Int(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue),
        Int(XML_READER_TYPE_WHITESPACE.rawValue):
        let text = try value()
        stack[stack.count - 1].text += text
      default:
        continue
      }
    }
    throw ImportError(
      .malformedXML, file: input.name, message: "the document ends inside an element")
  }

  /// The element at the cursor, with its attributes, before its content.
  ///
  /// - Parameter parent: the parent's `xml:lang` and base, which the element keeps unless it sets
  ///   its own; `nil` for the root, whose base is the document's location.
  private func startElement(in parent: XMLScope?) throws(ImportError) -> XMLElement {
    let depth = Int(xmlTextReaderDepth(reader))
    let line = Int(xmlGetLineNo(xmlTextReaderCurrentNode(reader)))
    let qualifiedName = interned(xmlTextReaderConstName(reader))
    guard depth < limits.maximumDepth else {
      throw ImportError(
        .nestingTooDeep, file: input.name, line: line, element: qualifiedName,
        message: "elements are nested more than \(limits.maximumDepth) deep")
    }
    let name = XMLName(
      namespace: interned(xmlTextReaderConstNamespaceUri(reader)),
      local: interned(xmlTextReaderConstLocalName(reader)))
    var scope = parent ?? XMLScope(language: nil, base: nil)
    var setsBase = parent == nil
    var attributes: [XMLAttribute] = []
    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
      let namespace = interned(xmlTextReaderConstNamespaceUri(reader))
      if namespace == XMLNamespace.xmlns { continue }
      let local = interned(xmlTextReaderConstLocalName(reader))
      if local == "xmlns" && namespace.isEmpty { continue }
      let attribute = XMLAttribute(
        name: XMLName(namespace: namespace, local: local), value: try value())
      if namespace == XMLNamespace.xml {
        if local == "lang" { scope.language = attribute.value }
        if local == "base" { setsBase = true }
      }
      attributes.append(attribute)
    }
    xmlTextReaderMoveToElement(reader)
    if setsBase {
      // libxml2 resolves `xml:base` against the enclosing bases and the document's location.
      scope.base = xmlTextReaderConstBaseUri(reader).map { interned($0) }
    }
    return XMLElement(
      name: name, qualifiedName: qualifiedName, attributes: attributes, line: line, scope: scope)
  }

  /// The value of the node at the cursor, counted against the expansion cap.
  private func value() throws(ImportError) -> String {
    guard let pointer = xmlTextReaderConstValue(reader) else { return "" }
    let text = String(cString: pointer)
    producedBytes += text.utf8.count
    if producedBytes > limits.expansionAllowance,
      producedBytes > limits.maximumExpansionRatio * max(bytesConsumed, 1)
    {
      throw ImportError(
        .entityExpansion, file: input.name, line: Int(xmlTextReaderGetParserLineNumber(reader)),
        message: "entity expansion produced \(producedBytes) bytes from \(bytesConsumed) read "
          + "(more than \(limits.maximumExpansionRatio)×): refused as an entity bomb")
    }
    return text
  }

  /// A libxml2 string as a Swift one, converted once per distinct address.
  private func interned(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    let key = UnsafeRawPointer(pointer)
    if let known = strings[key] { return known }
    let string = String(cString: pointer)
    strings[key] = string
    return string
  }

  /// The error libxml2 reported, in kg's terms.
  private func parserError() -> ImportError {
    guard let error = errors.first else {
      return ImportError(
        .malformedXML, file: input.name, line: Int(xmlTextReaderGetParserLineNumber(reader)),
        message: "the XML parser stopped")
    }
    return ImportError(
      error.kind, file: input.name, line: error.line, column: error.column, message: error.message)
  }
}
