import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Receives a document's elements and text as `XMLParser` streams them.
///
/// A protocol rather than `XMLParserDelegate` subclasses: on Linux the delegate methods
/// are plain Swift protocol requirements, so a method a subclass adds is never called.
protocol XMLEventHandler: AnyObject {
    /// `name` is the local name (any namespace prefix removed). Return false to stop.
    func start(_ name: String, attributes: [String: String], line: Int) -> Bool
    func end(_ name: String)
    func text(_ text: String)
}

/// Runs `XMLParser` over bytes, safely: no external entities, the first error kept with
/// its line, and a file with entity declarations refused before parsing.
enum XMLEvents {
    static func parse(_ data: Data, file: String, into handler: XMLEventHandler) throws(InputError) {
        try refuseEntityDeclarations(data, file: file)
        let pump = Pump(handler)
        let parser = XMLParser(data: data)
        parser.delegate = pump
        // Files name their schema and entities; resolving them could read local files
        // or the network. Namespaces are matched on local names (see `Pump`).
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        _ = parser.parse()  // Its result is unreliable: some errors come back as success.
        if let failure = pump.failure {
            throw InputError(.badData, file: file, line: failure.line,
                             "the XML is malformed (\(reason(forCode: failure.code)))")
        }
        if !pump.sawElement {
            throw InputError(.badData, file: file, "the file contains no XML element")
        }
    }

    /// Internal entities are how "billion laughs" files explode in memory; Akoma Ntoso
    /// has no use for them, so a file that declares any is refused outright.
    static func refuseEntityDeclarations(_ data: Data, file: String) throws(InputError) {
        guard let doctype = data.firstRange(of: Data("<!DOCTYPE".utf8)) else { return }
        let rest = data[doctype.upperBound...]
        guard let entity = rest.firstRange(of: Data("<!ENTITY".utf8)) else { return }
        let line = data[data.startIndex..<entity.lowerBound].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        throw InputError(.badData, file: file, line: line,
                         "the XML declares entities, which Akoma Ntoso never needs, so it is refused")
    }

    /// Plain words for the libxml2 error numbers seen in practice (Darwin's
    /// `NSXMLParserError` uses the same numbers; Linux reports them raw).
    static func reason(forCode code: Int) -> String {
        switch code {
        case 4: "the document is empty"
        case 5: "the document is cut short or goes on after its end"
        case 9: "it contains a character XML does not allow"
        case 23, 24: "an entity reference is missing its semicolon"
        case 26, 27: "it uses an entity that is not declared"
        case 38, 39: "an attribute value is not closed"
        case 41: "an attribute has no value"
        case 42: "an attribute is repeated"
        case 73: "a '>' is missing"
        case 76: "an end tag does not match its start tag"
        case 77: "a tag is not finished"
        case 89: "entities refer to each other in a loop"
        default: "parser error \(code)"
        }
    }

    private final class Pump: NSObject, XMLParserDelegate {
        let handler: XMLEventHandler
        var failure: (code: Int, line: Int)?
        var sawElement = false
        private var stopped = false

        init(_ handler: XMLEventHandler) { self.handler = handler }

        static func localName(_ name: String) -> String {
            guard let colon = name.lastIndex(of: ":") else { return name }
            return String(name[name.index(after: colon)...])
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            guard !stopped else { return }
            sawElement = true
            var local: [String: String] = [:]
            for (key, value) in attributes { local[Self.localName(key)] = value }
            if !handler.start(Self.localName(elementName), attributes: local, line: parser.lineNumber) {
                stopped = true
                parser.abortParsing()
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?) {
            guard !stopped else { return }
            handler.end(Self.localName(elementName))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stopped else { return }
            handler.text(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard !stopped else { return }
            handler.text(String(decoding: CDATABlock, as: UTF8.self))
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            // libxml2 may go on reporting after the first error; the first is the cause.
            guard !stopped, failure == nil else { return }
            failure = ((parseError as NSError).code, parser.lineNumber)
            stopped = true
            parser.abortParsing()
        }
    }
}
