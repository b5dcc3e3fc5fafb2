import Foundation
import Testing
@testable import TaskForceCore

/// What an importer writes must split back, with the project's splitter, into the
/// articles the source declares: the import command relies on it.
@Suite("Imported text round trip through the splitter")
struct ImportedTextRoundTripTests {
    @Test(.enabled(if: SharedTexts.availableOrCI, "../shared/texts not found next to the checkout: real-corpus tests need it"),
          arguments: [
              ("eu-2013-com-0619.en.akn.xml", "eu-2013-com-0619"),
              ("be-1994-02-02-protection-jeunesse.justel.fr.html", "be-1994-02-02-protection-jeunesse"),
          ])
    func renderedTextSplitsIntoTheSourcesArticles(file: String, truth: String) throws {
        guard let (imported, split) = try Self.importAndSplit(file) else { return }
        Self.expectSameText(imported, split, truth: SharedTexts.truth(truth))
    }

    @Test(.enabled(if: SharedTexts.availableOrCI, "../shared/texts not found next to the checkout: real-corpus tests need it"))
    func ukActSplitsIntoItsSections() throws {
        guard let (imported, split) = try Self.importAndSplit("uk-2014-c27-dripa.en.akn.xml") else { return }
        let truth = SharedTexts.truth("uk-2014-c27-dripa")
        let numbers = split.articles.map(\.number)
        // What the importer guarantees: no subsection quoted from the amended act
        // (2A, 2B, 5A, 3A, 3B) becomes a section, and every section is found in order.
        #expect(numbers.allSatisfy { $0.allSatisfy(\.isNumber) })
        #expect(truth.allSatisfy(numbers.contains))
        Self.expectSameText(imported, split, truth: truth)
        // Section 2 is headed `Section 1: supplementary`: a heading, not a second section 1.
        #expect(split.article(numbered: "2")?.heading == "Section 1: supplementary")
    }

    @Test func amendingActSplitsWithoutItsQuotedArticle() throws {
        let imported = try AkomaNtosoImporter.importText(Data(AkomaNtosoImporterTests.amendingAct.utf8),
                                                         file: "amending.fr.akn.xml")
        let split = TextSplitter.split(imported.rendered(), file: "amending.fr.md", language: "fr")
        #expect(split.articles.map(\.number) == ["1", "2"])
        #expect(split.articles.first?.text.contains("«Article 37") == true)
    }

    @Test func escapedLinesStayInTheirArticle() {
        let imported = ImportedText(title: "T", language: "en", units: [
            .article(label: "Article 1", number: "1", heading: "Scope",
                     body: ["Article 5. This looks like a label.", "CHAPTER II", "ANNEX I", "# hash"]),
            .article(label: "Article 2", number: "2", heading: "Entry into force", body: ["Today."]),
        ])
        let split = TextSplitter.split(imported.rendered(), file: "t.en.md", language: "en")
        #expect(split.articles.map(\.number) == ["1", "2"])
        #expect(split.articles.map(\.heading) == ["Scope", "Entry into force"])
        #expect(split.headings.isEmpty)
    }

    private static func importAndSplit(_ file: String) throws -> (ImportedText, SplitText)? {
        guard let url = SharedTexts.file(file) else { return nil }
        let imported = try Importer.importFile(at: url)
        return (imported, TextSplitter.split(imported.rendered(), file: file, language: imported.language))
    }

    private static func expectSameText(_ imported: ImportedText, _ split: SplitText, truth: [String],
                                       sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(split.articles.map(\.number) == truth, sourceLocation: sourceLocation)
        #expect(split.articles.map(\.number) == imported.expectedNumbers, sourceLocation: sourceLocation)
        #expect(split.problems.isEmpty, "\(split.problems)", sourceLocation: sourceLocation)
        #expect(split.title == imported.title, sourceLocation: sourceLocation)
        #expect(split.frontMatterValue("source") == imported.metadataValue("source"), sourceLocation: sourceLocation)
        if imported.articles.contains(where: { $0.heading != nil }) {
            #expect(split.articles.map(\.heading) == imported.articles.map(\.heading), sourceLocation: sourceLocation)
        }
        let importedHeadings = imported.units.compactMap { unit -> String? in
            if case let .heading(_, text) = unit { return text }
            return nil
        }
        #expect(split.headings.map(\.text) == importedHeadings, sourceLocation: sourceLocation)
    }
}
