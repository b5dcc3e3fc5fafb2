import AnnotationFixtures
import Foundation
import TaskForceCore
import Testing

/// The catalogue of identifying details (issue 5, "Must show"): written into comments and
/// proposed wordings, exported by the real binary in every format and language; none
/// survives, each is counted, and the ordinary numbers of the catalogue are left alone.
@Suite struct DigestIdentifyingDetailsTests {
    static let rows = IdentifyingDetailsCatalogue.phones + IdentifyingDetailsCatalogue.emails
        + IdentifyingDetailsCatalogue.ibans + IdentifyingDetailsCatalogue.nationalNumbers + IdentifyingDetailsCatalogue.disguised
        + IdentifyingDetailsCatalogue.names + IdentifyingDetailsCatalogue.addresses
    static let placeholders = ["[phone]": "[phone number removed]", "[email]": "[e-mail removed]",
                               "[iban]": "[bank account removed]", "[nn]": "[national number removed]",
                               "[name]": "[name removed]", "[address]": "[address removed]"]

    @Test func noIdentifyingDetailSurvivesAnyExport() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyDemoTexts(into: work.url)
        let store = AnnotationStore(root: work.url.appendingPathComponent("Annotations"))
        var expectedCount = 0
        for (i, (input, expected)) in Self.rows.enumerated() {
            let details = Self.placeholders.keys.map { expected.components(separatedBy: $0).count - 1 }.reduce(0, +)
            // Every third row goes in a proposed wording too.
            try store.save(DemoAnnotations.comment(NFC.normalise(input), article: ["1", "5bis", "12"][i % 3],
                                                   proposal: i % 3 == 0 ? NFC.normalise(input) : nil))
            expectedCount += details * (i % 3 == 0 ? 2 : 1)
        }
        for ordinary in IdentifyingDetailsCatalogue.ordinary {
            try store.save(DemoAnnotations.comment(ordinary, article: "12", stance: .question))
        }
        for format in ["markdown", "html", "csv", "json"] {
            for language in UILanguage.allCases.map(\.rawValue) {
                let run = try runTaskforce(["digest", "--format", format, "--lang", language], in: work.url)
                #expect(run.status == 0, "\(run.stderr)")
                // The report on stderr speaks the digest's language.
                let replaced = DigestLabel.reportReplacedMany.text(UILanguage(rawValue: language)!, ["count": "\(expectedCount)"])
                #expect(run.stderr.contains("taskforce: \(replaced) "), "\(run.stderr)")
                // Random hex ids (JSON's `id`, CSV's first column) can look like a number written
                // with O and l: not comments.
                let text = run.stdout.split(separator: "\n").filter { !$0.contains("\"id\" : ") }.joined(separator: "\n")
                    .replacingOccurrences(of: "\"[0-9a-f]{32}\"", with: "\"\"", options: .regularExpression)
                let left = IdentifyingDetails.find(in: text)
                let shown = left.prefix(3).map { f -> String in
                    let start = text.index(f.range.lowerBound, offsetBy: -40, limitedBy: text.startIndex) ?? text.startIndex
                    return String(text[start..<f.range.upperBound])
                }
                #expect(left.isEmpty, "\(format) \(language): \(shown)")
            }
        }
        // The JSON, read back: each comment is exactly the catalogue's expected export.
        let run = try runTaskforce(["digest", "--format", "json", "--lang", "en"], in: work.url)
        let object = try jsonObject(run.stdout)
        #expect(object["redactions"] as? Int == expectedCount)
        let articles = try #require(object["articles"] as? [[String: Any]])
        let bodies = articles.flatMap { ($0["comments"] as? [[String: Any]] ?? []).compactMap { $0["body"] as? String } }
        var wanted = Self.rows.map { row in
            Self.placeholders.reduce(Sanitizer.sanitize(NFC.normalise(row.1), for: .export)) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
        }
        wanted += IdentifyingDetailsCatalogue.ordinary.map { Sanitizer.sanitize($0, for: .export) }
        #expect(bodies.sorted() == wanted.sorted())
    }
}
