import Foundation
import TaskForceCore
import TaskForceUI

/// The real disk of the review screen: `Texts/` and `Annotations/` (with its `drafts/`,
/// `sessions/` and `live/`), through the core's durable writers.
public struct FolderDisk: AnnotationDisk {
    public var store: AnnotationStore
    public var texts: URL
    /// Where this machine keeps facilitator keys (never in `Annotations/`).
    public var facilitatorKeys: FacilitatorKeys

    public init(store: AnnotationStore, texts: URL, facilitatorKeys: FacilitatorKeys = .standard()) {
        self.store = store
        self.texts = texts
        self.facilitatorKeys = facilitatorKeys
    }

    public func saveComment(_ comment: Annotation, keepingDraft: Bool) throws(EffectFailure) {
        do {
            if keepingDraft { try store.saveKeepingDraft(comment) } else { try store.save(comment) }
        } catch {
            throw EffectFailure(error.description)
        }
    }

    public func saveDraft(_ draft: Annotation, stanceChosen: Bool) throws(EffectFailure) {
        do { _ = try store.saveDraft(draft, stanceChosen: stanceChosen) } catch { throw EffectFailure(error.description) }
    }

    public func save(_ annotation: Annotation) throws(EffectFailure) {
        do { try store.save(annotation) } catch { throw EffectFailure(error.description) }
    }

    public func saveSession(_ record: SessionRecord) throws(EffectFailure) -> SessionRecord {
        do {
            // Where a key is made: never inside the folder (the screen also refuses at start).
            try facilitatorKeys.checkOutside(store.root)
            let keyed = try facilitatorKeys.keyed(record)
            try store.prepare()
            try SessionRecords.save(keyed, in: store)
            return keyed
        } catch let failure as DurableFile.Failure {
            throw EffectFailure(failure.error.description)
        } catch {
            throw EffectFailure("\(error)")
        }
    }

    public func signedByFacilitator(_ moderation: Annotation, session code: String?,
                                    target: Annotation) throws(EffectFailure) -> Annotation {
        do {
            let record = try code.flatMap { code throws(InputError) -> SessionRecord? in
                do { return try SessionRecords.record(code, in: store) } catch {
                    throw InputError(.badData, file: code + ".json", "\(error)")
                }
            }
            return try facilitatorKeys.sign(moderation, session: record, target: target)
        } catch {
            throw EffectFailure(error.description)
        }
    }

    public func publish(_ position: LivePosition) throws(EffectFailure) {
        do {
            try store.prepare()
            try LivePositions.publish(position, in: store)
        } catch let failure as DurableFile.Failure {
            throw EffectFailure(failure.error.description)
        } catch {
            throw EffectFailure("\(error)")
        }
    }

    public func endPosition(session: String) {
        LivePositions.end(session: session, in: store)
    }

    public func closeSession(_ code: String) throws(EffectFailure) -> Int {
        do { return try SessionClosing.close(code, in: store, day: Today.day()).files } catch {
            throw EffectFailure(error.description)
        }
    }

    /// Reads the text and the session records as they are on disk now; the annotations are
    /// the screen's own (loaded at start-up, saved since, or arrived through the folder
    /// watch), so that a big folder is neither read nor held a second time.
    public func digestContent(textID: TextID, language: UILanguage, annotations: [Annotation]) -> DigestPreview.Content? {
        guard let library = try? TextLibrary.load(texts), let text = library.text(textID) else { return nil }
        let records = SessionRecords.load(store, quarantine: false).records
        return .build(text: text, annotations: annotations, sessions: records,
                      keys: SessionRecords.keys(store, records: records), language: language)
    }
}
