import Foundation
import Testing

/// The demo annotations shipped in `Annotations/` (issue 3): valid, current on the demo
/// bill, every kind shown, and every comment marked fictional in its own words.
struct DemoAnnotationsTests {
    /// Checked on a copy: a broken file would otherwise be moved out of the repository.
    @Test func theShippedAnnotationsHaveNoProblem() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyShippedAnnotations(into: work.url)

        let result = try runTaskforce(["check", "--texts", Repository.texts.path], in: work.url)

        #expect(result.status == 0, "\(result.stdout) \(result.stderr)")
        #expect(result.stdout.contains("15 annotations: 11 current comments (0 on an earlier version of their article), 0 withdrawn; 0 problems."),
                "\(result.stdout)")
        #expect(result.stdout.contains("\n2 session records.\n"), "\(result.stdout)")
    }

    /// `check` reads the session records too: a bad one is named and set aside, never lost.
    @Test func aBadSessionRecordIsAProblemAndIsKept() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let sessions = work.url.appendingPathComponent("Annotations/sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        try Data("{\"code\": \"X\"}\n".utf8).write(to: sessions.appendingPathComponent("X.json"))

        let result = try runTaskforce(["check", "--texts", Repository.texts.path], in: work.url)

        #expect(result.status == 1)
        #expect(result.stdout.contains("problem: Annotations/sessions/X.json: the field \"day\" is missing (moved to Annotations/quarantine/sessions/X.json)"),
                "\(result.stdout)")
        #expect(FileManager.default.fileExists(atPath: work.url.appendingPathComponent("Annotations/quarantine/sessions/X.json").path))
    }

    @Test func everyCommentSaysItIsFictional() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyDemoAnnotations(into: work.url)
        let folder = work.url.appendingPathComponent("Annotations/\(Repository.demoID)")
        let markers = ["fr": "(Exemple fictif) ", "nl": "(Fictief voorbeeld) ", "en": "(Fictional example) ",
                       "es": "(Ejemplo ficticio) "]
        var kinds: [String: Int] = [:]
        var languages: Set<String> = []
        var optional: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let object = try jsonObject(String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            let kind = try #require(object["kind"] as? String)
            kinds[kind, default: 0] += 1
            optional.formUnion(Set(object.keys).intersection(["proposal", "count", "supersedes", "original"]))
            #expect(["DEMO-2026-01", "DEMO-2026-02"].contains(object["session"] as? String), "\(name)")
            guard kind == "comment" else { continue }
            let language = try #require(object["language"] as? String)
            languages.insert(language)
            let body = try #require(object["body"] as? String)
            #expect(markers[language].map(body.hasPrefix) == true, "\(name): \(body)")
        }
        #expect(kinds == ["comment": 12, "endorsement": 1, "moderation": 2])
        #expect(languages == ["fr", "nl", "en", "es"])
        #expect(optional == ["proposal", "count", "supersedes", "original"])
    }
}
