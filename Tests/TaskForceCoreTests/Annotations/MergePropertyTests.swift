import Foundation
import PropertyBased
import Testing
import AnnotationFixtures
@testable import TaskForceCore

/// Merge is a set union by id (Annotations/README.md): whatever the order or grouping of the sources,
/// the same annotations end up in the folder and the same versions are known; merging a
/// source again changes nothing. Folders A, B, C hold random subsets of a pool in which
/// every annotation has three versions (same id, other bytes), so conflicts are common.
struct MergePropertyTests {
    /// Five comments and three endorsements, each in three versions.
    static let pool: [[Annotation]] = {
        let comments = (0..<5).map { MergeFixtures.comment("Commentaire \($0) : le bouton d'alarme doit rester à nous.") }
        let endorsements = comments.prefix(3).map { Annotation.endorsement(of: $0, day: MergeFixtures.day) }
        return (comments + endorsements).map { [$0, MergeFixtures.variant(of: $0, 1), MergeFixtures.variant(of: $0, 2)] }
    }()

    /// For each pool entry: 0 absent, else the version to include.
    static let folderContent = Gen.int(in: 0...3).array(of: pool.count)

    static func pick(_ choice: [Int]) -> [Annotation] {
        zip(pool, choice).compactMap { versions, k in k == 0 ? nil : versions[k - 1] }
    }

    @Test func mergeIsAUnionWhateverTheOrderAndGrouping() async {
        await propertyCheck(count: 60, input: Self.folderContent, Self.folderContent, Self.folderContent) { a, b, c in
            let s = try MergeScratch()
            defer { s.remove() }
            try s.write(Self.pick(a), into: "A")
            try s.write(Self.pick(b), into: "B")
            try s.write(Self.pick(c), into: "C")
            let (filesA, filesB, filesC) = (MergeFixtures.contents(s.folder("A")), MergeFixtures.contents(s.folder("B")),
                                            MergeFixtures.contents(s.folder("C")))

            // The model: each path's versions are all those of A, B and C; the annotation
            // file is the first met, A's before B's before C's.
            var expectedVersions: [String: Set<[UInt8]>] = [:]
            var expectedFirst: [String: [UInt8]] = [:]
            for files in [filesA, filesB, filesC] {
                for (path, bytes) in files {
                    expectedVersions[path, default: []].insert(bytes)
                    if expectedFirst[path] == nil { expectedFirst[path] = bytes }
                }
            }

            try s.copy("A", to: "AB.C")         // (A ← B) ← C
            try s.merge(["B"], into: "AB.C")
            try s.merge(["C"], into: "AB.C")
            try s.copy("A", to: "AC.B")         // (A ← C) ← B
            try s.merge(["C"], into: "AC.B")
            try s.merge(["B"], into: "AC.B")
            try s.copy("B", to: "BC")           // A ← (B ← C)
            try s.merge(["C"], into: "BC")
            try s.copy("A", to: "A.BC")
            try s.merge(["BC"], into: "A.BC")
            try s.copy("A", to: "ABC")          // one command, two sources
            try s.merge(["B", "C"], into: "ABC")

            let abc = MergeFixtures.annotations(s.folder("AB.C"))
            #expect(abc == expectedFirst, "(A←B)←C holds the first version met of every annotation")
            for name in ["AB.C", "AC.B", "A.BC", "ABC"] {
                #expect(MergeFixtures.versions(s.folder(name)) == expectedVersions, "\(name) knows every version, and only those")
            }

            // Commutative: the same annotations; the same bytes wherever there was no conflict;
            // A's own files untouched.
            let acb = MergeFixtures.annotations(s.folder("AC.B"))
            #expect(Set(acb.keys) == Set(abc.keys))
            for (path, versions) in expectedVersions where versions.count == 1 {
                #expect(acb[path] == abc[path], "\(path) has one version: the same bytes in any order")
            }
            for (path, bytes) in filesA { #expect(acb[path] == bytes && abc[path] == bytes, "A's \(path) is never replaced") }

            // Associative, and one command with two sources is the same as two commands.
            #expect(MergeFixtures.annotations(s.folder("A.BC")) == abc)
            #expect(MergeFixtures.contents(s.folder("ABC")) == MergeFixtures.contents(s.folder("AB.C")))

            // Idempotent: merging the same sources again writes nothing, not even a new conflict copy.
            let before = MergeFixtures.contents(s.folder("AB.C"))
            let again = try s.merge(["B", "C", "BC"], into: "AB.C")
            #expect(MergeFixtures.contents(s.folder("AB.C")) == before)
            #expect(again.allSatisfy { $0.added.isEmpty })

            // Sources are never changed, and get no tmp/ or quarantine/ either.
            #expect(MergeFixtures.contents(s.folder("B"), excluding: []) == filesB)
            #expect(MergeFixtures.contents(s.folder("C"), excluding: []) == filesC)
        }
    }
}
