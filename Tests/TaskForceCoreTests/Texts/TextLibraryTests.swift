import Foundation
import Testing
@testable import TaskForceCore

struct TextLibraryTests {
    private func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tf-lib-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    @Test func groupsLanguageVersionsByID() throws {
        let dir = try folder([
            "bill.fr.txt": "---\ntitle: Loi\n---\nArt. 1. Un.\nArt. 2. Deux.\n",
            "bill.nl.txt": "---\ntitle: Wet\n---\nArt. 1. Een.\nArt. 2. Twee.\n",
            "other.en.md": "# Act\n\nArticle 1\nScope\nText.\n",
            "README.md": "not a text",
        ])
        let library = try TextLibrary.load(dir)
        #expect(library.texts.map(\.id) == ["bill", "other"])
        #expect(library.texts[0].versions.map(\.language) == ["fr", "nl"])
        #expect(library.texts[0].title() == "Loi")
        #expect(library.texts[0].title(preferring: ["nl"]) == "Wet")
        #expect(library.texts.allSatisfy { $0.problems.isEmpty })
        #expect(library.strayFiles.isEmpty)
    }

    @Test func versionsWithDifferentNumbersAreReported() throws {
        let dir = try folder([
            "bill.fr.txt": "Art. 1. Un.\nArt. 2. Deux.\nArt. 3. Trois.\n",
            "bill.nl.txt": "Art. 1. Een.\nArt. 3. Drie.\nArt. 4. Vier.\n",
        ])
        let problems = try TextLibrary.load(dir).texts[0].problems
        #expect(problems.count == 1)
        #expect(problems[0].message == "the nl version lacks article 2 of the fr version and has article 4 that the fr version lacks")
        #expect(problems[0].file.hasSuffix("bill.nl.txt"))
    }

    @Test func badFilesAreListedAndGoodOnesStillRead() throws {
        let dir = try folder([
            "good.fr.txt": "Art. 1. Un.\n",
            "empty.fr.txt": "",
            "Notes.txt": "Art. 1. x",
            "dup.fr.txt": "Art. 1. a\nArt. 1. b\n",
        ])
        let library = try TextLibrary.load(dir)
        #expect(library.text("good")?.versions.first?.file?.split.articles.count == 1)
        #expect(library.text("empty")?.versions.first?.file == nil)
        #expect(library.text("empty")?.problems.first?.message == "the file is empty")
        #expect(library.text("dup")?.problems.first?.message == "article 1 appears twice (first at line 1)")
        #expect(library.strayFiles.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["Notes.txt"])
    }

    @Test(arguments: [
        ("bill.fr.txt", true), ("my-bill-2.nl.md", true), ("x.de.xml", true), ("Bill.fr.txt", false),
        ("bill.txt", false), ("bill.french.txt", false), ("bill.fr.pdf", false), ("a.b.fr.txt", false),
        ("../x.fr.txt", false), ("bill_1.fr.txt", false),
    ])
    func fileNames(_ name: String, _ valid: Bool) {
        #expect((TextFileName(name) != nil) == valid)
    }
}
