import AnnotationFixtures
import Foundation
import TaskForceCore
import Testing

/// `taskforce digest` on the command line (README: Commands): output, `--out`, and bad input
/// answered with one sentence and the documented exit code, nothing lost.
@Suite struct DigestCommandTests {
    static func demo() throws -> TemporaryFolder {
        let work = try TemporaryFolder()
        try Repository.copyDemoTexts(into: work.url)
        let store = AnnotationStore(root: work.url.appendingPathComponent("Annotations"))
        _ = try DemoAnnotations.saveEachKind(in: store)
        return work
    }

    @Test func writesTheDigestToOutAndReportsRedactionsOnStderr() throws {
        let work = try Self.demo()
        defer { work.remove() }
        let store = AnnotationStore(root: work.url.appendingPathComponent("Annotations"))
        try store.save(DemoAnnotations.comment("Mon numéro : 0470 12 34 56, mon mail lola@example.org"))
        let run = try runTaskforce(["digest", "--format", "json", "--out", "digest.json"], in: work.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "taskforce: 2 identifying details were replaced by a placeholder: 1 e-mail address, 1 phone number.\n")
        let written = try String(contentsOf: work.url.appendingPathComponent("digest.json"), encoding: .utf8)
        #expect(written.contains("\"redactions\" : 2"))
        #expect(!written.contains("0470"))
        #expect(!written.contains("lola@"))
        // Again over the same file: replaced whole, no temporary file left beside it.
        let again = try runTaskforce(["digest", "--format", "markdown", "--out", "digest.json"], in: work.url)
        #expect(again.status == 0)
        #expect(try String(contentsOf: work.url.appendingPathComponent("digest.json"), encoding: .utf8).hasPrefix("# Feedback digest"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.url.path).sorted() == ["Annotations", "Texts", "digest.json"])
    }

    static let badUsage: [([String], Int32, String)] = [
        (["digest", "--text", "no-such-text"], 65, "Texts: there is no text \"no-such-text\""),
        (["digest", "--lang", "de"], 2, "The value 'de' is invalid for '--lang <lang>'"),
        (["digest", "--min-group", "0"], 2, "--min-group must be between 1 and 10000"),
        (["digest", "--format", "rtf"], 2, "rtf"),
        (["digest", "--out", "missing/digest.md"], 74, "missing/digest.md: cannot create a temporary file beside it"),
        (["digest", "--out", "Texts"], 74, "Texts: this is not a regular file; nothing was written"),
        (["digest", "--out", "/dev/null"], 74, "/dev/null: this is not a regular file; nothing was written"),
        (["digest", "--texts", "nowhere"], 74, "nowhere: the texts folder does not exist"),
    ]

    @Test(arguments: badUsage.indices)
    func badInputGetsOneSentenceAndItsExitCode(_ i: Int) throws {
        let (arguments, status, message) = Self.badUsage[i]
        let work = try Self.demo()
        defer { work.remove() }
        let before = try FileManager.default.subpathsOfDirectory(atPath: work.url.path).sorted()
        let run = try runTaskforce(arguments, in: work.url)
        #expect(run.status == status, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        #expect(run.stderrLines.count == 1 || status == 2, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        // Nothing lost, nothing left behind.
        #expect(try FileManager.default.subpathsOfDirectory(atPath: work.url.path).sorted() == before, "\(arguments)")
    }

    @Test func severalAnnotatedTextsNeedText() throws {
        let work = try Self.demo()
        defer { work.remove() }
        let other = work.url.appendingPathComponent("Texts/autre-texte.fr.txt")
        try "Article 1er. Un seul article.\n".write(to: other, atomically: false, encoding: .utf8)
        let library = try TextLibrary.load(work.url.appendingPathComponent("Texts"))
        let article = try #require(library.text("autre-texte")?.version("fr")?.file?.split.articles.first)
        try AnnotationStore(root: work.url.appendingPathComponent("Annotations")).save(
            Annotation.comment(text: "autre-texte", article: "1", fingerprint: article.fingerprint, stance: .support,
                               tags: [], body: "Oui", language: "fr", day: DemoAnnotations.day))
        let run = try runTaskforce(["digest"], in: work.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("choose one with --text: autre-texte, demo-travail-du-sexe"), "\(run.stderr)")
        let chosen = try runTaskforce(["digest", "--text", "autre-texte"], in: work.url)
        #expect(chosen.status == 0)
        #expect(chosen.stdout.contains("> Oui"))
    }

    @Test func aBadSessionRecordIsSetAsideAndTheDigestStillComes() throws {
        let work = try Self.demo()
        defer { work.remove() }
        let sessions = work.url.appendingPathComponent("Annotations/sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        try "{\"code\": \"DEMO-2026-01\", \"headcount\": \"many\"}".write(
            to: sessions.appendingPathComponent("DEMO-2026-01.json"), atomically: false, encoding: .utf8)
        let run = try runTaskforce(["digest"], in: work.url)
        #expect(run.status == 0)
        #expect(run.stderr.contains("set aside: Annotations/sessions/DEMO-2026-01.json"), "\(run.stderr)")
        #expect(run.stderr.contains("moved to Annotations/quarantine/sessions/DEMO-2026-01.json"), "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: work.url.appendingPathComponent("Annotations/quarantine/sessions/DEMO-2026-01.json").path))
        #expect(run.stdout.contains("# Feedback digest"))
    }
}
