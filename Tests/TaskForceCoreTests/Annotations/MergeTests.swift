import Foundation
import Testing
@testable import TaskForceCore

/// Merging folders: what is copied and how, conflicts kept aside, bad files in a source
/// reported and left alone, and the source never changed.
struct MergeTests {
    @Test func copiesTheSourceBytesUnchangedPrivateAndDatedByDayOnly() throws {
        let s = try MergeScratch()
        defer { s.remove() }
        let a = MergeFixtures.comment("Le contrat doit pouvoir être rompu à tout moment.")
        // Valid but not canonical (no indentation): a merge copies files, it never re-encodes them.
        let compact = Array(String(decoding: AnnotationCodec.encode(a), as: UTF8.self)
            .replacingOccurrences(of: "\n  ", with: "").replacingOccurrences(of: "\n", with: "").utf8)
        #expect(compact != AnnotationCodec.encode(a))
        #expect((try? AnnotationCodec.decode(compact)) == a)
        let path = "\(a.text)/\(a.id.value).json"
        try s.writeFile(compact, at: path, in: "source")

        let reports = try s.merge(["source"], into: "dest")
        #expect(reports.map(\.summary) == ["\(s.folder("source").relativePath): added 1, already present 0, conflicts 0, invalid 0."])
        #expect(MergeFixtures.annotations(s.folder("dest")) == [path: compact])
        var info = stat()
        #expect(lstat(s.folder("dest").appendingPathComponent(path).path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(Int(info.st_mtim.tv_sec) == DurableFile.midnightUTC(MergeFixtures.day))
        #expect(lstat(s.folder("dest").appendingPathComponent(a.text.rawValue).path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
        #expect(MergeFixtures.names(in: s.folder("dest/tmp")).isEmpty, "no temporary file left")
    }

    @Test func sameIdWithOtherBytesIsKeptAsideNeverOverwritten() throws {
        let s = try MergeScratch()
        defer { s.remove() }
        let mine = MergeFixtures.comment("Notre version.")
        let theirs = MergeFixtures.variant(of: mine, 1), third = MergeFixtures.variant(of: mine, 2)
        try s.write([mine], into: "dest")
        try s.write([theirs], into: "liege")
        try s.write([third], into: "gent")
        let path = "\(mine.text)/\(mine.id.value).json"

        let first = try s.merge(["liege"], into: "dest")
        #expect(first[0].summary.hasSuffix("added 0, already present 0, conflicts 1, invalid 0."))
        #expect(first[0].conflicts.map(\.keptAs) == [s.folder("dest/conflicts/\(path)").relativePath])
        #expect(first[0].conflicts.map(\.existing) == [s.folder("dest/\(path)").relativePath])
        #expect(first[0].hasProblems)

        _ = try s.merge(["gent", "liege"], into: "dest")
        #expect(MergeFixtures.contents(s.folder("dest")) == [
            path: AnnotationCodec.encode(mine),
            "conflicts/\(path)": AnnotationCodec.encode(theirs),
            "conflicts/\(path).1": AnnotationCodec.encode(third),
        ], "ours untouched; each other version kept once; none overwritten")
    }

    @Test func aSourceFoldersOwnConflictsTravelButNeverBecomeTheAnnotation() throws {
        let s = try MergeScratch()
        defer { s.remove() }
        let x = MergeFixtures.comment("Première version.")
        let other = MergeFixtures.variant(of: x, 1)
        let path = "\(x.text)/\(x.id.value).json"
        try s.write([x], into: "source")
        try s.writeFile(AnnotationCodec.encode(other), at: "conflicts/\(path)", in: "source")
        try s.writeFile(AnnotationCodec.encode(other), at: "conflicts/\(path).1", in: "source")  // the same version twice
        try s.writeFile(Array("{".utf8), at: "conflicts/\(path).2", in: "source")

        let report = try s.merge(["source"], into: "dest")[0]
        #expect(report.added.count == 1)
        #expect(report.conflicts.count == 2)
        #expect(report.invalid.map(\.file) == [s.folder("source/conflicts/\(path).2").relativePath])
        #expect(MergeFixtures.contents(s.folder("dest")) == [path: AnnotationCodec.encode(x),
                                                             "conflicts/\(path)": AnnotationCodec.encode(other)])
    }

    @Test func hostileFilesInASourceAreReportedNotCopiedAndLeftWhereTheyAre() throws {
        let s = try MergeScratch()
        defer { s.remove() }
        let good = MergeFixtures.comment("Valide.")
        let elsewhere = MergeFixtures.comment("Hors du dossier.")
        let outside = try s.writeFile(AnnotationCodec.encode(elsewhere), at: "elsewhere.json", in: "outside")
        try s.write([good], into: "source")
        let text = s.folder("source/\(good.text)")
        let link = text.appendingPathComponent("\(elsewhere.id.value).json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
        let truncatedID = AnnotationID.random().value
        try s.writeFile(Array(AnnotationCodec.encode(MergeFixtures.comment("Coupé.")).prefix(60)),
                        at: "\(good.text)/\(truncatedID).json", in: "source")
        #expect(mkfifo(text.appendingPathComponent("\(AnnotationID.random().value).json").path, 0o600) == 0)
        try s.writeFile(Array("{}".utf8), at: "Not-A-Text/\(AnnotationID.random().value).json", in: "source")
        let before = MergeFixtures.contents(s.folder("source"), excluding: [])

        let report = try s.merge(["source"], into: "dest")[0]
        #expect(report.added == [s.folder("dest/\(good.text)/\(good.id.value).json").relativePath])
        #expect(report.invalid.count == 4)
        #expect(report.invalid.contains { $0.file == link.relativePath && $0.reason.contains("symbolic link") })
        #expect(report.invalid.contains { $0.file.hasSuffix("\(truncatedID).json") && $0.reason.contains("not valid JSON") })
        #expect(report.invalid.contains { $0.reason.contains("FIFO") })
        #expect(report.invalid.contains { $0.file.hasSuffix("Not-A-Text") })
        #expect(report.summary.hasSuffix("added 1, already present 0, conflicts 0, invalid 4."))
        #expect(MergeFixtures.annotations(s.folder("dest")) == ["\(good.text)/\(good.id.value).json": AnnotationCodec.encode(good)])
        #expect(MergeFixtures.contents(s.folder("source"), excluding: []) == before, "nothing moved, no quarantine/ in a source")
        #expect(MergeFixtures.names(in: s.folder("source")).sorted() == ["Not-A-Text", good.text.rawValue])
    }

    @Test func theDestinationsOwnBadFilesGoToItsQuarantine() throws {
        let s = try MergeScratch()
        defer { s.remove() }
        let bad = "\(MergeFixtures.text)/\(AnnotationID.random().value).json"
        try s.writeFile(Array("not json".utf8), at: bad, in: "dest")
        try s.write([MergeFixtures.comment("Arrive.")], into: "source")
        let (defects, reports) = try AnnotationMerge.merge([s.folder("source")], into: s.store("dest"))
        #expect(defects.map(\.file) == [s.folder("dest/\(bad)").relativePath])
        #expect(defects.first?.quarantinedAs != nil)
        #expect(reports[0].added.count == 1)
        #expect(MergeFixtures.contents(s.folder("dest"), excluding: []).keys.contains("quarantine/\(bad)"))
    }

    @Test func aMissingSourceIsAnInputOutputErrorAndNothingIsCreated() throws {
        let s = try MergeScratch()
        defer { s.remove() }
        try s.write([MergeFixtures.comment("Seul.")], into: "source")
        let error = #expect(throws: InputError.self) { try s.merge(["source", "no-such-stick"], into: "dest") }
        #expect(error?.kind == .io)
        #expect(error?.file.hasSuffix("no-such-stick") == true)
        #expect(!FileManager.default.fileExists(atPath: s.folder("dest").path), "sources are all read before anything is made")
    }

    @Test func aFIFOGivenAsSourceIsRefusedWithoutBlocking() throws {
        let s = try MergeScratch()
        defer { s.remove() }
        #expect(mkfifo(s.folder("pipe").path, 0o600) == 0)
        let error = #expect(throws: InputError.self) { try s.merge(["pipe"], into: "dest") }
        #expect(error?.kind == .badData)
    }

    @Test(arguments: [("0123456789abcdef0123456789abcdef.json", true), ("0123456789abcdef0123456789abcdef.json.12", true),
                      ("0123456789abcdef0123456789abcdef.json.", false), ("0123456789abcdef0123456789abcdef.json.-1", false),
                      ("0123456789abcdef0123456789abcdef.json.+1", false), ("0123456789abcdef0123456789abcdef.txt", false),
                      ("0123456789ABCDEF0123456789abcdef.json", false)])
    func keptAsideNames(name: String, valid: Bool) {
        #expect((MergeSource.keptAsideID(name) != nil) == valid)
    }
}
