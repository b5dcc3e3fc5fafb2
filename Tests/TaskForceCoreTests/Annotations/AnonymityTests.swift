import AnnotationFixtures
import Foundation
import Testing
@testable import TaskForceCore

/// Nothing in an annotation file can point at its writer (Annotations/README.md, 4.2): only the
/// allow-listed fields, exactly those of its kind; no user, host, uid, home, terminal,
/// time of day or time zone in the bytes; private modes; file times at midnight UTC; ids
/// that are random and say nothing about when or in which order they were made.
struct AnonymityTests {
    /// Annotations/README.md's table, plus `count`, which it describes under `kind`.
    static let allowList: Set<String> = ["format", "id", "kind", "text", "article", "fingerprint", "stance", "tags",
                                         "body", "proposal", "language", "session", "day", "target", "supersedes", "count"]
    static let common: Set<String> = ["format", "id", "kind", "text", "article", "fingerprint", "day"]

    /// One of each kind, bare and with every optional field, with the fields each must hold.
    static func samples() -> [(Annotation, Set<String>)] {
        let bare = DemoAnnotations.comment()
        let full = DemoAnnotations.comment("Version complète.", tags: [.privacy, .safety], proposal: "Supprimer l'article.",
                                           session: "BXL-2026-07", supersedes: bare.id)
        let comment = common.union(["stance", "tags", "body", "language"])
        return [
            (bare, comment),
            (full, comment.union(["proposal", "session", "supersedes"])),
            (Annotation.endorsement(of: bare, day: DemoAnnotations.day), common.union(["target"])),
            (Annotation.endorsement(of: bare, count: 12, session: "BXL-2026-07", day: DemoAnnotations.day),
             common.union(["target", "count", "session"])),
            (Annotation.withdrawal(of: full, day: DemoAnnotations.day), common.union(["target"])),
            (Annotation.withdrawal(of: full, session: "BXL-2026-07", day: DemoAnnotations.day), common.union(["target", "session"])),
        ]
    }

    @Test func eachKindHoldsExactlyItsAllowListedFields() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        for (annotation, expected) in Self.samples() {
            try scratch.store.save(annotation)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: scratch.store.url(of: annotation)))
                as? [String: Any])
            let keys = Set(object.keys)
            #expect(keys.isSubset(of: Self.allowList), "\(keys.subtracting(Self.allowList))")
            #expect(keys == expected, "\(annotation.kind): \(keys.symmetricDifference(expected))")
        }
    }

    @Test func theBytesSayNothingAboutTheWriter() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        var files: [[UInt8]] = []
        for (annotation, _) in Self.samples() {
            try scratch.store.save(annotation)
            files.append(try [UInt8](Data(contentsOf: scratch.store.url(of: annotation))))
            files.append(try [UInt8](Data(contentsOf: scratch.store.saveDraft(annotation))))
        }
        let identity = WriterIdentity.current()
        #expect(!identity.strings.isEmpty, "something to look for")
        for bytes in files {
            let text = String(decoding: bytes, as: UTF8.self)
            for s in identity.strings { #expect(!identity.appears(s, in: text), "\(s.debugDescription) in \(text)") }
            for pattern in WriterIdentity.timePatterns {
                #expect(text.range(of: pattern, options: .regularExpression) == nil, "\(pattern) in \(text)")
            }
            let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
            for (key, value) in object where key != "count" {
                #expect("\(value)" != "\(getuid())", "the uid as \(key)")
            }
        }
    }

    @Test func filesAndFoldersArePrivate() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let comment = DemoAnnotations.comment()
        try scratch.store.save(comment)
        let draft = try scratch.store.saveDraft(comment)
        try Data("{".utf8).write(to: scratch.textFolder.appendingPathComponent("\(AnnotationID.random().value).json"))
        #expect(AnnotationLoader.load(scratch.store).defects.count == 1)  // creates quarantine/<text>/

        let quarantine = scratch.store.quarantineFolder
        for folder in [scratch.store.root, scratch.temporaryFolder, scratch.store.draftsFolder, quarantine,
                       quarantine.appendingPathComponent(DemoAnnotations.text.rawValue), scratch.textFolder] {
            #expect(Self.mode(folder) == 0o700, "\(folder.lastPathComponent): \(String(Self.mode(folder), radix: 8))")
        }
        for file in [scratch.store.url(of: comment), draft] {
            #expect(Self.mode(file) == 0o600, "\(file.lastPathComponent): \(String(Self.mode(file), radix: 8))")
        }
    }

    /// Folders made by someone else first (a git checkout gives 0755) are made private
    /// before anything is written into them.
    @Test func existingOpenFoldersAreMadePrivate() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        for folder in [scratch.store.root, scratch.textFolder, scratch.store.draftsFolder] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            chmod(folder.path, 0o755)
        }

        try scratch.store.save(DemoAnnotations.comment())

        for folder in [scratch.store.root, scratch.textFolder, scratch.store.draftsFolder] {
            #expect(Self.mode(folder) == 0o700, "\(folder.lastPathComponent): \(String(Self.mode(folder), radix: 8))")
        }
    }

    /// Both file times say the day, at 00:00 UTC: never the moment, nor the order of writing.
    @Test func fileTimesAreMidnightUTCOfTheDay() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let comment = DemoAnnotations.comment()
        try scratch.store.save(comment)
        let draft = try scratch.store.saveDraft(comment)
        var t = tm()
        t.tm_year = 2026 - 1900; t.tm_mon = 2; t.tm_mday = 8  // DemoAnnotations.day
        let midnight = timegm(&t)
        for file in [scratch.store.url(of: comment), draft] {
            var info = stat()
            #expect(stat(file.path, &info) == 0)
            #expect(info.st_mtim.tv_sec == midnight && info.st_mtim.tv_nsec == 0)
            #expect(info.st_atim.tv_sec == midnight && info.st_atim.tv_nsec == 0)
        }
    }

    /// Random ids: 32 lowercase hex, no repeats, no shared 8-character prefix (a clock or
    /// counter would give many), no fixed digit (a UUID has its version nibble), and no
    /// order (as many rises as falls from one id to the next).
    @Test func idsAreRandom() {
        let ids = (0..<1000).map { _ in AnnotationID.random().value }
        #expect(ids.allSatisfy { $0.utf8.count == 32 && $0.allSatisfy { "0123456789abcdef".contains($0) } })
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids.map { $0.prefix(8) }).count == ids.count, "two ids share their first 8 characters")
        for position in 0..<32 {
            let digits = Set(ids.map { Array($0)[position] })
            #expect(digits.count >= 12, "position \(position) takes only \(digits.sorted())")
        }
        let rises = zip(ids, ids.dropFirst()).filter { $0 < $1 }.count
        #expect((400...600).contains(rises), "\(rises) rises in 999 steps")
    }

    static func mode(_ url: URL) -> mode_t {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return 0 }
        return info.st_mode & 0o7777
    }
}
