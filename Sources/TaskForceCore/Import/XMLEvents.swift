import CXMLReader
import Foundation

/// Receives a document's elements and text as libxml2's SAX parser streams them.
protocol XMLEventHandler: AnyObject {
    /// `name` is the local name (any namespace prefix removed), and so are the attributes'
    /// names; namespace declarations (`xmlns`, `xmlns:x`) are not attributes. Return false
    /// to stop.
    func start(_ name: String, attributes: [String: String], line: Int) -> Bool
    func end(_ name: String)
    func text(_ text: String)
}

/// Runs libxml2's SAX parser over bytes, safely: no external entities, no DTD, no network,
/// the first error kept with its line, and a file with entity declarations refused before
/// parsing. libxml2 is loaded on the first call (CXMLReader says why), so a missing
/// libxml2 fails the import of an XML file only.
enum XMLEvents {
    static func parse(_ data: Data, file: String, into handler: XMLEventHandler) throws(InputError) {
        try refuseEntityDeclarations(data, file: file)
        // No element fits in fewer than four bytes (`<a/>`), and XMLParser, which waited for
        // four to guess the encoding, said so without parsing: the same message as before.
        guard data.count >= 4 else {
            throw InputError(.badData, file: file, "the file contains no XML element")
        }
        let pump = Pump(handler)
        let outcome = withExtendedLifetime(pump) {
            var events = xml_reader_handler(
                context: Unmanaged.passUnretained(pump).toOpaque(),
                start: { context, name, attributes, count, line in
                    Pump.from(context).start(name, attributes, Int(count), line: Int(line))
                },
                end: { context, name in Pump.from(context).end(name) },
                text: { context, bytes, count in Pump.from(context).text(bytes, count) })
            return data.withUnsafeBytes { bytes in
                xml_reader_parse(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count, &events)
            }
        }
        switch outcome.status {
        case XML_READER_UNAVAILABLE:
            throw InputError(.unavailable, file: file, unavailableMessage)
        case XML_READER_ENTITY_DECLARED:
            throw InputError(.badData, file: file, line: Int(outcome.line), entityMessage)
        case XML_READER_FAILED:
            throw InputError(.badData, file: file, line: Int(outcome.line),
                             "the XML is malformed (\(reason(forCode: Int(outcome.code))))")
        default:
            if !pump.sawElement {
                throw InputError(.badData, file: file, "the file contains no XML element")
            }
        }
    }

    /// The sentence for an import when libxml2 cannot be loaded, worded as the PDF importer's
    /// for a missing poppler.
    static let unavailableMessage =
        "this is XML, and libxml2 (libxml2.so.2), which reads it, could not be loaded: run scripts/setup, or apt-get install libxml2"

    static let entityMessage = "the XML declares entities, which Akoma Ntoso never needs, so it is refused"

    /// Internal entities are how "billion laughs" files explode in memory; Akoma Ntoso
    /// has no use for them, so a file that declares any is refused outright.
    static func refuseEntityDeclarations(_ data: Data, file: String) throws(InputError) {
        guard let doctype = data.firstRange(of: Data("<!DOCTYPE".utf8)) else { return }
        let rest = data[doctype.upperBound...]
        guard let entity = rest.firstRange(of: Data("<!ENTITY".utf8)) else { return }
        let line = data[data.startIndex..<entity.lowerBound].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        throw InputError(.badData, file: file, line: line, entityMessage)
    }

    /// Plain words for the libxml2 error numbers (`xmlParserErrors`) seen in practice.
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

    /// Turns the C callbacks' bytes into the handler's strings.
    private final class Pump {
        let handler: XMLEventHandler
        var sawElement = false

        init(_ handler: XMLEventHandler) { self.handler = handler }

        static func from(_ context: UnsafeMutableRawPointer?) -> Pump {
            Unmanaged<Pump>.fromOpaque(context!).takeUnretainedValue()
        }

        func start(_ name: UnsafePointer<CChar>?, _ attributes: UnsafePointer<UnsafePointer<CChar>?>?,
                   _ count: Int, line: Int) -> Bool {
            sawElement = true
            var named: [String: String] = [:]
            // Five pointers an attribute: local name, prefix, namespace, value, value's end.
            for index in stride(from: 0, to: count * 5, by: 5) {
                guard let attributes, let key = attributes[index],
                      let value = attributes[index + 3], let valueEnd = attributes[index + 4] else { continue }
                let bytes = UnsafeRawBufferPointer(start: value, count: valueEnd - value)
                named[String(cString: key)] = String(decoding: bytes, as: UTF8.self)
            }
            return handler.start(String(cString: name!), attributes: named, line: line)
        }

        func end(_ name: UnsafePointer<CChar>?) {
            handler.end(String(cString: name!))
        }

        func text(_ bytes: UnsafePointer<CChar>?, _ count: Int) {
            handler.text(String(decoding: UnsafeRawBufferPointer(start: bytes, count: count), as: UTF8.self))
        }
    }
}
