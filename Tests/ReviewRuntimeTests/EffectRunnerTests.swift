import Foundation
import ReviewRuntime
import AnnotationFixtures
import TaskForceCore
import TaskForceUI
import Testing

/// Each effect of the review screen, run against a disk in memory: what it writes, and the
/// message it answers with, on success and on failure (issue 11).
@Suite struct EffectRunnerTests {
    static let day: Day = "2026-03-08"
    let disk = MemoryDisk()
    var runner: EffectRunner { EffectRunner(disk: disk, session: "BXL-1", today: { Self.day }) }

    static let comment = Annotation.comment(text: "demo", article: "5bis", fingerprint: "f", stance: .concern,
                                            tags: [.safety], body: "Le bouton.", language: "fr", day: day)
    static let toSave = CommentToSave(textID: "demo", article: "5bis", fingerprint: "f", stance: .oppose,
                                      themes: [.privacy], body: "Non.", proposal: "Supprimer.", supersedes: nil,
                                      language: "nl", session: nil, transcribed: true)

    @Test func aCommentIsSavedWithTheDayTheSessionAndWhereItWasWritten() throws {
        guard case .commentSaved(.success(let saved))? = runner.perform(.saveComment(Self.toSave)) else {
            Issue.record("not a saved comment"); return
        }
        #expect(disk.saved == [saved])
        #expect(saved.stance == .oppose && saved.tags == [.privacy] && saved.body == "Non." && saved.proposal == "Supprimer.")
        #expect(saved.language == "nl" && saved.session == "BXL-1" && saved.day == Self.day && saved.transcribed == true)
    }

    @Test func aFailedSaveSaysWhyAndKeepsTheDraft() {
        disk.failing = true
        let answer = runner.perform(.saveComment(Self.toSave))
        #expect(answer == .commentSaved(.failure(EffectFailure("No space left on device"))))
        #expect(disk.drafts.map(\.body) == ["Non."])
    }

    /// Issue 13: a kiosk keeps nothing unfinished, not even the words of a failed save.
    @Test func aKioskSaveThatFailsKeepsNoDraft() {
        disk.failing = true
        var fromKiosk = Self.toSave
        fromKiosk.keepsDraft = false
        #expect(runner.perform(.saveComment(fromKiosk)) == .commentSaved(.failure(EffectFailure("No space left on device"))))
        #expect(disk.drafts.isEmpty)
    }

    /// The same on the real disk: the text's folder is a plain file, so the save fails, and
    /// the words are nowhere under Annotations/ (drafts/ above all).
    @Test func aKioskSaveThatFailsOnDiskLeavesTheWordsNowhere() throws {
        let root = try PrivateTemporaryFolder.make(prefix: "tf-kiosk")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root.appendingPathComponent("Annotations"))
        try store.prepare()
        try Data("pas un dossier".utf8).write(to: store.folder(forText: "demo"))
        let runner = EffectRunner(disk: FolderDisk(store: store, texts: root.appendingPathComponent("Texts"),
                                                   facilitatorKeys: FacilitatorKeys(folder: root.appendingPathComponent("keys"))),
                                  session: nil, today: { Self.day })
        var fromKiosk = Self.toSave
        fromKiosk.body = "MOTS PRIVES DU KIOSQUE"
        fromKiosk.fingerprint = "aaaaaaaaaaaaaaaa"  // a valid comment: only the disk fails it
        fromKiosk.keepsDraft = false
        guard case .commentSaved(.failure(let failure))? = runner.perform(.saveComment(fromKiosk)) else {
            Issue.record("the save did not fail"); return
        }
        #expect(failure.message.contains("not a folder"), "\(failure.message)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: store.root.path)
        for file in files {
            let data = (try? Data(contentsOf: store.root.appendingPathComponent(file))) ?? Data()
            #expect(!String(decoding: data, as: UTF8.self).contains("MOTS PRIVES"), "\(file) holds the words")
        }
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: store.draftsFolder.path)) ?? []).isEmpty)
        // Outside a kiosk the words are kept as a draft, as before.
        var elsewhere = fromKiosk
        elsewhere.keepsDraft = true
        _ = runner.perform(.saveComment(elsewhere))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: store.draftsFolder.path)) ?? []).count == 1)
    }

    @Test func closingTheSessionSaysHowManyFilesOrWhyNot() {
        #expect(runner.perform(.closeSession("BXL-1")) == .sessionClosed("BXL-1", .success(3)))
        #expect(disk.closed == ["BXL-1"])
        disk.failing = true
        #expect(runner.perform(.closeSession("BXL-1")) == .sessionClosed("BXL-1", .failure(EffectFailure("No space left on device"))))
    }

    @Test func draftsKeepAMissingStanceMissing() {
        var unfinished = Self.toSave
        unfinished.stance = nil
        #expect(runner.perform(.keepDrafts([unfinished])) == nil)
        #expect(disk.drafts.count == 1)
        #expect(disk.draftsWithoutStance == disk.drafts)
    }

    @Test func meTooAndWithdrawalTargetTheComment() throws {
        guard case .endorsed(let target, .success(let endorsement))? = runner.perform(.endorse(Self.comment, WriterKeys())) else {
            Issue.record("not an endorsement"); return
        }
        #expect(target == Self.comment && endorsement.kind == .endorsement && endorsement.target == Self.comment.id)
        guard case .withdrawn(_, .success(let withdrawal))? = runner.perform(.withdraw(Self.comment, WriterKeys())) else {
            Issue.record("not a withdrawal"); return
        }
        #expect(withdrawal.kind == .withdrawal && withdrawal.target == Self.comment.id && withdrawal.session == "BXL-1")
        #expect(disk.saved == [endorsement, withdrawal])
        disk.failing = true
        #expect(runner.perform(.endorse(Self.comment, WriterKeys())) == .endorsed(Self.comment, .failure(EffectFailure("No space left on device"))))
    }

    @Test(arguments: [
        FacilitatorEffect.showOfHands(comment, count: 6), .leaveOut(comment),
        .markDuplicate(comment, original: comment), .undoModeration(comment),
    ])
    func facilitatorAnnotationsAreSavedAndAnswered(_ effect: FacilitatorEffect) {
        guard case .facilitatorSaved(let answered, .success(let saved))? = runner.perform(.facilitator(effect)) else {
            Issue.record("no answer for \(effect)"); return
        }
        #expect(answered == effect)
        #expect(disk.saved == [saved])
        #expect(saved.target == Self.comment.id && saved.session == "BXL-1" && saved.day == Self.day)
        // Moderations, their undoing and a show of hands are signed with the facilitator's key.
        #expect(disk.signedFor == [Self.comment.id])
    }

    /// `h 6`, then a mistyped number replaced by 50: the 6 is withdrawn (signed, acting on
    /// it) before the 50 is saved (signed, on the comment), so the comment never counts 56.
    @Test func aShowOfHandsIsReplacedByItsWithdrawalThenTheNewCount() throws {
        guard case .facilitatorSaved(_, .success(let six))? = runner.perform(.facilitator(.showOfHands(Self.comment, count: 6))) else {
            Issue.record("no show of hands"); return
        }
        let replace = FacilitatorEffect.replaceShowOfHands(Self.comment, previous: six, count: 50)
        guard case .facilitatorSaved(replace, .success(let fifty))? = runner.perform(.facilitator(replace)) else {
            Issue.record("not replaced"); return
        }
        #expect(fifty.kind == .endorsement && fifty.count == 50 && fifty.target == Self.comment.id)
        #expect(disk.saved.count == 3)
        let withdrawal = disk.saved[1]
        #expect(withdrawal.kind == .withdrawal && withdrawal.target == six.id && withdrawal.session == "BXL-1")
        #expect(disk.saved == [six, withdrawal, fifty])
        #expect(disk.signedFor == [Self.comment.id, six.id, Self.comment.id])
        // A full disk: said, and nothing of the new count is saved.
        disk.failing = true
        let again = FacilitatorEffect.replaceShowOfHands(Self.comment, previous: fifty, count: 5)
        #expect(runner.perform(.facilitator(again)) == .facilitatorSaved(again, .failure(EffectFailure("No space left on device"))))
        #expect(disk.saved.count == 3)
    }

    /// The writer's own withdrawal is signed with the key of the comment: it verifies.
    @Test func aWithdrawalIsSignedWithTheCommentsKey() throws {
        let keys = WriterKeys()
        let mine = keys.keyed(Self.comment)
        guard case .withdrawn(_, .success(let withdrawal))? = runner.perform(.withdraw(mine, keys)) else {
            Issue.record("not withdrawn"); return
        }
        #expect(Authority.refusals([mine, withdrawal], sessions: [:]).isEmpty)
        // Another screen's keys cannot withdraw it.
        guard case .withdrawn(_, .success(let forged))? = runner.perform(.withdraw(mine, WriterKeys())) else {
            Issue.record("not written"); return
        }
        #expect(Authority.refusals([mine, forged], sessions: [:]).count == 1)
    }

    @Test func theSessionRecordAndThePositionAreWrittenAndTakenAway() {
        let record = SessionRecord(code: "BXL-1", place: "Liège", day: Self.day, headcount: 9)
        guard case .sessionSaved(record, .success(let saved))? = runner.perform(.facilitator(.saveSession(record))) else {
            Issue.record("the record was not saved"); return
        }
        #expect(saved.key != nil, "a new record gets its facilitator key")
        let position = LivePosition(session: "BXL-1", text: "demo", article: "3", talliesShown: false)
        #expect(runner.perform(.publishPosition(position)) == .positionPublished(position, .success(position)))
        #expect(runner.perform(.endPosition(session: "BXL-1")) == nil)
        #expect(disk.sessions == [saved])
        #expect(disk.positions == [position, nil])
        disk.failing = true
        #expect(runner.perform(.publishPosition(position)) == .positionPublished(position, .failure(EffectFailure("No space left on device"))))
    }

    /// The screen's annotations travel with the effect: the digest is made of them, and
    /// the folder is not read again.
    @Test func withoutAnInboxTheDigestIsBuiltAtOnce() {
        disk.digest = DigestPreview.Content(rows: [], markdown: ["# Digest"])
        let known = KnownAnnotations([Self.comment])
        #expect(runner.perform(.buildDigest(textID: "demo", language: .fr, annotations: known)) == .digestBuilt(textID: "demo", disk.digest))
        #expect(disk.digestedFrom == [Self.comment])
    }

    /// With an inbox the digest is built off the caller's thread: the answer comes later,
    /// posted to the inbox, whose descriptor becomes readable.
    @Test func withAnInboxTheDigestArrivesThroughIt() throws {
        disk.digest = DigestPreview.Content(rows: [], markdown: ["# Digest"])
        let inbox = MessageInbox()
        let runner = EffectRunner(disk: disk, session: nil, today: { Self.day }, inbox: inbox)
        #expect(runner.perform(.buildDigest(textID: "demo", language: .fr, annotations: KnownAnnotations())) == nil)
        let descriptor = try #require(inbox.descriptor)
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&ready, 1, 10_000) == 1, "the inbox never became readable")
        #expect(inbox.drain() == [.digestBuilt(textID: "demo", disk.digest)])
        #expect(inbox.drain().isEmpty)
    }

    @Test func clearingTheScreenIsNotTheDisks() {
        #expect(runner.perform(.clearScreen) == nil)
        #expect(disk.saved.isEmpty && disk.drafts.isEmpty)
    }
}
