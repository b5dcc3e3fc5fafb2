import Foundation
import Testing

/// `taskforce annotate` gives its comment no key (Annotations/README.md, "Comments from
/// `taskforce annotate`"): the file holds no `key`, and a withdrawal of it, signed or not,
/// is refused, so it still reaches the digest.
struct AnnotateKeyTests {
    @Test func anAnnotateCommentHasNoKeyAndCannotBeWithdrawn() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyDemoTexts(into: work.url)
        let said = try runTaskforce(["annotate", "--text", Repository.demoID, "--article", "12", "--stance", "oppose"],
                                    in: work.url, input: Data("Le registre nous met en danger.\n".utf8))
        #expect(said.status == 0, "\(said.stderr)")
        let id = said.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let folder = work.url.appendingPathComponent("Annotations/\(Repository.demoID)")
        let file = try String(contentsOf: folder.appendingPathComponent("\(id).json"), encoding: .utf8)
        #expect(!file.contains("\"key\""), "\(file)")
        #expect(!file.contains("\"signature\""), "\(file)")

        var withdrawal = ForgedRecordTests.record("e0000000000000000000000000000001",
                                                  ["kind": "withdrawal", "target": id, "signature": ForgedRecordTests.junkSignature])
        withdrawal.bytes = withdrawal.bytes.replacingOccurrences(of: "\"a47b6bdc8d4c9c96\"", with: try fingerprint(file))
        try Data(withdrawal.bytes.utf8).write(to: folder.appendingPathComponent("\(withdrawal.id).json"))
        let check = try runTaskforce(["check"], in: work.url)
        #expect(check.status == 65, "\(check.stdout)")
        #expect(check.stdout.contains("\(withdrawal.id).json: refused"), "\(check.stdout)")
        let digest = try runTaskforce(["digest", "--format", "markdown"], in: work.url)
        #expect(digest.stdout.contains("Le registre nous met en danger."), "the comment is still in the digest")
    }

    func fingerprint(_ file: String) throws -> String {
        let line = file.split(separator: "\n").first { $0.contains("\"fingerprint\"") } ?? ""
        return String(line.split(separator: ":").last ?? "").trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
    }
}
