import Crypto
import Foundation
import Testing
import AnnotationFixtures
@testable import TaskForceCore

/// Only a record's writer may withdraw or edit it, only the session's facilitator may
/// moderate its comments; anything else is refused and changes nothing.
struct AuthorityTests {
    static let catalogue = CurrentViewTests.catalogue
    static let day: Day = "2026-07-14"

    static func comment(session: String? = "S-1", keys: WriterKeys, supersedes: Annotation? = nil) -> Annotation {
        keys.keyed(Annotation.comment(text: "bill", article: "1", fingerprint: "aaaaaaaaaaaaaaaa", stance: .oppose,
                                      tags: [], body: "Non.", language: "fr", session: session, day: day,
                                      supersedes: supersedes?.id))
    }

    @Test func theWritersWithdrawalAndEditStandAndAnyoneElsesAreRefused() {
        let writer = WriterKeys(), stranger = WriterKeys()
        let first = Self.comment(keys: writer)
        let edit = writer.signed(Self.comment(keys: writer, supersedes: first), actingOn: first.id)
        let forgedEdit = stranger.signed(Self.comment(keys: stranger, supersedes: first), actingOn: first.id)
        let unsignedEdit = Self.comment(keys: stranger, supersedes: first)
        let forgedWithdrawal = stranger.signed(.withdrawal(of: edit, day: Self.day), actingOn: edit.id)
        let unsignedWithdrawal = Annotation.withdrawal(of: first, day: Self.day)
        let all = [first, edit, forgedEdit, unsignedEdit, forgedWithdrawal, unsignedWithdrawal]
        let view = CurrentView(all, catalogue: Self.catalogue, sessions: [:])
        #expect(Set(view.refused.map(\.annotation.id)) == [forgedEdit.id, unsignedEdit.id, forgedWithdrawal.id, unsignedWithdrawal.id])
        #expect(view.comments["bill"]?["1"]?.map(\.annotation.id) == [edit.id])
        #expect(view.withdrawn.isEmpty)
        let withdrawn = CurrentView(all + [writer.signed(.withdrawal(of: edit, day: Self.day), actingOn: edit.id)],
                                    catalogue: Self.catalogue, sessions: [:])
        #expect(withdrawn.comments["bill"]?["1"] == nil)
        #expect(withdrawn.withdrawn.map(\.id) == [edit.id])
    }

    @Test func aChangedByteBreaksTheSignature() {
        let writer = WriterKeys()
        let first = Self.comment(keys: writer)
        var withdrawal = writer.signed(.withdrawal(of: first, day: Self.day), actingOn: first.id)
        #expect(RecordSignature.verifies(withdrawal, publicKey: first.key))
        withdrawal.day = "2026-07-15"
        #expect(!RecordSignature.verifies(withdrawal, publicKey: first.key))
        #expect(!RecordSignature.verifies(withdrawal, publicKey: nil))
    }

    @Test func onlyTheSessionsFacilitatorModeratesItsComments() throws {
        let facilitator = Curve25519.Signing.PrivateKey(), other = Curve25519.Signing.PrivateKey()
        let sessions = Authority.SessionKeys(["S-1": FacilitatorKeys.publicHex(facilitator), "S-2": FacilitatorKeys.publicHex(other)])
        let writer = WriterKeys()
        let c = Self.comment(keys: writer)
        let hide = RecordSignature.signed(.hiding(c, session: "S-1", day: Self.day), by: facilitator)
        let forgedHide = RecordSignature.signed(.hiding(c, session: "S-1", day: Self.day), by: other)
        let otherSessionHide = RecordSignature.signed(.hiding(c, session: "S-2", day: Self.day), by: other)
        let unsigned = Annotation.hiding(c, session: "S-1", day: Self.day)
        let view = CurrentView([c, hide, forgedHide, otherSessionHide, unsigned], catalogue: Self.catalogue, sessions: sessions)
        #expect(Set(view.refused.map(\.annotation.id)) == [forgedHide.id, otherSessionHide.id, unsigned.id])
        #expect(view.comments["bill"]?["1"]?.first?.hiddenBy == [hide.id])
        // Its undoing: by the facilitator's key only; a forged one leaves the comment hidden.
        let forgedUndo = writer.signed(.withdrawal(of: hide, day: Self.day), actingOn: c.id)
        let undo = RecordSignature.signed(.withdrawal(of: hide, day: Self.day), by: facilitator)
        let forged = CurrentView([c, hide, forgedUndo], catalogue: Self.catalogue, sessions: sessions)
        #expect(forged.comments["bill"]?["1"]?.first?.hiddenBy == [hide.id])
        let undone = CurrentView([c, hide, undo], catalogue: Self.catalogue, sessions: sessions)
        #expect(undone.comments["bill"]?["1"]?.first?.isHidden == false)
        // Without the session's record (its key), no moderation stands.
        #expect(CurrentView([c, hide], catalogue: Self.catalogue, sessions: [:]).comments["bill"]?["1"]?.first?.isHidden == false)
    }

    /// Two records of S-1 with different keys (a forger's and the facilitator's, in either
    /// role): each key's hides stand, no duplicate mark or undoing counts, a third key's
    /// hide is refused; the same keys on both records are no dispute.
    @Test func twoRecordsOfOneSessionWithDifferentKeysKeepTheSafeSide() {
        let real = Curve25519.Signing.PrivateKey(), forger = Curve25519.Signing.PrivateKey(), third = Curve25519.Signing.PrivateKey()
        let writer = WriterKeys()
        let c = Self.comment(keys: writer), d = Self.comment(keys: writer)
        let hide = RecordSignature.signed(.hiding(c, session: "S-1", day: Self.day), by: real)
        let forgedHide = RecordSignature.signed(.hiding(d, session: "S-1", day: Self.day), by: forger)
        let thirdHide = RecordSignature.signed(.hiding(d, session: "S-1", day: Self.day), by: third)
        let forgedUndo = RecordSignature.signed(.withdrawal(of: hide, day: Self.day), by: forger)
        let realUndo = RecordSignature.signed(.withdrawal(of: forgedHide, day: Self.day), by: real)
        let mark = RecordSignature.signed(.marking(d, asDuplicateOf: c, session: "S-1", day: Self.day), by: real)
        let all = [c, d, hide, forgedHide, thirdHide, forgedUndo, realUndo, mark]
        for (own, rival) in [(real, forger), (forger, real)] {
            var keys = Authority.SessionKeys(["S-1": FacilitatorKeys.publicHex(own)])
            keys.add(rival: FacilitatorKeys.publicHex(own), of: "S-1", in: "same.json", recordFile: "S-1.json")
            #expect(keys.disputes.isEmpty, "the same key twice is no dispute")
            keys.add(rival: FacilitatorKeys.publicHex(rival), of: "S-1", in: "conflicts/S-1.json", recordFile: "S-1.json")
            #expect(keys.disputes["S-1"]?.files == ["S-1.json", "conflicts/S-1.json"])
            let view = CurrentView(all, catalogue: Self.catalogue, sessions: keys)
            #expect(Set(view.refused.map(\.annotation.id)) == [thirdHide.id, forgedUndo.id, realUndo.id, mark.id])
            let comments = view.comments["bill"]?["1"] ?? []
            #expect(comments.count == 2 && comments.allSatisfy { $0.isHidden }, "both hides stand")
            #expect(comments.allSatisfy { $0.duplicateOf == nil }, "no mark folds a comment away")
        }
    }

    /// A show of hands is the facilitator's count: signed with the session's key it counts,
    /// otherwise it is refused; only that key withdraws it, and a withdrawal then a new
    /// count replaces a mistyped number (6, then 50: 50, never 56).
    @Test func aShowOfHandsIsTheFacilitatorsSignedCount() {
        let facilitator = Curve25519.Signing.PrivateKey()
        let sessions = Authority.SessionKeys(["S-1": FacilitatorKeys.publicHex(facilitator)])
        let writer = WriterKeys()
        let c = Self.comment(keys: writer)
        func count(_ records: [Annotation]) -> Int? {
            CurrentView([c] + records, catalogue: Self.catalogue, sessions: sessions).comments["bill"]?["1"]?.first?.endorsements
        }
        let six = RecordSignature.signed(.endorsement(of: c, count: 6, session: "S-1", day: Self.day), by: facilitator)
        let unsigned = Annotation.endorsement(of: c, count: 40, session: "S-1", day: Self.day)
        let byWriter = writer.signed(.endorsement(of: c, count: 40, session: "S-1", day: Self.day), actingOn: c.id)
        #expect(count([six]) == 6)
        #expect(count([six, unsigned, byWriter]) == 6, "an unsigned count, or one signed by another key, is refused")
        #expect(Authority.refusals([c, six, unsigned], sessions: sessions).map(\.annotation.id) == [unsigned.id])
        let withdrawn = RecordSignature.signed(.withdrawal(of: six, session: "S-1", day: Self.day), by: facilitator)
        let fifty = RecordSignature.signed(.endorsement(of: c, count: 50, session: "S-1", day: Self.day), by: facilitator)
        #expect(count([six, withdrawn, fifty]) == 50)
        let forgedWithdrawal = writer.signed(.withdrawal(of: six, session: "S-1", day: Self.day), actingOn: six.id)
        #expect(count([six, forgedWithdrawal]) == 6, "only the facilitator's key withdraws a show of hands")
        // A plain "me too" still needs no signature.
        #expect(count([.endorsement(of: c, session: "S-1", day: Self.day)]) == 1)
    }

    @Test func whatActsOnARefusedRecordIsRefusedToo() {
        let writer = WriterKeys(), stranger = WriterKeys()
        let first = Self.comment(keys: writer)
        let forgedEdit = stranger.signed(Self.comment(keys: stranger, supersedes: first), actingOn: first.id)
        let editOfForged = stranger.signed(Self.comment(keys: stranger, supersedes: forgedEdit), actingOn: forgedEdit.id)
        let view = CurrentView([first, forgedEdit, editOfForged], catalogue: Self.catalogue, sessions: [:])
        #expect(Set(view.refused.map(\.annotation.id)) == [forgedEdit.id, editOfForged.id])
        #expect(view.comments["bill"]?["1"]?.map(\.annotation.id) == [first.id])
    }

    @Test func keysAndSignaturesRoundTripThroughTheFileFormat() throws {
        let writer = WriterKeys()
        let first = Self.comment(keys: writer)
        let edit = writer.signed(Self.comment(keys: writer, supersedes: first), actingOn: first.id)
        for a in [first, edit] { #expect(try AnnotationCodec.decode(AnnotationCodec.encode(a)) == a) }
        #expect(first.key != edit.key)  // one key per record: nothing links two records of one writer
        var bad = AnnotationCodec.encode(first)
        bad = Array(String(decoding: bad, as: UTF8.self).replacingOccurrences(of: first.key!, with: "XYZ").utf8)
        #expect(throws: AnnotationDefect.self) { try AnnotationCodec.decode(bad) }
    }

    @Test func aFacilitatorKeyIsKeptPrivateOutsideTheFolderAndNeverReplaced() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("taskforce-keys-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let keys = FacilitatorKeys(folder: dir.appendingPathComponent("state/keys"))
        let record = try keys.keyed(SessionRecord(code: "S-1", place: "Gent", day: Self.day, headcount: 3))
        let again = try keys.keyed(SessionRecord(code: "S-1", place: "Gent", day: Self.day, headcount: 4, key: record.key))
        #expect(again.key == record.key)
        var info = stat()
        #expect(stat(dir.appendingPathComponent("state/keys/S-1.key").path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(stat(dir.appendingPathComponent("state/keys").path, &info) == 0 && info.st_mode & 0o777 == 0o700)
        // Midnight, not the time of day the session began (issue 13, item 3).
        for path in ["state/keys/S-1.key", "state/keys"] {
            #expect(stat(dir.appendingPathComponent(path).path, &info) == 0 && info.st_mtim.tv_sec % 86_400 == 0, "\(path)")
        }
        let c = Self.comment(keys: WriterKeys())
        let hide = try keys.sign(.hiding(c, session: "S-1", day: Self.day), session: record, target: c)
        #expect(RecordSignature.verifies(hide, publicKey: record.key))
        let elsewhere = Self.comment(session: "S-2", keys: WriterKeys())
        #expect(throws: InputError.self) { try keys.sign(.hiding(elsewhere, session: "S-1", day: Self.day), session: record, target: elsewhere) }
        // A record whose key this machine does not hold: nothing is signed.
        let foreign = SessionRecord(code: "S-1", place: "Gent", day: Self.day, headcount: 3,
                                    key: FacilitatorKeys.publicHex(Curve25519.Signing.PrivateKey()))
        #expect(throws: InputError.self) { try keys.sign(.hiding(c, session: "S-1", day: Self.day), session: foreign, target: c) }
    }
}
