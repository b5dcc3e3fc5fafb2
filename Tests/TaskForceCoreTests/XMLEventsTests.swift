import Foundation
import Testing
@testable import TaskForceCore

/// `XMLEvents` over libxml2 loaded on first use (CXMLReader): the events, names and lines the
/// importers rely on, and the hostile cases, with the messages and lines FoundationXML's
/// `XMLParser` gave before the change (the same parser, driven the same way).
@Suite("XML events")
struct XMLEventsTests {
    /// Every event as one line: `S name line key=value…` (attributes sorted), `E name`,
    /// `T text` (adjacent runs joined: libxml2 may cut a text node anywhere).
    final class Recorder: XMLEventHandler {
        var events: [String] = []
        var stopAtStart: Int?
        private var starts = 0
        private var pending = ""

        init(stopAtStart: Int? = nil) { self.stopAtStart = stopAtStart }

        private func flush() {
            if !pending.isEmpty { events.append("T " + pending) }
            pending = ""
        }

        func start(_ name: String, attributes: [String: String], line: Int) -> Bool {
            flush()
            starts += 1
            let pairs = attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            events.append((["S", name, String(line)] + pairs).joined(separator: " "))
            return starts != stopAtStart
        }

        func end(_ name: String) { flush(); events.append("E " + name) }
        func text(_ text: String) { pending += text }

        func finished() -> [String] { flush(); return events }
    }

    static func events(_ xml: String, stopAtStart: Int? = nil) throws(InputError) -> [String] {
        let recorder = Recorder(stopAtStart: stopAtStart)
        try XMLEvents.parse(Data(xml.utf8), file: "f.xml", into: recorder)
        return recorder.finished()
    }

    static func failure(_ data: Data) -> InputError? {
        do {
            try XMLEvents.parse(data, file: "f.xml", into: Recorder())
            return nil
        } catch {
            return error
        }
    }

    static func failure(_ xml: String) -> InputError? { failure(Data(xml.utf8)) }

    @Test func namespacedNamesArriveAsLocalNamesWithoutTheirDeclarations() throws {
        let xml = """
            <w:document xmlns:w="http://w.example" xmlns="http://d.example" xmlns:name="http://n.example">\
            <w:p w:val="1" xml:lang="fr" plain="p"><w:t>Bonjour</w:t></w:p></w:document>
            """
        #expect(try Self.events(xml) == [
            // `xmlns:name` used to arrive as an attribute `name`; no importer wants it.
            "S document 1",
            "S p 1 lang=fr plain=p val=1",
            "S t 1", "T Bonjour", "E t",
            "E p",
            "E document",
        ])
    }

    @Test func referencesAreDecodedInTextAndAttributes() throws {
        let xml = #"<a v="x &amp; y &#38; z &lt; &#233;">t &amp; u &#xE9;<![CDATA[<b> & ]]></a>"#
        #expect(try Self.events(xml) == ["S a 1 v=x & y & z < é", "T t & u é<b> & ", "E a"])
    }

    @Test func aStartTagHasTheLineItEndsOn() throws {
        let xml = "<?xml version=\"1.0\"?>\n<a\n b=\"1\"\n>\n<b/><!-- c -->\n<?pi x?><c>x</c></a>"
        #expect(try Self.events(xml) == ["S a 4 b=1", "T \n", "S b 5", "E b", "T \n", "S c 6", "T x", "E c", "E a"])
    }

    @Test func aHandlerReturningFalseStopsTheParse() throws {
        let xml = "<a><b>one</b><c>two</c><d>three</d>\n<broken></a>"
        // Stopped at <c>: nothing after it arrives, and the error further on is never reached.
        #expect(try Self.events(xml, stopAtStart: 3) == ["S a 1", "S b 1", "T one", "E b", "S c 1"])
    }

    /// The messages and lines of FoundationXML's `XMLParser`, compared case by case when
    /// libxml2 replaced it (the importers' tests and the README's messages depend on them).
    @Test(arguments: [
        ("<akomaNtoso>\n<act>\n<body><article><num>1</num></body>\n</act></akomaNtoso>", 3,
         "an end tag does not match its start tag"),
        ("<?xml version=\"1.0\"?>\n<a>\n<b>text</b>\n", 3, "the document is cut short or goes on after its end"),
        ("<a/>\n<b/>", 2, "the document is cut short or goes on after its end"),
        ("<a>\n&nbsp;</a>", 2, "it uses an entity that is not declared"),
        ("<a>&amp</a>", 1, "an entity reference is missing its semicolon"),
        ("<a b=\"1\" b=\"2\"></a>", 1, "an attribute is repeated"),
        ("<a b></a>", 1, "an attribute has no value"),
        ("<a b=\"x></a>", 1, "an attribute value is not closed"),
        ("<a>\n\u{1}</a>", 2, "it contains a character XML does not allow"),
        ("just text here", 1, "the document is empty"),
        // A warning (a namespace that is not a URI) stopped XMLParser too.
        ("<a xmlns=\"foo\"><b/></a>", 1, "parser error 100"),
    ])
    func malformedXMLGivesItsReasonAndLine(xml: String, line: Int, reason: String) {
        let error = Self.failure(xml)
        #expect(error?.kind == .badData)
        #expect(error?.file == "f.xml")
        #expect(error?.line == line)
        #expect(error?.message == "the XML is malformed (\(reason))")
    }

    /// In UTF-8 the byte search for `<!ENTITY` refuses it before parsing; in UTF-16 that
    /// search finds nothing, and the parser refuses it instead.
    @Test(arguments: [String.Encoding.utf8, .utf16])
    func anEntityDeclarationIsRefused(encoding: String.Encoding) throws {
        let xml = "<?xml version=\"1.0\" encoding=\"\(encoding == .utf8 ? "UTF-8" : "UTF-16")\"?>\n"
            + "<!DOCTYPE a [\n<!ENTITY x \"lol\">\n]>\n<a>&x;</a>"
        let error = Self.failure(try #require(xml.data(using: encoding)))
        #expect(error?.kind == .badData)
        #expect(error?.line == 3)
        #expect(error?.message == XMLEvents.entityMessage)
    }

    @Test func aDocumentTypeIsNeverLoaded() throws {
        // An unreachable DTD (no network is used): read as if it were not named.
        let xml = "<!DOCTYPE a PUBLIC \"-//x//y\" \"http://example.invalid/a.dtd\">\n<a>x</a>"
        #expect(try Self.events(xml) == ["S a 2", "T x", "E a"])
    }

    @Test func noElementIsRefused() {
        for xml in ["", "<a>", "<?xml version=\"1.0\"?>\n<!-- only a comment -->"] {
            let error = Self.failure(xml)
            #expect(error?.kind == .badData, "\(xml)")
            #expect(error?.file == "f.xml")
        }
        #expect(Self.failure("<a>")?.message == "the file contains no XML element")
    }

    /// libxml2 is loaded by whichever thread comes first; the others wait for it, and parses
    /// run side by side (the review screen imports on workers).
    @Test func parsesOnSeveralThreadsAtOnce() {
        let lock = NSLock()
        nonisolated(unsafe) var results: [Int: [String]] = [:]
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let found = try? Self.events("<a n=\"\(index)\"><b>\(index)</b></a>")
            lock.withLock { results[index] = found }
        }
        for index in 0..<8 {
            #expect(results[index] == ["S a 1 n=\(index)", "S b 1", "T \(index)", "E b", "E a"])
        }
    }
}
