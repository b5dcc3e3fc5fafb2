import Foundation
import Testing
@testable import TaskForceCore

/// The real scanned bilingual Chamber publication of `../shared/intake` (see its
/// SOURCES.md): a law and a royal decree, Dutch and French side by side, page 8 without
/// a text layer. Both instruments must give their truth numbers in both languages, and
/// no article body may hold the other language's words.
@Suite(.enabled(if: IntakeFolder.availableOrCI))
struct ChamberPDFRealTests {
    static let name = "be-1998-sectes.nlfr.pdf"

    @Test(arguments: [(nil, "be-1998-sectes-wet"), ("2", "be-1998-sectes-kb")] as [(String?, String)])
    func bothInstrumentsInBothLanguagesGiveTheirTruth(part: String?, truth: String) throws {
        guard let url = IntakeFolder.file(Self.name), IntakeFolder.toolsOrCI() else { return }
        let document = try DocumentImporter.importFile(at: url, displayName: Self.name, part: part)
        let expected = IntakeFolder.truth(truth)
        #expect(!expected.isEmpty)
        #expect(Set(document.texts.map(\.language)) == ["fr", "nl"])
        var bodies: [String: [Article]] = [:]
        for text in document.texts {
            let split = TextSplitter.split(text.rendered(), file: "x.\(text.language).txt", language: text.language)
            #expect(split.articles.map(\.number) == expected, "\(text.language) of \(truth)")
            #expect(split.problems.isEmpty, "\(split.problems)")
            bodies[text.language] = split.articles
        }
        for (language, other) in [("fr", "nl"), ("nl", "fr")] {
            for article in bodies[language] ?? [] {
                let foreign = LanguageGuess.foreignWords(in: article.text.split(separator: " "), language: language, other: other)
                #expect(foreign.isEmpty, "\(truth) \(language) article \(article.number) holds \(other) words: \(foreign)")
            }
        }
        // Page 8 (the end of the law) has no text layer: the report must say so.
        #expect(document.report.contains { $0.contains("no text layer") && $0.contains("8") })
        #expect(document.report.contains { $0.contains("part 2") && $0.contains("18 articles") })
    }
}

/// `../shared/intake` next to the checkout; like `SharedTexts`, a missing folder skips
/// with a printed reason, and fails under `CI=true`.
enum IntakeFolder {
    static let directory: URL? = {
        guard let root = SharedTexts.packageRoot else { return nil }
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared/intake")
        return FileManager.default.fileExists(atPath: folder.path) ? folder.standardizedFileURL : nil
    }()

    static var availableOrCI: Bool {
        if directory != nil || SharedTexts.isCI { return true }
        print("skipping intake test: ../shared/intake not found next to the checkout")
        return false
    }

    /// poppler and tesseract (French, Dutch) are installed by scripts/setup; without them
    /// the test skips, except on CI where it fails.
    static func toolsOrCI(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        if ExternalTool.find("pdftotext") != nil, ocrAvailable() { return true }
        if SharedTexts.isCI {
            Issue.record("poppler-utils and tesseract-ocr-fra/-nld are missing: run scripts/setup", sourceLocation: sourceLocation)
        } else {
            print("skipping PDF test: poppler-utils or tesseract-ocr-fra/-nld not installed (scripts/setup installs them)")
        }
        return false
    }

    /// Asked in a private folder of its own, as an import does (tests run side by side).
    static func ocrAvailable() -> Bool {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taskforce-ocr-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)) != nil else {
            return false
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        return OCRReader.available(folder: folder) != nil
    }

    static func file(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        guard let url = directory?.appendingPathComponent(name), FileManager.default.fileExists(atPath: url.path) else {
            Issue.record("\(name) is missing: ../shared/intake is needed", sourceLocation: sourceLocation)
            return nil
        }
        return url
    }

    static func truth(_ name: String) -> [String] {
        guard let url = file("truth/\(name).numbers"), let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
