import CLibXML2

/// Turns libxml2's SAX2 events into the root element and its children, each child read whole
/// as an `XMLElement` tree, and enforces the reader's limits as the events come.
///
/// Only the open elements of the current child and the children completed since the reader
/// last took them are held, so memory stays bounded by one chunk of the document.
struct ElementTreeBuilder {
  let limits: ReaderLimits
  let documentName: String
  /// The first limit the document broke; parsing stops there.
  private(set) var failure: ImportError?
  /// Whether `failure` is set: the events test this flag, which is cheaper than the optional.
  private var failed = false
  /// The document element, without its children, once its start tag is read.
  private(set) var root: XMLElement?
  /// Bytes of the document handed to the parser so far, which bound entity expansion.
  var inputBytes = 0

  /// Children of the root read whole and not taken yet, in document order.
  private var completed: [XMLElement] = []
  private var nextCompleted = 0
  /// The open elements, the root first.
  private var open: [OpenElement] = []
  /// The character data of the open elements below the root, each one's after its parent's.
  private var text: [UInt8] = []
  /// Bytes of text and attribute values produced, to bound entity expansion.
  private var producedBytes = 0
  private var strings: DictionaryStrings

  /// - Parameter dictionary: the parser's dictionary, which holds the names it reports.
  init(limits: ReaderLimits, documentName: String, dictionary: xmlDictPtr?) {
    self.limits = limits
    self.documentName = documentName
    strings = DictionaryStrings(dictionary: dictionary)
  }

  /// The oldest completed child of the root not taken yet.
  mutating func takeCompleted() -> XMLElement? {
    guard nextCompleted < completed.count else { return nil }
    let child = completed[nextCompleted]
    nextCompleted += 1
    if nextCompleted == completed.count {
      completed.removeAll(keepingCapacity: true)
      nextCompleted = 0
    }
    return child
  }

  // MARK: Events

  /// An element's start tag, with its attributes (five pointers each: local name, prefix,
  /// namespace, value and the value's end).
  mutating func startElement(
    _ context: xmlParserCtxtPtr, localName: UnsafePointer<xmlChar>?,
    prefix: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?, attributeCount: Int,
    attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    guard !failed else { return }
    let line = Int(xmlSAX2GetLineNumber(context))
    let name = XMLName(namespace: strings.string(namespace), local: strings.string(localName))
    let prefix = strings.string(prefix)
    guard open.count < limits.maximumDepth else {
      return fail(
        ImportError(
          .nestingTooDeep, file: documentName, line: line,
          element: XMLElement.qualifiedName(prefix, name.local),
          message: "elements are nested more than \(limits.maximumDepth) deep"), context)
    }
    if open.isEmpty, let reference = DocumentTypeCheck.externalReference(in: context.pointee.myDoc)
    {
      return fail(
        ImportError(
          .externalEntity, file: documentName, line: line,
          message: "\(reference); kg never loads external entities or DTDs"), context)
    }
    var scope = open.last?.scope ?? XMLScope(language: nil, base: Self.documentURL(context))
    var elementAttributes: [XMLAttribute] = []
    elementAttributes.reserveCapacity(attributeCount)
    for index in 0..<attributeCount {
      guard let fields = attributes?.advanced(by: 5 * index), let start = fields[3],
        let end = fields[4]
      else { continue }
      guard produced(end - start, context) else { return }
      let attribute = XMLAttribute(
        name: XMLName(namespace: strings.string(fields[2]), local: strings.string(fields[0])),
        value: String(
          decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self))
      if attribute.name.namespace == XMLNamespace.xml {
        if attribute.name.local == "lang" { scope.language = attribute.value }
        if attribute.name.local == "base" {
          scope.base = IRIResolution.resolve(attribute.value, against: scope.base)
        }
      }
      elementAttributes.append(attribute)
    }
    let element = OpenElement(
      name: name, prefix: prefix, attributes: elementAttributes, line: line, scope: scope,
      textStart: text.count)
    if open.isEmpty { root = element.closed(text: "") }
    open.append(element)
  }

  /// The end tag of the innermost open element.
  mutating func endElement() {
    guard !failed, !open.isEmpty else { return }
    let finished = open.removeLast()
    guard !open.isEmpty else { return }
    let textStart = finished.textStart
    let ownText =
      textStart == text.count ? "" : String(decoding: text[textStart...], as: UTF8.self)
    text.removeSubrange(textStart...)
    let element = (consume finished).closed(text: ownText)
    if open.count == 1 {
      completed.append(element)
    } else {
      open[open.count - 1].adopt(element)
    }
  }

  /// Character data of the innermost open element; the root's own is not kept.
  mutating func characters(
    _ context: xmlParserCtxtPtr, _ bytes: UnsafePointer<xmlChar>?, count: Int
  ) {
    guard !failed, let bytes, produced(count, context), open.count > 1 else { return }
    text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
  }

  // MARK: Limits

  /// Counts `count` bytes of produced text; `false`, having stopped the parser, once they exceed
  /// what entity expansion may produce from the input.
  private mutating func produced(_ count: Int, _ context: xmlParserCtxtPtr) -> Bool {
    producedBytes += count
    guard producedBytes > limits.expansionAllowance,
      producedBytes > limits.maximumExpansionRatio * max(inputBytes, 1)
    else { return true }
    fail(
      ImportError(
        .entityExpansion, file: documentName, line: Int(xmlSAX2GetLineNumber(context)),
        message: "entity expansion produced \(producedBytes) bytes from \(inputBytes) read "
          + "(more than \(limits.maximumExpansionRatio)×): refused as an entity bomb"), context)
    return false
  }

  private mutating func fail(_ error: ImportError, _ context: xmlParserCtxtPtr) {
    failure = error
    failed = true
    xmlStopParser(context)
  }

  /// The document's own location, the base of relative IRIs until an `xml:base` says otherwise.
  private static func documentURL(_ context: xmlParserCtxtPtr) -> String? {
    if let url = context.pointee.myDoc?.pointee.URL { return String(cString: url) }
    return context.pointee.input?.pointee.filename.map { String(cString: $0) }
  }
}

/// An element whose end tag is not read yet.
private struct OpenElement {
  let name: XMLName
  let prefix: String
  let attributes: [XMLAttribute]
  let line: Int
  let scope: XMLScope
  /// Where its character data starts in the builder's text.
  let textStart: Int
  private(set) var children: [XMLElement] = []

  /// Adds a finished child. Room for a few is made at the first, so that most elements'
  /// children take one allocation.
  mutating func adopt(_ child: XMLElement) {
    if children.isEmpty { children.reserveCapacity(4) }
    children.append(child)
  }

  /// The element, finished: its fields move into it.
  consuming func closed(text: String) -> XMLElement {
    XMLElement(
      name: name, prefix: prefix, attributes: attributes, children: children, text: text,
      line: line, scope: scope)
  }
}
