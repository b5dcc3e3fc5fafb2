import Foundation
import Testing

/// `taskforce import` on PDF, DOCX and ODT files, through the real binary: the fixtures
/// of ImportFixtures/ (made by scripts/make-import-fixtures.py from the demo bill).
@Suite(.enabled(if: ImportFixture.popplerOrCI))
struct BinaryImportCommandTests {
    static func fixture(_ name: String) -> String { ImportFixture.path(name) }

    @Test func aBilingualPDFBecomesOneTextInTwoLanguages() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try runTaskforce(["import", Self.fixture("chamber-bill.frnl.pdf"), "--id", "projet-2026"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 21 articles into Texts/projet-2026.fr.txt"))
        #expect(result.stdout.contains("Imported 21 articles into Texts/projet-2026.nl.txt"))
        #expect(result.stdout.contains("part 1 (memorandum)"))
        #expect(result.stdout.contains("part 3 (draft)"))
        #expect(result.stdout.contains("running headers"))

        let listed = try runTaskforce(["texts", "--json"], in: folder.url)
        let texts = try #require(try jsonObject(listed.stdout)["texts"] as? [[String: Any]])
        #expect(texts.count == 1)
        // The review screen's chooser offers both languages of the one text.
        let screen = try runTaskforce(["render", "--lang", "fr", "--size", "170x30", "--keys", "<Enter>:5bis<Enter>"], in: folder.url)
        #expect(screen.status == 0, "\(screen.stderr)")
        #expect(screen.stdout.contains("FR NL"))
        #expect(screen.stdout.contains("Bouton d'alarme") && screen.stdout.contains("Alarmknop"))
    }

    @Test func aDocxAndAnODTOfTheSameBillAreItsTwoLanguages() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["draft.fr.docx", "draft.nl.odt"] {
            let result = try runTaskforce(["import", Self.fixture(name)], in: folder.url)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stdout.contains("Imported 21 articles"))
        }
        let checked = try runTaskforce(["texts"], in: folder.url)
        #expect(checked.stdout.contains("fr  21 articles") && checked.stdout.contains("nl  21 articles"), "\(checked.stdout)")
        #expect(checked.stderr.isEmpty, "the two languages number their articles alike: \(checked.stderr)")
    }

    @Test func partAndLanguageCanBeChosen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try runTaskforce(["import", Self.fixture("chamber-bill.frnl.pdf"), "--part", "memorandum", "--lang", "nl",
                                       "--id", "memorie"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 3 articles into Texts/memorie.nl.txt"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Texts/memorie.fr.txt").path))
        let missing = try runTaskforce(["import", Self.fixture("chamber-bill.frnl.pdf"), "--part", "7"], in: folder.url)
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("there is no part '7'"))
        let usage = try runTaskforce(["import", Self.fixture("chamber-bill.frnl.pdf"), "--part", "annex"], in: folder.url)
        #expect(usage.status == 2)
    }

    /// Each bad file: one sentence naming it, the documented code, nothing written.
    @Test(arguments: [
        ("scan-without-text.pdf", 65, "no page of this PDF has a text layer"),
        ("encrypted.pdf", 65, "encrypted with a password"),
        ("password.docx", 65, "password-protected Office document"),
        ("photos.zip", 65, "zip archive but not a Word (DOCX) or OpenDocument"),
    ] as [(String, Int32, String)])
    func badFilesAreRefused(name: String, status: Int32, words: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = Self.fixture(name)
        let result = try runTaskforce(["import", path], in: folder.url)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(path) && result.stderr.contains(words), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Texts").path))
    }

    @Test func withoutPopplerImportSaysHowToGetIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try runTaskforce(["import", Self.fixture("chamber-bill.frnl.pdf")], in: folder.url,
                                      environment: ["PATH": folder.url.path])
        #expect(result.status == 69)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("poppler-utils is not installed: run scripts/setup, or apt-get install poppler-utils"))
    }

    @Test func aSecondImportOverwritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try runTaskforce(["import", Self.fixture("chamber-bill.frnl.pdf")], in: folder.url)
        #expect(first.status == 0, "\(first.stderr)")
        let french = folder.url.appendingPathComponent("Texts/chamber-bill.fr.txt")
        try "mine\n".write(to: french, atomically: true, encoding: .utf8)
        let second = try runTaskforce(["import", Self.fixture("chamber-bill.frnl.pdf")], in: folder.url)
        #expect(second.status == 74)
        #expect(second.stderr.contains("already exists"))
        #expect(try String(contentsOf: french, encoding: .utf8) == "mine\n")
    }

    @Test func aTwoHundredPagePDFIsImported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try runTaskforce(["import", Self.fixture("long-bill-200-pages.frnl.pdf")], in: folder.url, timeout: 600)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 837 articles into Texts/long-bill-200-pages.fr.txt"))
        #expect(result.stdout.contains("Imported 837 articles into Texts/long-bill-200-pages.nl.txt"))
    }
}

/// The fixtures folder, and whether poppler is here to read its PDFs.
enum ImportFixture {
    static var popplerOrCI: Bool {
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") || ProcessInfo.processInfo.environment["CI"] == "true" {
            return true
        }
        print("skipping PDF import tests: poppler-utils is not installed (scripts/setup installs it)")
        return false
    }

    static func path(_ name: String) -> String {
        Repository.root.appendingPathComponent("Tests/EndToEndTests/ImportFixtures/\(name)").path
    }
}
