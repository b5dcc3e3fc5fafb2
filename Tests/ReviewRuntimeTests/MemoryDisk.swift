import Foundation
import ReviewRuntime
import AnnotationFixtures
import TaskForceCore
import TaskForceUI

/// An `AnnotationDisk` in memory: what each effect wrote, and a switch that makes every
/// write fail, as a full or read-only disk would.
final class MemoryDisk: AnnotationDisk, @unchecked Sendable {
    // Guarded by `lock`: a digest is built on the runner's worker.
    private let lock = NSLock()
    private var _saved: [Annotation] = []
    private var _drafts: [Annotation] = []
    private var _sessions: [SessionRecord] = []
    private var _positions: [LivePosition?] = []
    var failing = false
    var digest: DigestPreview.Content?

    var saved: [Annotation] { lock.withLock { _saved } }
    var drafts: [Annotation] { lock.withLock { _drafts } }
    var sessions: [SessionRecord] { lock.withLock { _sessions } }
    /// Each position written, and nil where it was taken away.
    var positions: [LivePosition?] { lock.withLock { _positions } }

    private func write(_ change: () -> Void) throws(EffectFailure) {
        if failing { throw EffectFailure("No space left on device") }
        lock.withLock(change)
    }

    func saveComment(_ comment: Annotation, keepingDraft: Bool) throws(EffectFailure) {
        // As the real store: a comment that cannot be saved is kept as a draft, unless
        // it comes from a kiosk.
        if failing, keepingDraft { lock.withLock { _drafts.append(comment) } }
        try write { _saved.append(comment) }
    }
    /// The drafts kept without a stance chosen.
    var draftsWithoutStance: [Annotation] { lock.withLock { _draftsWithoutStance } }
    private var _draftsWithoutStance: [Annotation] = []
    func saveDraft(_ draft: Annotation, stanceChosen: Bool) throws(EffectFailure) {
        try write {
            _drafts.append(draft)
            if !stanceChosen { _draftsWithoutStance.append(draft) }
        }
    }
    func save(_ annotation: Annotation) throws(EffectFailure) { try write { _saved.append(annotation) } }
    /// The record as it is, with a made-up facilitator key when it has none.
    func saveSession(_ record: SessionRecord) throws(EffectFailure) -> SessionRecord {
        var keyed = record
        if keyed.key == nil { keyed.key = String(repeating: "ab", count: 32) }
        try write { _sessions.append(keyed) }
        return keyed
    }
    /// Moderations come back marked as signed, so a test can tell them apart.
    var signedFor: [AnnotationID] { lock.withLock { _signedFor } }
    private var _signedFor: [AnnotationID] = []
    func signedByFacilitator(_ moderation: Annotation, session code: String?, target: Annotation) throws(EffectFailure) -> Annotation {
        guard code != nil else { throw EffectFailure("a moderation needs the session's record, with its key") }
        lock.withLock { _signedFor.append(target.id) }
        return moderation
    }
    func publish(_ position: LivePosition) throws(EffectFailure) { try write { _positions.append(position) } }
    func endPosition(session: String) { lock.withLock { _positions.append(nil) } }
    /// The sessions closed, in order.
    var closed: [String] { lock.withLock { _closed } }
    private var _closed: [String] = []
    func closeSession(_ code: String) throws(EffectFailure) -> Int {
        try write { _closed.append(code) }
        return 3
    }
    /// The annotations the last digest was asked to be made of.
    var digestedFrom: [Annotation] { lock.withLock { _digestedFrom } }
    private var _digestedFrom: [Annotation] = []
    func digestContent(textID: TextID, language: UILanguage, annotations: [Annotation]) -> DigestPreview.Content? {
        lock.withLock { _digestedFrom = annotations }
        return digest
    }
}
