import AnnotationFixtures
import Foundation
import Testing
@testable import TaskForceCore

/// How often the detector takes ordinary words for an identifying detail (issue 13, item 4;
/// the figures are recorded in docs/privacy-detection.md): on the ordinary comments and
/// numbers of the catalogue, and on every article of the demonstration bills and of the real
/// legislation next to the checkout, each read as a proposed wording written from scratch
/// (article numbers, dates, amounts, references, addresses of institutions).
///
///     swift test --filter FalseAlarmRateTests
@Suite struct FalseAlarmRateTests {
    static func percent(_ part: Int, _ whole: Int) -> String {
        String(format: "%.2f%%", whole == 0 ? 0 : 100 * Double(part) / Double(whole))
    }

    /// Each ordinary comment alone, and followed by each ordinary number (a comment that
    /// quotes an article, a date or an amount after saying how the writer feels).
    @Test func ordinaryCommentsAreSeldomFlagged() {
        let c = IdentifyingDetailsCatalogue.self
        let alone = c.ordinaryComments + c.ordinary
        // As a second sentence: right after a street, a number would make a real address.
        let sentences = c.ordinaryComments.map { ".?!".contains($0.last!) ? $0 : $0 + "." }
        let texts = alone + sentences.flatMap { comment in c.ordinary.map { comment + " " + $0 } }
        let flagged = texts.filter { !IdentifyingDetails.find(in: $0).isEmpty }
        print("false alarms on ordinary comments: \(flagged.count) of \(texts.count) (\(Self.percent(flagged.count, texts.count)))")
        for text in flagged.prefix(20) { print("  \(text)") }
        #expect(texts.count > 3_500)
        #expect(alone.allSatisfy { IdentifyingDetails.find(in: $0).isEmpty })
        #expect(Double(flagged.count) <= Double(texts.count) * 0.005, "\(flagged)")
    }

    @Test func lawArticlesAsProposedWordingsAreSeldomFlagged() throws {
        var files = try FileManager.default.contentsOfDirectory(at: DemoBillTests.texts, includingPropertiesForKeys: nil)
        if let shared = SharedTexts.directory {
            files += try FileManager.default.contentsOfDirectory(at: shared, includingPropertiesForKeys: nil)
        } else {
            print("false-alarm rate on the demonstration bills only: ../shared/texts not found next to the checkout")
        }
        var articles = 0, characters = 0
        var flagged: [String] = []
        var kept = 0
        for file in files.sorted(by: { $0.path < $1.path }) where ["txt", "md"].contains(file.pathExtension) {
            let split = TextSplitter.split(try String(contentsOf: file, encoding: .utf8), file: file.lastPathComponent)
            for article in split.articles {
                articles += 1
                characters += article.text.count
                let found = IdentifyingDetails.find(in: article.text)
                if !found.isEmpty {
                    flagged.append("\(file.lastPathComponent) art. \(article.number): "
                        + found.map { "\($0.kind) \(article.text[$0.range])" }.joined(separator: ", "))
                }
                // The same article proposed unchanged: what it already says is kept.
                var r = Redactions()
                let source = Sanitizer.sanitize(article.text, for: .export)
                _ = r.clean(article.text, .en, source: source)
                kept += r.total
            }
        }
        print("false alarms on law articles read as proposed wordings: \(flagged.count) of \(articles) articles "
            + "(\(Self.percent(flagged.count, articles)), \(characters) characters); unchanged proposals: \(kept) replaced")
        for line in flagged.prefix(20) { print("  \(line)") }
        #expect(articles > 100)
        #expect(Double(flagged.count) <= Double(articles) * 0.01, "\(flagged)")
        #expect(kept == 0)
    }

    /// `rue de la Loi 16` is the Belgian Parliament's address, in many laws: in a proposed
    /// wording it stays when the article already says it, and goes when it is new.
    @Test func anAddressTheArticleAlreadyGivesStaysInItsProposal() {
        let article = Sanitizer.sanitize("Le dossier est déposé au greffe, rue de la Loi 16, 1000 Bruxelles.", for: .export)
        var r = Redactions()
        let same = r.clean("Le dossier est déposé au greffe, rue de la Loi 16, 1000 Bruxelles, dans les 8 jours.", .fr, source: article)
        #expect(same.contains("rue de la Loi 16") && r.total == 0)
        let added = r.clean("Le dossier est déposé chez Marie, rue Neuve 12.", .fr, source: article)
        #expect(added == "Le dossier est déposé chez Marie, [adresse retirée]." && r.total == 1)
        let comment = r.clean("Je vis rue de la Loi 16.", .fr)
        #expect(comment == "Je vis [adresse retirée]." && r.total == 2)
    }
}
