import AnnotationFixtures
import Foundation
import Testing
import TaskForceCore

/// `taskforce annotate` as a participant's terminal runs it, with a user name, a host name
/// and a far-away time zone in its environment: the file it writes holds exactly a
/// comment's fields and none of that, with private modes and a day-only file time. The
/// comment comes from stdin only, so `ps` and shell history never show it.
struct AnonymityCommandTests {
    static let environment = ["USER": "zoe-participante", "LOGNAME": "zoe-participante", "HOSTNAME": "poste-accueil-3",
                              "TZ": "Pacific/Kiritimati", "HOME": "/home/zoe-participante"]

    @Test func theSavedFileSaysNothingAboutItsWriter() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let texts = try Repository.copyDemoTexts(into: work.url)
        try work.write("Article 12 : on refuse l'enregistrement.\nProposition jointe.", to: "proposal.txt")

        let result = try runTaskforce(
            ["annotate", "--text", Repository.demoID, "--article", "12", "--stance", "oppose", "--tag", "privacy",
             "--tag", "safety", "--session", "BXL-2026-07", "--proposal-file", "proposal.txt", "--texts", texts.path],
            in: work.url, input: Data("Personne ne doit savoir qui a écrit ceci.\n".utf8), environment: Self.environment)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        let id = result.stdout.trimmingCharacters(in: .newlines)
        let annotations = work.url.appendingPathComponent("Annotations")
        let file = annotations.appendingPathComponent("\(Repository.demoID)/\(id).json")
        let bytes = try Data(contentsOf: file)
        let text = String(decoding: bytes, as: UTF8.self)
        let object = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        #expect(Set(object.keys) == ["format", "id", "kind", "text", "article", "fingerprint", "day", "stance", "tags",
                                     "body", "proposal", "language", "session"])
        let identity = WriterIdentity.current(extra: Array(Self.environment.values) + ["Kiritimati", "+14", "LINT"])
        for s in identity.strings { #expect(!identity.appears(s, in: text), "\(s.debugDescription) in \(text)") }
        for pattern in WriterIdentity.timePatterns {
            #expect(text.range(of: pattern, options: .regularExpression) == nil, "\(pattern) in \(text)")
        }
        for (key, value) in object { #expect("\(value)" != "\(getuid())", "the uid as \(key)") }

        #expect(Self.mode(file) == 0o600)
        for folder in ["", "tmp", "drafts", "quarantine", Repository.demoID] {
            #expect(Self.mode(annotations.appendingPathComponent(folder)) == 0o700, "Annotations/\(folder)")
        }
        // The day is the writer's own (Kiritimati's); the file time is that day at 00:00 UTC.
        let day = try #require(object["day"] as? String)
        var t = tm()
        let parts = day.split(separator: "-").compactMap { Int32($0) }
        t.tm_year = parts[0] - 1900; t.tm_mon = parts[1] - 1; t.tm_mday = parts[2]
        var info = stat()
        #expect(stat(file.path, &info) == 0)
        #expect(info.st_mtim.tv_sec == timegm(&t) && info.st_mtim.tv_nsec == 0, "mtime of \(day)")
    }

    /// No option takes the comment: it cannot end up in argv, where `ps` shows it to
    /// every user of the machine, nor in shell history.
    @Test func theCommentCannotBeGivenOnTheCommandLine() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let help = try runTaskforce(["annotate", "--help"], in: work.url)
        let options = Set(help.stdout.matches(of: /--([a-z-]+)/).map { String($0.output.1) })
        let harmless: Set<String> = ["text", "article", "stance", "tag", "session", "proposal-file", "language", "texts",
                                     "annotations", "help", "version"]
        #expect(options.isSubset(of: harmless), "\(options.subtracting(harmless))")
        #expect(options.isSuperset(of: ["text", "article", "stance"]))
        for option in ["--body", "--comment", "--message", "--note", "-m"] {
            let result = try runTaskforce(["annotate", "--text", Repository.demoID, "--article", "1", "--stance", "support",
                                           option, "Mon commentaire secret", "--texts", Repository.texts.path],
                                          in: work.url)
            #expect(result.status == 2, "\(option) is not an option: \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: work.url.appendingPathComponent("Annotations").path))
        }
    }

    static func mode(_ url: URL) -> mode_t {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return 0 }
        return info.st_mode & 0o7777
    }
}
