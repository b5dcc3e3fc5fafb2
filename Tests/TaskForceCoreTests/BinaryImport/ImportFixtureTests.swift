import Foundation
import Testing
@testable import TaskForceCore

/// The fixtures of Tests/EndToEndTests/ImportFixtures (made by
/// scripts/make-import-fixtures.py from the demo bill): each import gives the demo bill's
/// own article numbers, in each language.
struct ImportFixtureTests {
    static func fixture(_ name: String) -> URL {
        SharedTexts.packageRoot!.appendingPathComponent("Tests/EndToEndTests/ImportFixtures/\(name)")
    }

    static func demoNumbers(_ language: String) throws -> [String] {
        let url = SharedTexts.packageRoot!.appendingPathComponent("Texts/demo-travail-du-sexe.\(language).txt")
        return TextSplitter.split(try String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent).articles.map(\.number)
    }

    static func numbers(_ text: ImportedText) -> [String] {
        TextSplitter.split(text.rendered(), file: "x.txt", language: text.language).articles.map(\.number)
    }

    static var popplerOrCI: Bool {
        if ExternalTool.find("pdftotext") != nil || SharedTexts.isCI { return true }
        print("skipping PDF fixture test: poppler-utils is not installed (scripts/setup installs it)")
        return false
    }

    @Test(.enabled(if: popplerOrCI)) func chamberPDFGivesTheBillInBothLanguages() throws {
        let document = try DocumentImporter.importFile(at: Self.fixture("chamber-bill.frnl.pdf"), displayName: "c.pdf", part: nil)
        #expect(document.texts.map(\.language) == ["fr", "nl"])
        let expected = try Self.demoNumbers("fr")
        #expect(expected.count == 21)
        for text in document.texts { #expect(Self.numbers(text) == expected, "\(text.language)") }
        let dutch = document.texts[1].rendered()
        // `verbete-` / `ren` at a line end is one word again; headers and page numbers are gone.
        #expect(dutch.contains("te verbeteren, ongeacht"))
        #expect(!dutch.contains("DOC 56 0001/001"))
        #expect(!dutch.contains("ZITTINGSPERIODE"))
        #expect(document.report.contains { $0.contains("part 1 (memorandum)") })
        #expect(document.report.contains { $0.contains("part 3 (draft)") })
    }

    @Test(.enabled(if: popplerOrCI), arguments: ["memorandum", "draft", "1", "3"])
    func otherPartsByKindOrNumber(part: String) throws {
        let document = try DocumentImporter.importFile(at: Self.fixture("chamber-bill.frnl.pdf"), displayName: "c.pdf", part: part)
        for text in document.texts { #expect(Self.numbers(text) == ["1", "2", "3"]) }
        let title = document.texts[0].title
        #expect(part == "draft" || part == "3" ? title.hasPrefix("AVANT-PROJET") : title.hasPrefix("EXPOSÉ"))
    }

    @Test(.enabled(if: popplerOrCI)) func oneLanguageOnTwoColumnsIsReadAsOneText() throws {
        let document = try DocumentImporter.importFile(at: Self.fixture("one-language-two-columns.fr.pdf"), displayName: "o.pdf", part: nil)
        #expect(document.texts.map(\.language) == ["fr"])
        #expect(Self.numbers(document.texts[0]) == (try Self.demoNumbers("fr")))
        #expect(document.report.contains { $0.contains("two columns in one language") })
    }

    @Test(.enabled(if: popplerOrCI)) func twoHundredPagesWork() throws {
        let document = try DocumentImporter.importFile(at: Self.fixture("long-bill-200-pages.frnl.pdf"), displayName: "l.pdf", part: nil)
        let numbers = document.texts.map(Self.numbers)
        #expect(numbers.count == 2)
        #expect(numbers[0] == numbers[1])
        #expect(numbers[0].count > 800)
        #expect(numbers[0].first == "1" && numbers[0].last == String(numbers[0].count))
    }

    @Test(arguments: [("draft.fr.docx", "fr"), ("draft.nl.odt", "nl")])
    func officeDocumentsGiveTheDemoBill(name: String, language: String) throws {
        let document = try DocumentImporter.importFile(at: Self.fixture(name), displayName: name, part: nil)
        #expect(document.texts.map(\.language) == [language])
        let split = TextSplitter.split(document.texts[0].rendered(), file: "x.txt", language: language)
        #expect(split.articles.map(\.number) == (try Self.demoNumbers(language)))
        // A heading-styled `Article 1er – Objet` (DOCX) or `<text:h>Artikel 1 Doel` (ODT)
        // gives the article its heading; chapters stay structure headings.
        #expect(split.articles.first?.heading == (language == "fr" ? "Objet" : "Doel"))
        #expect(split.headings.count == 6)
    }

    /// Cut short in transfer: poppler and the zip reader refuse them, and so does import.
    @Test func truncatedFilesAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tf-truncated-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases = [("draft.fr.docx", "damaged")] + (ExternalTool.find("pdftotext") == nil ? [] : [("chamber-bill.frnl.pdf", "damaged")])
        for (name, words) in cases {
            let cut = folder.appendingPathComponent(name)
            try Data(try Data(contentsOf: Self.fixture(name)).prefix(2000)).write(to: cut)
            #expect {
                _ = try DocumentImporter.importFile(at: cut, displayName: name, part: nil)
            } throws: { error in
                (error as? InputError).map { $0.kind == .badData && $0.message.contains(words) } ?? false
            }
        }
    }

    @Test func badFilesAreRefusedWithOneSentence() throws {
        let cases: [(String, InputError.Kind, String)] = [
            ("password.docx", .badData, "password-protected"),
            ("photos.zip", .badData, "not a Word (DOCX) or OpenDocument"),
        ] + (ExternalTool.find("pdftotext") == nil ? [] : [
            ("encrypted.pdf", .badData, "encrypted with a password"),
            ("scan-without-text.pdf", .badData, "no page of this PDF has a text layer"),
        ])
        for (name, kind, words) in cases {
            #expect {
                _ = try DocumentImporter.importFile(at: Self.fixture(name), displayName: name, part: nil)
            } throws: { error in
                guard let error = error as? InputError else { return false }
                return error.kind == kind && error.message.contains(words) && error.file == name
                    && !error.message.contains("\n")
            }
        }
    }
}
