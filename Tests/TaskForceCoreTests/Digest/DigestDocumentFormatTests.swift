import Foundation
import Testing
import ZIPFoundation
import AnnotationFixtures
@testable import TaskForceCore

/// The DOCX and ODT digests (issue 14, item 10) opened as the zips of XML they are: every
/// part well-formed for `XMLEvents` (libxml2), the digest's words in them as text (hostile ones
/// escaped, controls and bidi overrides gone), real headings and tables, page numbers in
/// the footer, a hidden comment's words nowhere, and the same bytes for the same digest.
@Suite struct DigestDocumentFormatTests {
    typealias F = DigestFixtures

    enum Format: String, CaseIterable, Sendable {
        case docx, odt
        func render(_ d: Digest) -> [UInt8] { self == .docx ? DigestDOCX.render(d) : DigestODT.render(d) }
        /// The part that holds the body.
        var body: String { self == .docx ? "word/document.xml" : "content.xml" }
    }

    /// Collects what `XMLEvents` streams: element names, and the text of each paragraph
    /// (`w:p`, `text:p`, `text:h`; `text:s` counted as a space, as ODF reads it).
    final class Reading: XMLEventHandler {
        var elements: [String] = []
        var attributes: [[String: String]] = []
        var paragraphs: [String] = []
        var text = ""
        private var open = 0
        func start(_ name: String, attributes: [String: String], line: Int) -> Bool {
            elements.append(name)
            self.attributes.append(attributes)
            if name == "p" || name == "h" { open += 1; if open == 1 { text = "" } }
            if name == "s" { text += String(repeating: " ", count: Int(attributes["c"] ?? "1") ?? 1) }
            return true
        }
        func end(_ name: String) {
            if name == "p" || name == "h" {
                open -= 1
                if open == 0 { paragraphs.append(text) }
            }
        }
        func text(_ text: String) { if open > 0 { self.text += text } }
    }

    static func entries(_ bytes: [UInt8]) throws -> (archive: Archive, parts: [String: Data]) {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        return (archive, parts)
    }

    /// Every XML part parsed (a malformed one throws); the body's reading.
    static func read(_ format: Format, _ d: Digest) throws -> (parts: [String: Data], body: Reading) {
        let (_, parts) = try entries(format.render(d))
        var body: Reading?
        for (path, data) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            let reading = Reading()
            try XMLEvents.parse(data, file: path, into: reading)
            if path == format.body { body = reading }
        }
        return (parts, try #require(body))
    }

    static let demo: [Annotation] = {
        let original = F.comment("Le bouton doit aussi marcher à domicile", stance: .concern, tags: [.safety, .housing])
        let repeated = F.comment("Pareil", stance: .concern, proposal: "Le bouton fonctionne aussi au domicile.")
        let proposing = F.comment("Le registre nous met en danger", article: "12", stance: .oppose, tags: [.privacy],
                                  proposal: "Artikel 12 wordt geschrapt.", language: "nl")
        let hidden = F.comment("Le gérant Marc Exemple ferme la porte", article: "12", stance: .oppose,
                               proposal: "Rue des Exemples 12")
        return [original, repeated, proposing, hidden,
                Annotation.marking(repeated, asDuplicateOf: original, day: F.day),
                Annotation.endorsement(of: proposing, count: 6, day: F.day),
                Annotation.hiding(hidden, day: F.day)]
    }()

    @Test(arguments: Format.allCases)
    func everyPartIsWellFormedAndHoldsTheDigestsWords(_ format: Format) throws {
        for language in UILanguage.allCases {
            let d = F.digest(Self.demo, language: language)
            let (_, body) = try Self.read(format, d)
            let all = body.paragraphs.joined(separator: "\n")
            #expect(body.paragraphs.contains(d.header.title), "\(format) \(language)")
            #expect(all.contains("Le bouton doit aussi marcher à domicile"))
            #expect(all.contains("Le registre nous met en danger"))
            // The table of all articles: its header, and the totals (2 opposed, 6 "me too"s).
            for label in [DigestLabel.article, .support, .concern, .oppose, .question] {
                #expect(body.paragraphs.contains(label.text(language)), "\(format) \(language) \(label)")
            }
            #expect(body.paragraphs.contains(DigestLabel.total.text(language)))
            #expect(body.paragraphs.contains("6"))
            // The duplicate's proposed wording (item 5), and the proposal's redline.
            #expect(all.contains(DigestLabel.duplicateWording.text(language)))
            #expect(all.contains("au domicile."))
            #expect(all.contains("geschrapt"))
            // The hidden comment is counted, its words are nowhere.
            #expect(all.contains(DigestLabel.hiddenOne.text(language)))
            for word in ["Marc", "Exemples"] { #expect(!all.contains(word), "\(format) \(language)") }
        }
    }

    /// The parts a small demo has not: the breakdown by session (a second table), comments
    /// on an article no longer in the text, and a digest with no comment at all.
    @Test(arguments: Format.allCases)
    func theBreakdownOrphansAndAnEmptyDigestAreThereToo(_ format: Format) throws {
        let sessions = [SessionRecord(code: "BXL-1", place: "Bruxelles", day: F.day, headcount: 9),
                        SessionRecord(code: "GNT-1", place: "Gent", day: F.day, headcount: 7)]
        let d = F.digest([F.comment("Avis de Bruxelles", session: "BXL-1"), F.comment("Avis de Gand", article: "12", session: "GNT-1"),
                          F.comment("Sur un article disparu", article: "99", session: "GNT-1", fingerprint: "0123456789abcdef")],
                         sessions: sessions)
        #expect(d.breakdown.grouping == .session && d.orphans.count == 1)
        let (_, body) = try Self.read(format, d)
        #expect(body.elements.filter { $0 == (format == .docx ? "tbl" : "table") }.count == 2)
        for text in [DigestLabel.breakdownSession.text(.en), "Bruxelles", "Gent", DigestLabel.orphans.text(.en),
                     "Article 99", "Sur un article disparu"] {
            #expect(body.paragraphs.contains { $0.contains(text) }, "\(format): \(text)")
        }
        let empty = try Self.read(format, F.digest([]))
        #expect(empty.body.paragraphs.contains(F.demo.title(preferring: ["en"])))
        #expect(empty.body.paragraphs.contains(DigestLabel.total.text(.en)))
    }

    @Test func docxHasRealHeadingsTablesRedlineAndPageNumbers() throws {
        let d = F.digest(Self.demo)
        let (parts, body) = try Self.read(.docx, d)
        let styles = body.attributes.compactMap { $0["val"] }
        #expect(styles.filter { $0 == "Heading1" }.count == 1)
        // All articles, and each annotated article.
        #expect(styles.filter { $0 == "Heading2" }.count == 1 + d.articles.count)
        #expect(body.elements.filter { $0 == "tbl" }.count == 1)
        #expect(body.elements.contains("tblHeader"))
        #expect(body.elements.contains("strike") && body.elements.contains("u"))
        #expect(body.attributes.contains { $0["val"] == "nl" }, "the Dutch proposal's language")
        let headingStyles = String(decoding: try #require(parts["word/styles.xml"]), as: UTF8.self)
        for level in 1...3 {
            #expect(headingStyles.contains("<w:name w:val=\"heading \(level)\"/>"))
            #expect(headingStyles.contains("<w:outlineLvl w:val=\"\(level - 1)\"/>"))
        }
        let footer = String(decoding: try #require(parts["word/footer1.xml"]), as: UTF8.self)
        #expect(footer.contains("w:instr=\" PAGE \"") && footer.contains("w:instr=\" NUMPAGES \""))
        // Nothing says when or by whom.
        let core = String(decoding: try #require(parts["docProps/core.xml"]), as: UTF8.self)
        for field in ["created", "modified", "creator", "lastModifiedBy"] { #expect(!core.contains(field)) }
    }

    @Test func odtHasRealHeadingsTablesRedlineAndPageNumbers() throws {
        let d = F.digest(Self.demo)
        let (parts, body) = try Self.read(.odt, d)
        let headings = zip(body.elements, body.attributes).filter { $0.0 == "h" }.map(\.1)
        #expect(headings.filter { $0["outline-level"] == "1" }.count == 1)
        #expect(headings.filter { $0["outline-level"] == "2" }.count == 1 + d.articles.count)
        #expect(body.elements.filter { $0 == "table" }.count == 1)
        #expect(body.elements.contains("table-header-rows"))
        let spans = body.attributes.compactMap { $0["style-name"] }
        #expect(spans.contains("DigestDeleted") && spans.contains("DigestInserted"))
        #expect(spans.contains("DigestRedline_nl"), "the Dutch proposal's language")
        let styles = String(decoding: try #require(parts["styles.xml"]), as: UTF8.self)
        #expect(styles.contains("<text:page-number text:select-page=\"current\">") && styles.contains("<text:page-count>"))
        for level in 1...3 { #expect(styles.contains("style:name=\"Heading_20_\(level)\" style:display-name=\"Heading \(level)\"")) }
        let meta = String(decoding: try #require(parts["meta.xml"]), as: UTF8.self)
        for field in ["creation-date", "dc:date", "editing-duration", "initial-creator", "dc:creator"] { #expect(!meta.contains(field)) }
    }

    /// ODF: the `mimetype` entry first, stored, with no extra field, so that its media type
    /// stands at byte 38 of the file (how tools recognise an ODT).
    @Test func odtStartsWithItsStoredMediaType() throws {
        let bytes = DigestODT.render(F.digest(Self.demo))
        #expect(Array(bytes[30..<38]) == Array("mimetype".utf8))
        #expect(Array(bytes[38..<(38 + DigestODT.mediaType.utf8.count)]) == Array(DigestODT.mediaType.utf8))
        let (archive, _) = try Self.entries(bytes)
        let first = try #require(archive.makeIterator().next())
        #expect(first.path == "mimetype" && first.type == .file)
        #expect(first.compressedSize == first.uncompressedSize)
    }

    @Test(arguments: Format.allCases)
    func theSameDigestGivesTheSameBytesWithNoDayOrTime(_ format: Format) throws {
        let a = format.render(F.digest(Self.demo))
        let b = format.render(F.digest(Self.demo.reversed()))
        #expect(a == b)
        let (archive, _) = try Self.entries(a)
        for entry in archive {
            #expect(entry.fileAttributes[.modificationDate] as? Date == DocumentZip.entryDate, "\(entry.path)")
        }
        // A different digest, different bytes: the test can fail.
        #expect(format.render(F.digest(Array(Self.demo.dropFirst()))) != a)
    }

    /// Every hostile string of the HTML tests, plus an escape sequence, a bidi override and
    /// characters XML forbids, in comments and proposals: the parts still parse, and read
    /// back as the cleaned text.
    @Test(arguments: Format.allCases)
    func hostileCommentsStayTextAndWellFormed(_ format: Format) throws {
        let extra = ["\u{1B}[31mred\u{1B}[0m and \u{1B}]52;c;cGF5bG9hZA==\u{07}", "abc\u{202E}txt.exe and \u{2066}isolate\u{2069}",
                     "not XML: \u{FFFE}\u{FFFF} < & > ' \" ]]>", "  leading and  double   spaces"]
        let bodies = DigestHTMLTests.hostile + extra
        let d = DigestHTMLTests.digest(bodies.enumerated().map { i, body in
            DigestHTMLTests.comment(body, article: i % 2 == 0 ? "5bis" : "12", proposal: i % 3 == 0 ? body : nil)
        })
        let (parts, body) = try Self.read(format, d)
        let all = body.paragraphs.joined(separator: "\n")
        for text in bodies {
            for line in Sanitizer.sanitize(text, for: .export).split(separator: "\n") {
                // Exactly, spaces included, less what XML cannot hold (U+FFFE, U+FFFF).
                let expected = String(String.UnicodeScalarView(line.unicodeScalars.filter(XMLEscaping.allowed)))
                #expect(all.contains(expected), "\(format): \(line.debugDescription)")
            }
        }
        #expect(all.contains("<script>alert(1)</script>"))
        for scalar in ["\u{1B}", "\u{07}", "\u{202E}", "\u{2066}", "\u{FFFE}", "\u{FFFF}"] {
            #expect(!all.contains(scalar), "\(format) keeps \(scalar.unicodeScalars.first!.value)")
        }
        // In the bytes too: no raw markup from a comment (`<script` only ever escaped).
        let xml = String(decoding: try #require(parts[format.body]), as: UTF8.self)
        #expect(!xml.contains("<script") && xml.contains("&lt;script&gt;"))
        #expect(!xml.contains("\u{1B}") && !xml.contains("\u{202E}"))
    }

    /// The escaping itself, without the digest's sanitizing in front of it.
    @Test func xmlEscapingDropsWhatXMLForbidsAndEscapesMarkup() {
        #expect(XMLEscaping.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&apos;")
        #expect(XMLEscaping.escape("\u{1B}[1m\u{0}x\u{FFFE}\u{FFFF}y") == "[1mxy")
        #expect(XMLEscaping.escape("\"\u{301}<\u{301}") == "&quot;\u{301}&lt;\u{301}")
        #expect(XMLEscaping.escape("tab\tline\nok 😀") == "tab\tline\nok 😀")
    }
}
