import Foundation
import Testing

/// The facilitator's key through the real binary: made with the session's record on the
/// first day, kept outside `Annotations/` (mode 0600), and used the next day, by a new run,
/// to hide a comment of the session and to undo it. Both stand (`check` is clean) and
/// change the digest; nothing of the key is in the annotations folder.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct FacilitatorKeyTests {
    static func files(_ folder: URL, containing text: String) -> [String] {
        let dir = folder.appendingPathComponent("Annotations/\(Repository.demoID)")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).compactMap {
            try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)
        }.filter { $0.contains(text) }
    }

    static func hidden(_ folder: URL) throws -> String {
        let run = try runTaskforce(["digest", "--format", "json", "--out", "d.json"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try String(contentsOf: folder.appendingPathComponent("d.json"), encoding: .utf8)
        return json.split(separator: "\n").first { $0.hasPrefix("  \"hidden\"") }.map(String.init) ?? ""
    }

    /// TASKFORCE_KEYS inside the annotations folder stops the facilitator's screen (and
    /// render) before anything is drawn or written: one sentence, exit 74.
    @Test func keysInsideTheAnnotationsFolderAreRefusedBeforeTheScreen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let run = try runTaskforce(["render", "--facilitator", "--session", "TST-1"], in: folder.url,
                                   environment: ["TASKFORCE_KEYS": folder.url.appendingPathComponent("Annotations/keys").path])
        #expect(run.status == 74, "\(run.stderr)")
        #expect(run.stderr.hasSuffix("facilitator keys must be kept outside the annotations folder (set TASKFORCE_KEYS elsewhere)\n"),
                "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Annotations/keys").path))
    }

    @Test func theFacilitatorHidesAndUnhidesOnTheNextDay() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let keyFile = folder.url.appendingPathComponent(".facilitator-keys/TST-1.key")

        // Day one: the session's record is made, and with it the facilitator's key.
        let day1 = try TmuxSession(["--facilitator", "--session", "TST-1", "--lang", "fr", "--text", Repository.demoID],
                                   in: folder.url)
        try day1.fillNewSession(under: "Nouvelle séance TST-1", place: "Namur", headcount: 6)
        try day1.wait { $0.contains("TST-1 · Namur · 6") }
        day1.kill()
        var info = stat()
        #expect(stat(keyFile.path, &info) == 0 && info.st_mode & 0o777 == 0o600, "the key is private to its owner")
        let record = try String(contentsOf: folder.url.appendingPathComponent("Annotations/sessions/TST-1.json"), encoding: .utf8)
        #expect(record.contains("\"key\": \""), "\(record)")
        let secret = try String(contentsOf: keyFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let annotations = folder.url.appendingPathComponent("Annotations")
        for case let url as URL in FileManager.default.enumerator(at: annotations, includingPropertiesForKeys: nil) ?? .init() {
            #expect(!((try? String(contentsOf: url, encoding: .utf8)) ?? "").contains(secret), "\(url.path) holds the private key")
        }

        // A participant of the session comments on 5bis.
        let said = try runTaskforce(["annotate", "--text", Repository.demoID, "--article", "5bis", "--stance", "concern",
                                     "--session", "TST-1"], in: folder.url, input: Data("Un nom que personne ne doit lire.\n".utf8))
        #expect(said.status == 0, "\(said.stderr)")
        #expect(try Self.hidden(folder.url) == "  \"hidden\" : 0,")

        // The next day, a new run with the same key hides the comment, then undoes it.
        let day2 = try TmuxSession(["--facilitator", "--session", "TST-1", "--lang", "fr", "--text", Repository.demoID],
                                   in: folder.url)
        defer { day2.kill() }
        try day2.wait { $0.contains("TST-1 · Namur · 6") }
        // From the dashboard: down to 5bis, open it, then its notes.
        try day2.send("Down", "Down", "Down", "Down", "Down", "Enter")
        try day2.wait { $0.contains("Notes") || $0.contains("5bis") }
        try day2.send("F4")
        try day2.wait { $0.contains("Un nom que personne") }
        try day2.type("H")
        try day2.wait { $0.contains("Écarté de la synthèse.") }
        #expect(Self.files(folder.url, containing: "\"action\": \"hide\"").count == 1)
        var check = try runTaskforce(["check"], in: folder.url)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(try Self.hidden(folder.url) == "  \"hidden\" : 1,", "\(check.stdout) \(Self.files(folder.url, containing: "moderation"))")
        try day2.type("H")
        try day2.wait { $0.contains("De retour dans la synthèse.") }
        #expect(Self.files(folder.url, containing: "\"kind\": \"withdrawal\"").count == 1)
        check = try runTaskforce(["check"], in: folder.url)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(try Self.hidden(folder.url) == "  \"hidden\" : 0,")
    }
}
