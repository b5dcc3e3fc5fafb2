import AnnotationFixtures
import Foundation
import Testing
@testable import TaskForceCore

/// A full disk, a failing fsync, close or link (Annotations/README.md): the save fails with one clear
/// sentence, nothing appears among the annotations, no temporary file is left behind,
/// and the draft saved earlier is still there. Serialized because `DurableFile.calls` is
/// one global seam (the faults only ever hit this suite's own folders, see FaultPlan).
@Suite(.serialized)
struct FaultInjectionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var fault: FaultPlan.Fault
        /// What the message must say about the cause.
        var cause: Int32
        var testDescription: String { fault.description }
    }

    static let failures: [Case] = [
        Case(fault: .fsync(EIO, call: nil), cause: EIO),
        Case(fault: .fsync(EIO, call: 1), cause: EIO),
        // The file is already linked in place when its folder's fsync fails: it must not
        // stay visible, since the participant is told it was not saved.
        Case(fault: .fsync(EIO, call: 2), cause: EIO),
        Case(fault: .write(ENOSPC), cause: ENOSPC),
        Case(fault: .shortWritesThen(ENOSPC, count: 3, chunk: 7), cause: ENOSPC),
        Case(fault: .write(EDQUOT), cause: EDQUOT),
        Case(fault: .close(EIO), cause: EIO),
        Case(fault: .link(ENOSPC), cause: ENOSPC),
        Case(fault: .link(EIO), cause: EIO),
    ]

    @Test(arguments: failures)
    func aFailedSaveLeavesNothingAndKeepsTheDraft(_ c: Case) throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let earlier = DemoAnnotations.comment("Déjà enregistré avant la panne.")
        try scratch.store.save(earlier)
        let comment = DemoAnnotations.comment("Ce texte ne doit jamais être perdu.")
        let draft = try scratch.store.saveDraft(comment)
        let draftBytes = try Data(contentsOf: draft)

        let error = FaultPlan.inject(c.fault, under: scratch.url) {
            #expect(throws: InputError.self) { try scratch.store.save(comment) }
        }

        let message = try #require(error).description
        #expect(error?.kind == .io)
        #expect(message.contains("not saved"), "\(message)")
        #expect(message.contains(String(cString: strerror(c.cause))), "\(message)")
        #expect(message.contains(comment.id.value), "names the file: \(message)")
        #expect(isOneSentence(message), "\(message)")
        #expect(AnnotationScratch.names(in: scratch.textFolder) == ["\(earlier.id.value).json"])
        #expect(AnnotationScratch.names(in: scratch.temporaryFolder) == [], "no .part left in tmp/")
        #expect(try Data(contentsOf: draft) == draftBytes, "the draft is kept")
        #expect(AnnotationLoader.load(scratch.store).defects.isEmpty)

        // The fault gone, the same comment saves: nothing half-done stands in the way.
        try scratch.store.save(comment)
        #expect(AnnotationScratch.names(in: scratch.textFolder).count == 2)
    }

    @Test(arguments: [FaultPlan.Fault.fsync(EIO, call: nil), .write(ENOSPC), .link(ENOSPC)])
    func aFailedDraftKeepsThePreviousDraft(_ fault: FaultPlan.Fault) throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let first = try scratch.store.saveDraft(DemoAnnotations.comment("Première version du brouillon."))
        let firstBytes = try Data(contentsOf: first)

        FaultPlan.inject(fault, under: scratch.url) {
            #expect(throws: InputError.self) {
                try scratch.store.saveDraft(DemoAnnotations.comment("Deuxième version."), replacing: first)
            }
        }

        #expect(AnnotationScratch.names(in: scratch.store.draftsFolder) == [first.lastPathComponent])
        #expect(try Data(contentsOf: first) == firstBytes)
        #expect(AnnotationScratch.names(in: scratch.temporaryFolder) == [])
    }

    /// A signal during write is not a failure: the write is simply made again.
    @Test func anInterruptedWriteIsRetried() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let comment = DemoAnnotations.comment()

        try FaultPlan.inject(.writeInterruptedOnce, under: scratch.url) { try scratch.store.save(comment) }

        let bytes = try [UInt8](Data(contentsOf: scratch.store.url(of: comment)))
        #expect(bytes == AnnotationCodec.encode(comment))
    }

    /// Short writes that all succeed in the end give the whole file.
    @Test func shortWritesStillGiveTheWholeFile() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let comment = DemoAnnotations.comment(String(repeating: "Long commentaire. ", count: 50))

        try FaultPlan.inject(.shortWritesThen(ENOSPC, count: 10_000, chunk: 5), under: scratch.url) {
            try scratch.store.save(comment)
        }

        #expect(try [UInt8](Data(contentsOf: scratch.store.url(of: comment))) == AnnotationCodec.encode(comment))
    }

    /// The faults only reach the scratch folder they were aimed at (other suites save at
    /// the same time through the same seam).
    @Test func faultsStayInTheirFolder() throws {
        let target = try AnnotationScratch()
        let bystander = try AnnotationScratch()
        defer { target.remove(); bystander.remove() }

        try FaultPlan.inject(.write(ENOSPC), under: target.url) {
            #expect(throws: InputError.self) { try target.store.save(DemoAnnotations.comment()) }
            try bystander.store.save(DemoAnnotations.comment())
        }
        #expect(AnnotationScratch.names(in: bystander.textFolder).count == 1)
    }

    /// A file with the same name is never written over, whatever it holds.
    @Test func anExistingFileIsNeverOverwritten() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let comment = DemoAnnotations.comment()
        try scratch.store.save(comment)
        let url = scratch.store.url(of: comment)
        let before = try Data(contentsOf: url)
        var other = comment
        other.changeComment { $0.body = "Un autre texte sous le même identifiant." }

        #expect(throws: InputError.self) { try scratch.store.save(other) }

        #expect(try Data(contentsOf: url) == before)
        #expect(AnnotationScratch.names(in: scratch.temporaryFolder) == [])
    }

    /// One sentence: one line, and no full stop followed by more text.
    func isOneSentence(_ s: String) -> Bool {
        !s.contains("\n") && !s.dropLast().contains(". ") && !s.isEmpty
    }
}
