import CSV
import Foundation
import Testing

/// Golden files (issue 5, "Must show"): the digest of the shipped demonstration annotations in
/// every format, compared byte for byte with `Golden/`. After an intended change, regenerate
/// them with `TASKFORCE_UPDATE_GOLDEN=1 swift test --filter DigestGoldenTests` and read the diff.
@Suite struct DigestGoldenTests {
    static let golden = Repository.root.appendingPathComponent("Tests/EndToEndTests/Golden")
    static let cases: [(format: String, language: String, file: String)] = [
        ("markdown", "en", "demo-digest.en.md"), ("markdown", "fr", "demo-digest.fr.md"),
        ("markdown", "nl", "demo-digest.nl.md"), ("html", "en", "demo-digest.en.html"),
        ("csv", "en", "demo-digest.en.csv"), ("csv", "nl", "demo-digest.nl.csv"),
        ("json", "en", "demo-digest.json"),
    ]

    /// The shipped folder, copied: a load may move files, never in the repository.
    static func demoFolder() throws -> TemporaryFolder {
        let work = try TemporaryFolder()
        try Repository.copyShippedAnnotations(into: work.url)
        try FileManager.default.copyItem(at: Repository.texts, to: work.url.appendingPathComponent("Texts"))
        return work
    }

    @Test(arguments: cases.indices)
    func demoDigestMatchesItsGoldenFile(_ i: Int) throws {
        let (format, language, file) = Self.cases[i]
        let work = try Self.demoFolder()
        defer { work.remove() }
        let run = try runTaskforce(["digest", "--format", format, "--lang", language], in: work.url)
        #expect(run.status == 0, "\(run.stderr)")
        // The report speaks the digest's language (issue 14, item 7).
        let report = ["en": "1 identifying detail was replaced by a placeholder: 1 e-mail address.",
                      "fr": "1 donnée identifiante a été remplacée par un espace réservé : 1 adresse e-mail.",
                      "nl": "1 identificerend gegeven is vervangen door een plaatshouder: 1 e-mailadres."][language]
        #expect(run.stderr == "taskforce: \(report ?? "?")\n")
        // What a template prints for a value it failed to unwrap: never part of a digest.
        for leak in ["nil", "Optional(", "{{", "}}"] { #expect(!run.stdout.contains(leak), "\(file) contains \(leak)") }
        let url = Self.golden.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["TASKFORCE_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try Data(run.stdout.utf8).write(to: url)
            return
        }
        // Bytes, not String(contentsOf:), which would drop the CSV's byte order mark.
        let expected = try Data(contentsOf: url)
        #expect(Data(run.stdout.utf8) == expected, "\(file) differs: regenerate with TASKFORCE_UPDATE_GOLDEN=1 and read the diff")
    }
}

extension DigestGoldenTests {
    /// The demo's duplicate (issue 14, item 5): its CSV row's "duplicate of <id>" names the
    /// id column of another row of the same file, in both CSV goldens.
    @Test(arguments: ["demo-digest.en.csv", "demo-digest.nl.csv"])
    func theDemoCSVsDuplicateReferenceNamesARow(_ file: String) throws {
        let csv = String(decoding: try Data(contentsOf: Self.golden.appendingPathComponent(file)).dropFirst(3), as: UTF8.self)
        let reader = try CSVReader(string: csv, hasHeaderRow: true, delimiter: file.contains(".en.") ? "," : ";")
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        let ids = Set(rows.map { $0[0] })
        let prefix = file.contains(".en.") ? "duplicate of " : "dubbel van "
        let references = rows.compactMap { $0.last }.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        #expect(references.count == 1)
        for id in references { #expect(ids.contains(id), "\(id) names no row of \(file)") }
    }
}
