import Foundation
import Testing

/// `taskforce bundle` and `taskforce merge` as staff would use them: annotate in one
/// folder, carry a bundle, merge it into another folder.
struct MergeCommandTests {
    /// A folder with the demonstration texts and `count` comments saved into `A/`.
    static func annotated(_ count: Int) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try Repository.copyDemoTexts(into: folder.url)
        for n in 0..<count {
            let result = try runTaskforce(
                ["annotate", "--text", Repository.demoID, "--article", n % 2 == 0 ? "1" : "5bis", "--stance", "concern",
                 "--tag", "safety", "--annotations", "A"],
                in: folder.url, input: Data("Commentaire \(n) : le bouton d'alarme doit rester à nous.\n".utf8))
            #expect(result.status == 0, "annotate: \(result.stderr)")
        }
        return folder
    }

    /// Every file below `folder`, by relative path, with its bytes.
    static func files(_ folder: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let root = folder.resolvingSymlinksInPath().path + "/"
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) ?? .init() {
            if let data = try? Data(contentsOf: url), !url.hasDirectoryPath {
                out[url.resolvingSymlinksInPath().path.replacingOccurrences(of: root, with: "")] = data
            }
        }
        return out
    }

    static func annotationFiles(_ folder: URL) -> [String: Data] {
        files(folder).filter { $0.key.hasPrefix(Repository.demoID + "/") }
    }

    @Test func annotateBundleMergeGivesTheSameFilesAndMergingAgainChangesNothing() throws {
        let folder = try Self.annotated(3)
        defer { folder.remove() }
        let a = folder.url.appendingPathComponent("A"), b = folder.url.appendingPathComponent("B")
        #expect(Self.annotationFiles(a).count == 3)

        let bundle = try runTaskforce(["bundle", "--out", "x.tfbundle", "--annotations", "A"], in: folder.url)
        #expect(bundle.status == 0, "stderr: \(bundle.stderr)")
        #expect(bundle.stdout == "Bundle written and verified: 3 annotations in x.tfbundle. It is safe to remove the USB stick.\n")
        #expect(bundle.stderr.isEmpty)

        let merge = try runTaskforce(["merge", "x.tfbundle", "--annotations", "B"], in: folder.url)
        #expect(merge.status == 0, "stderr: \(merge.stderr)")
        #expect(merge.stdout == "x.tfbundle: added 3, already present 0, conflicts 0, invalid 0.\n")
        #expect(Self.annotationFiles(b) == Self.annotationFiles(a))

        let again = try runTaskforce(["merge", "x.tfbundle", "A", "--annotations", "B"], in: folder.url)
        #expect(again.status == 0, "stderr: \(again.stderr)")
        #expect(again.stdout == "x.tfbundle: added 0, already present 3, conflicts 0, invalid 0.\nA: added 0, already present 3, conflicts 0, invalid 0.\n")
        #expect(Self.annotationFiles(b) == Self.annotationFiles(a))
    }

    /// The demo folder's session records travel in the bundle, so the office's digest knows
    /// each city's headcount (and so whether a breakdown may be shown).
    @Test func sessionRecordsTravelInTheBundle() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        try Repository.copyShippedAnnotations(into: folder.url)
        try FileManager.default.moveItem(at: folder.url.appendingPathComponent("Annotations"),
                                         to: folder.url.appendingPathComponent("A"))

        let bundle = try runTaskforce(["bundle", "--out", "x.tfbundle", "--annotations", "A"], in: folder.url)
        #expect(bundle.status == 0, "stderr: \(bundle.stderr)")
        #expect(bundle.stdout.contains(" annotations and 2 session records in x.tfbundle."), "\(bundle.stdout)")
        let merge = try runTaskforce(["merge", "x.tfbundle", "--annotations", "B"], in: folder.url)
        #expect(merge.status == 0, "stderr: \(merge.stderr)")
        let sessions = Self.files(folder.url.appendingPathComponent("A")).filter { $0.key.hasPrefix("sessions/") }
        #expect(sessions.count == 2)
        #expect(Self.files(folder.url.appendingPathComponent("B")).filter { $0.key.hasPrefix("sessions/") } == sessions)
    }

    @Test func bundleNeverOverwritesAnExistingFile() throws {
        let folder = try Self.annotated(1)
        defer { folder.remove() }
        try folder.write("ne pas écraser", to: "x.tfbundle")

        let result = try runTaskforce(["bundle", "--out", "x.tfbundle", "--annotations", "A"], in: folder.url)

        #expect(result.status == 74, "stderr: \(result.stderr)")
        #expect(result.stderrLines.count == 1 && result.stderr.contains("x.tfbundle") && result.stderr.contains("already exists"))
        #expect(!result.stdout.contains("safe to remove"))
        #expect(try String(contentsOf: folder.url.appendingPathComponent("x.tfbundle"), encoding: .utf8) == "ne pas écraser")
    }

    @Test func aDamagedBundleIsRefusedWholeAndNothingIsMerged() throws {
        let folder = try Self.annotated(2)
        defer { folder.remove() }
        #expect(try runTaskforce(["bundle", "--out", "x.tfbundle", "--annotations", "A"], in: folder.url).status == 0)
        let url = folder.url.appendingPathComponent("x.tfbundle")
        var bytes = try Data(contentsOf: url)
        bytes[512 * 3 + 100] ^= 0x20  // inside the first annotation, after the manifest
        try bytes.write(to: url)

        let result = try runTaskforce(["merge", "A", "x.tfbundle", "--annotations", "B"], in: folder.url)

        expectBadData(result, file: "x.tfbundle")
        #expect(result.stderr.contains("refused whole"))
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("B").path), "nothing merged, not even from A")
    }

    @Test func conflictsAndInvalidFilesAreListedAndExitOne() throws {
        let folder = try Self.annotated(2)
        defer { folder.remove() }
        let a = folder.url.appendingPathComponent("A")
        let b = folder.url.appendingPathComponent("B")
        try FileManager.default.copyItem(at: a, to: b)
        // In A: one annotation altered (same id, other comment), and one broken file.
        let (name, data) = try #require(Self.annotationFiles(a).sorted { $0.key < $1.key }.first)
        let altered = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "Commentaire", with: "Remarque")
        try FileManager.default.removeItem(at: a.appendingPathComponent(name))
        try altered.write(to: a.appendingPathComponent(name), atomically: false, encoding: .utf8)
        try "{\"format\": ".write(to: a.appendingPathComponent("\(Repository.demoID)/0123456789abcdef0123456789abcdef.json"),
                                  atomically: false, encoding: .utf8)
        let sourceBefore = Self.files(a)
        let destinationBefore = Self.annotationFiles(b)

        let result = try runTaskforce(["merge", "A", "--annotations", "B"], in: folder.url)

        #expect(result.status == 1, "stdout: \(result.stdout) stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "A: added 0, already present 1, conflicts 1, invalid 1.")
        #expect(lines.contains { $0.hasPrefix("  conflict: A/\(name)") && $0.contains("B/conflicts/\(name)") })
        #expect(lines.contains { $0.hasPrefix("  invalid: A/\(Repository.demoID)/0123456789abcdef0123456789abcdef.json") })
        #expect(Self.annotationFiles(b) == destinationBefore, "B's own annotation is not replaced")
        #expect(Self.files(b.appendingPathComponent("conflicts")) == [name: Data(altered.utf8)])
        #expect(Self.files(a) == sourceBefore, "the source is left as it was")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: a.appendingPathComponent("quarantine").path)) ?? []).isEmpty,
                "nothing quarantined in a source")
    }

    @Test func bundleLeavesInvalidFilesOutAndSaysSo() throws {
        let folder = try Self.annotated(1)
        defer { folder.remove() }
        let broken = "A/\(Repository.demoID)/0123456789abcdef0123456789abcdef.json"
        try folder.write("[]", to: broken)

        let result = try runTaskforce(["bundle", "--out", "x.tfbundle", "--annotations", "A"], in: folder.url)

        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("left out: \(broken)"))
        #expect(result.stdout.contains("verified: 1 annotation in x.tfbundle"))
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(broken).path), "bundle only reads")
    }

    @Test func mergeWithoutASourceIsAUsageError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try runTaskforce(["merge"], in: folder.url)
        #expect(result.status == 2, "stderr: \(result.stderr)")
    }

    @Test func helpDocumentsTheExitCodes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let merge = try runTaskforce(["merge", "--help"], in: folder.url)
        #expect(merge.status == 0)
        let mergeHelp = merge.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(mergeHelp.contains("Exit 0 when everything merged cleanly, 1 when conflicts or invalid files were found"))
        #expect(mergeHelp.contains("65 when a bundle is damaged or altered"))
        let bundle = try runTaskforce(["bundle", "--help"], in: folder.url)
        #expect(bundle.status == 0)
        #expect(bundle.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("An existing FILE is never overwritten"))
    }
}
