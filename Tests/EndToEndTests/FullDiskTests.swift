import Foundation
import Testing

/// `taskforce annotate` when the save fails (Annotations/README.md, 7): exit 74, one line on stderr
/// saying it was not saved, no id on stdout, no partial file among the annotations, and
/// the comment kept as a draft whenever the draft itself could be written.
struct FullDiskTests {
    static let comment = Data("Un commentaire qui ne doit pas se perdre.\n".utf8)

    static func annotate(_ annotations: URL, texts: URL, in folder: URL) throws -> RunResult {
        try runTaskforce(["annotate", "--text", Repository.demoID, "--article", "5bis", "--stance", "concern",
                          "--texts", texts.path, "--annotations", annotations.path],
                         in: folder, input: comment)
    }

    @Test(.enabled(if: SmallDisk.available, "needs to mount a tmpfs (root)"))
    func aFullDiskIsAFailedSave() throws {
        let disk = try SmallDisk()
        defer { disk.remove() }
        let work = try TemporaryFolder()
        defer { work.remove() }
        let texts = try Repository.copyDemoTexts(into: work.url)
        let annotations = disk.url.appendingPathComponent("Annotations")
        #expect(disk.fill() > 100_000, "the filler took the space")

        let result = try Self.annotate(annotations, texts: texts, in: work.url)

        #expect(result.status == 74, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty, "no id printed: \(result.stdout)")
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("not saved"), "\(result.stderr)")
        #expect(result.stderr.contains("No space left on device"), "\(result.stderr)")
        #expect(result.stderr.contains("could not be kept as a draft either"), "\(result.stderr)")
        let textFolder = annotations.appendingPathComponent(Repository.demoID)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: textFolder.path)) ?? []).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: annotations.appendingPathComponent("tmp").path).isEmpty)
    }

    /// Space freed, the same command saves: the failure left nothing in the way.
    @Test(.enabled(if: SmallDisk.available, "needs to mount a tmpfs (root)"))
    func freeingSpaceLetsTheNextSaveThrough() throws {
        let disk = try SmallDisk()
        defer { disk.remove() }
        let work = try TemporaryFolder()
        defer { work.remove() }
        let texts = try Repository.copyDemoTexts(into: work.url)
        let annotations = disk.url.appendingPathComponent("Annotations")
        disk.fill()
        _ = try Self.annotate(annotations, texts: texts, in: work.url)
        unlink(disk.url.appendingPathComponent("filler").path)

        let result = try Self.annotate(annotations, texts: texts, in: work.url)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        let id = result.stdout.trimmingCharacters(in: .newlines)
        let saved = annotations.appendingPathComponent("\(Repository.demoID)/\(id).json")
        #expect(FileManager.default.fileExists(atPath: saved.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: annotations.appendingPathComponent("drafts").path).isEmpty)
    }

    /// The annotation cannot be put in place (its text folder is a file), but the draft
    /// can be written: the message says where the comment is.
    @Test func aFailedSaveKeepsTheCommentAsADraft() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let texts = try Repository.copyDemoTexts(into: work.url)
        let annotations = work.url.appendingPathComponent("Annotations")
        try FileManager.default.createDirectory(at: annotations, withIntermediateDirectories: false)
        try work.write("not a folder", to: "Annotations/\(Repository.demoID)")

        let result = try Self.annotate(annotations, texts: texts, in: work.url)

        #expect(result.status == 74, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("not saved"), "\(result.stderr)")
        let drafts = annotations.appendingPathComponent("drafts")
        let kept = try FileManager.default.contentsOfDirectory(atPath: drafts.path)
        try #require(kept.count == 1, "one draft: \(kept)")
        let draft = drafts.appendingPathComponent(kept[0])
        #expect(result.stderr.contains("kept as a draft in \(draft.path)"), "\(result.stderr)")
        let bytes = try String(contentsOf: draft, encoding: .utf8)
        #expect(bytes.contains("Un commentaire qui ne doit pas se perdre."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: annotations.appendingPathComponent("tmp").path).isEmpty)
    }

    /// Once saved, the draft is gone: drafts/ holds only words not yet saved.
    @Test func aSuccessfulSaveRemovesItsDraft() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let texts = try Repository.copyDemoTexts(into: work.url)
        let annotations = work.url.appendingPathComponent("Annotations")

        let result = try Self.annotate(annotations, texts: texts, in: work.url)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: annotations.appendingPathComponent("drafts").path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: annotations.appendingPathComponent("tmp").path).isEmpty)
    }

    /// A comment refused for its content is not kept: nothing on disk to clean up.
    @Test func aRefusedCommentLeavesNoDraft() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let texts = try Repository.copyDemoTexts(into: work.url)
        let annotations = work.url.appendingPathComponent("Annotations")
        let tooLong = Data(String(repeating: "trop long ", count: 2_500).utf8)

        let result = try runTaskforce(["annotate", "--text", Repository.demoID, "--article", "1", "--stance", "support",
                                       "--texts", texts.path, "--annotations", annotations.path],
                                      in: work.url, input: tooLong)

        #expect(result.status == 65, "stderr: \(result.stderr)")
        let drafts = (try? FileManager.default.contentsOfDirectory(atPath: annotations.appendingPathComponent("drafts").path)) ?? []
        #expect(drafts.isEmpty)
    }
}
