import ChildProcesses
import Foundation
import Testing
import AnnotationFixtures
@testable import TaskForceCore

/// Bundles: the round trip keeps every byte, any `tar` reads them, and a damaged,
/// altered or hostile bundle is refused whole before anything is copied.
struct BundleTests {
    /// A folder `A` of three annotations, and their files as the loader gives them.
    static func folderA(_ s: MergeScratch) throws -> [AnnotationLoader.File] {
        let first = MergeFixtures.comment("Le bouton d'alarme doit rester sous notre contrôle.")
        let second = MergeFixtures.comment("Qui lit ces données ? Réunion à Liège — één, twee; țară.", article: "5bis", stance: .question)
        try s.write([first, second, Annotation.endorsement(of: first, day: MergeFixtures.day)], into: "A")
        let loaded = AnnotationLoader.loadFiles(s.store("A"), quarantine: false)
        #expect(loaded.defects.isEmpty && loaded.files.count == 3)
        return loaded.files
    }

    @Test func roundTripGivesTheSameFilesByteForByte() throws {
        let s = try MergeScratch()
        defer { s.remove() }
        let files = try Self.folderA(s)
        let bundle = s.folder("x.tfbundle")
        #expect(try BundleFile.write(files, to: bundle) == 3)

        let reports = try s.merge(["x.tfbundle"], into: "B")
        #expect(reports.map(\.summary) == ["\(bundle.relativePath): added 3, already present 0, conflicts 0, invalid 0."])
        #expect(MergeFixtures.annotations(s.folder("B")) == MergeFixtures.annotations(s.folder("A")))
        #expect(try s.merge(["x.tfbundle"], into: "B")[0].alreadyPresent == 3)

        var info = stat()
        #expect(lstat(bundle.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(MergeFixtures.names(in: s.url).sorted() == ["A", "B", "x.tfbundle"], "no temporary file left beside it")
    }

    @Test func anEmptyFolderMakesAnEmptyBundle() throws {
        let s = try MergeScratch()
        defer { s.remove() }
        #expect(try BundleFile.write([], to: s.folder("empty.tfbundle")) == 0)
        #expect(try BundleFile.read(s.folder("empty.tfbundle")).files.isEmpty)
    }

    @Test func anyTarReadsItAndTheManifestChecksWithSha256sum() throws {
        let s = try MergeScratch()
        defer { s.remove() }
        let files = try Self.folderA(s)
        try BundleFile.write(files, to: s.folder("x.tfbundle"))
        let listing = try Self.run("/usr/bin/tar", ["-tf", "x.tfbundle"], in: s.url)
        #expect(listing.split(separator: "\n") == ["MANIFEST"] + files.map(\.path).sorted().map { Substring($0) })
        try FileManager.default.createDirectory(at: s.folder("X"), withIntermediateDirectories: false)
        _ = try Self.run("/usr/bin/tar", ["-xf", "../x.tfbundle"], in: s.folder("X"))
        var expected = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) })
        expected["MANIFEST"] = BundleManifest(files: files).bytes
        #expect(MergeFixtures.contents(s.folder("X")) == expected)
        #expect(String(decoding: expected["MANIFEST"]!, as: UTF8.self).hasPrefix("taskforce.bundle.v1\n"))
        let check = try Self.run("/bin/sh", ["-c", "tail -n +2 MANIFEST | sha256sum -c"], in: s.folder("X"))
        #expect(check.split(separator: "\n").count == 3 && check.split(separator: "\n").allSatisfy { $0.hasSuffix(": OK") })
    }

    @Test func aLongTextIdGoesIntoTheUstarPrefixField() throws {
        let s = try MergeScratch()
        defer { s.remove() }
        var a = MergeFixtures.comment("Un texte au nom très long.")
        a.text = TextID(String(repeating: "loi-", count: 25))!  // 100 characters, the longest text id
        try s.write([a], into: "A")
        let files = AnnotationLoader.loadFiles(s.store("A"), quarantine: false).files
        #expect(files.count == 1 && files[0].path.utf8.count > 100)
        try BundleFile.write(files, to: s.folder("long.tfbundle"))
        #expect(try BundleFile.read(s.folder("long.tfbundle")).files.map(\.bytes) == files.map(\.bytes))
        let listing = try Self.run("/usr/bin/tar", ["-tf", "long.tfbundle"], in: s.url)
        #expect(listing == "MANIFEST\n\(files[0].path)\n")
    }

    @Test func sha256IsTheStandardOne() {
        #expect(BundleManifest.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let s = try MergeScratch()
        defer { s.remove() }
        let files = try Self.folderA(s)
        let existing = s.folder("x.tfbundle")
        try Data("précieux".utf8).write(to: existing)
        let error = #expect(throws: InputError.self) { try BundleFile.write(files, to: existing) }
        #expect(error?.kind == .io)
        #expect(error?.message.contains("already exists") == true)
        #expect(try Data(contentsOf: existing) == Data("précieux".utf8))
        // Nor a dangling symbolic link: it would write through it.
        let link = s.folder("link.tfbundle")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: s.folder("target").path)
        #expect(throws: InputError.self) { try BundleFile.write(files, to: link) }
        #expect(!FileManager.default.fileExists(atPath: s.folder("target").path))
    }

    // MARK: refused bundles

    /// Ways to spoil a good bundle, each with words the refusal must contain.
    enum Spoiled: String, CaseIterable, Sendable {
        case byteFlippedInAMember, memberChangedHashKept, manifestHashChanged, manifestOfAnotherFormat,
             listedMemberMissing, cutInTheMiddle, endMarkerMissing, dotDotMemberListed, dotDotMemberUnlisted,
             absolutePath, extraUnlistedMember, duplicateMember, symbolicLinkMember, oversizedMember,
             dataAfterTheEnd, reservedFolder, annotationInAnotherPlace, manifestNotFirst, notABundle, empty

        var expected: String {
            switch self {
            case .byteFlippedInAMember, .memberChangedHashKept, .manifestHashChanged: "does not match its SHA-256"
            case .manifestOfAnotherFormat: "is not taskforce.bundle.v1"
            case .listedMemberMissing: "which is missing"
            case .cutInTheMiddle, .endMarkerMissing: "cut short"
            case .dotDotMemberListed, .dotDotMemberUnlisted: "points outside"
            case .absolutePath: "absolute path"
            case .extraUnlistedMember: "manifest does not list"
            case .duplicateMember: "twice"
            case .symbolicLinkMember: "symbolic link"
            case .oversizedMember: "larger than"
            case .dataAfterTheEnd: "after the archive's end marker"
            case .reservedFolder: "reserved folder"
            case .annotationInAnotherPlace: "holds the annotation"
            case .manifestNotFirst: "does not start with its MANIFEST"
            case .notABundle: "not a ustar header"
            case .empty: "empty"
            }
        }

        func bytes(_ files: [AnnotationLoader.File]) throws -> [UInt8] {
            let good = try AnnotationBundle.archive(files)
            let manifest = UStar.Member(name: BundleManifest.memberName, bytes: BundleManifest(files: files).bytes)
            let members = files.sorted { $0.path < $1.path }.map { UStar.Member(name: $0.path, bytes: $0.bytes) }
            func listed(_ extra: UStar.Member) -> UStar.Member {
                var m = BundleManifest(files: files)
                m.hashes[extra.name] = BundleManifest.sha256(extra.bytes)
                return UStar.Member(name: BundleManifest.memberName, bytes: m.bytes)
            }
            let stranger = UStar.Member(name: "\(MergeFixtures.text)/\(AnnotationID.random().value).json",
                                        bytes: AnnotationCodec.encode(MergeFixtures.comment("Intrus.")))
            switch self {
            case .byteFlippedInAMember:
                var b = good
                b[TarLayout.dataOffset(of: 2, in: good) + 40] ^= 0x01
                return b
            case .memberChangedHashKept:
                let changed = AnnotationCodec.encode(MergeFixtures.variant(of: files.sorted { $0.path < $1.path }[0].annotation, 1))
                return try UStar.archive([manifest, UStar.Member(name: members[0].name, bytes: changed)] + members.dropFirst())
            case .manifestHashChanged:
                var m = BundleManifest(files: files)
                m.hashes[members[1].name] = BundleManifest.sha256(Array("autre chose".utf8))
                return try UStar.archive([UStar.Member(name: BundleManifest.memberName, bytes: m.bytes)] + members)
            case .manifestOfAnotherFormat:
                let text = String(decoding: manifest.bytes, as: UTF8.self).replacingOccurrences(of: ".v1", with: ".v2")
                return try UStar.archive([UStar.Member(name: BundleManifest.memberName, bytes: Array(text.utf8))] + members)
            case .listedMemberMissing: return try UStar.archive([manifest] + members.dropLast())
            case .cutInTheMiddle: return Array(good.prefix(good.count / 2))
            case .endMarkerMissing: return Array(good.dropLast(2 * 512))
            case .dotDotMemberListed:
                let evil = UStar.Member(name: "../evil", bytes: stranger.bytes)
                return try UStar.archive([listed(evil)] + members + [evil])
            case .dotDotMemberUnlisted:
                return try UStar.archive([manifest] + members + [UStar.Member(name: "\(MergeFixtures.text)/../../evil.json", bytes: stranger.bytes)])
            case .absolutePath: return try UStar.archive([manifest] + members + [UStar.Member(name: "/tmp/evil.json", bytes: stranger.bytes)])
            case .extraUnlistedMember: return try UStar.archive([manifest] + members + [stranger])
            case .duplicateMember: return try UStar.archive([manifest] + members + [members[0]])
            case .symbolicLinkMember: return TarLayout.settingType(UInt8(ascii: "2"), ofMember: 2, in: good)
            case .oversizedMember:
                let big = UStar.Member(name: stranger.name, bytes: [UInt8](repeating: 0x20, count: AnnotationCodec.sizeLimit + 1))
                return try UStar.archive([listed(big)] + members + [big])
            case .dataAfterTheEnd: return good + Array("encore".utf8) + [UInt8](repeating: 0, count: 506)
            case .reservedFolder:
                let aside = UStar.Member(name: "conflicts/\(AnnotationID.random().value).json", bytes: stranger.bytes)
                return try UStar.archive([listed(aside)] + members + [aside])
            case .annotationInAnotherPlace:
                let moved = UStar.Member(name: "\(MergeFixtures.text)/\(AnnotationID.random().value).json", bytes: stranger.bytes)
                return try UStar.archive([listed(moved)] + members + [moved])
            case .manifestNotFirst: return try UStar.archive(members + [manifest])
            case .notABundle: return Array(String(repeating: "Ceci n'est pas une archive.\n", count: 40).utf8)
            case .empty: return []
            }
        }
    }

    @Test(arguments: Spoiled.allCases)
    func aSpoiledBundleIsRefusedWholeAndNothingIsCopied(_ spoiled: Spoiled) throws {
        let s = try MergeScratch()
        defer { s.remove() }
        let files = try Self.folderA(s)
        let bytes = try spoiled.bytes(files)
        #expect(bytes != (try AnnotationBundle.archive(files)))
        try Data(bytes).write(to: s.folder("spoiled.tfbundle"))
        try s.write([MergeFixtures.comment("Déjà là.")], into: "dest")
        try s.write([MergeFixtures.comment("Dans un dossier à fusionner aussi.")], into: "other")
        let before = MergeFixtures.contents(s.folder("dest"), excluding: [])

        // A good folder comes first: even its annotations must not be merged.
        let error = #expect(throws: InputError.self) { try s.merge(["other", "spoiled.tfbundle"], into: "dest") }
        #expect(error?.kind == .badData)
        #expect(error?.file == s.folder("spoiled.tfbundle").relativePath)
        #expect(error?.message.contains("refused whole, nothing was merged") == true)
        #expect(error?.message.contains(spoiled.expected) == true, "\(error?.message ?? "no error")")
        #expect(MergeFixtures.contents(s.folder("dest"), excluding: []) == before)
    }

    @Test func theSizeCapIsCheckedBeforeReading() throws {
        let s = try MergeScratch()
        defer { s.remove() }
        let huge = s.folder("huge.tfbundle")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        #expect(truncate(huge.path, off_t(AnnotationBundle.sizeLimit + 1)) == 0)  // sparse: no disk used
        let error = #expect(throws: InputError.self) { try BundleFile.read(huge) }
        #expect(error?.kind == .badData)
        #expect(error?.message.contains("limit") == true)
    }

    static func run(_ tool: String, _ arguments: [String], in folder: URL) throws -> String {
        let run = try ChildProcess.run(tool, arguments, directory: folder)
        #expect(run.ending == .exited(0), "\(tool) \(arguments): \(run.errorText)")
        return run.outputText
    }
}

/// Where things sit in a ustar archive, to spoil one in place.
enum TarLayout {
    /// The offset of member `index`'s header (0 = the manifest).
    static func headerOffset(of index: Int, in archive: [UInt8]) -> Int {
        var offset = 0
        for _ in 0..<index {
            let size = Int(String(decoding: archive[(offset + 124)..<(offset + 135)], as: UTF8.self), radix: 8)!
            offset += 512 + (size + 511) / 512 * 512
        }
        return offset
    }

    static func dataOffset(of index: Int, in archive: [UInt8]) -> Int { headerOffset(of: index, in: archive) + 512 }

    /// Changes a member's type flag and recomputes its header checksum, as a tool would.
    static func settingType(_ type: UInt8, ofMember index: Int, in archive: [UInt8]) -> [UInt8] {
        var b = archive
        let h = headerOffset(of: index, in: archive)
        b[h + 156] = type
        for i in 148..<156 { b[h + i] = 0x20 }
        let sum = b[h..<(h + 512)].reduce(0) { $0 + Int($1) }
        let digits = Array(String(sum, radix: 8).utf8)
        let field = [UInt8](repeating: UInt8(ascii: "0"), count: 6 - digits.count) + digits + [0, 0x20]
        for (i, byte) in field.enumerated() { b[h + 148 + i] = byte }
        return b
    }
}
