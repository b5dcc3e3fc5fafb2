import Foundation
import TaskForceCore
import TaskForceUI

/// The real disk of the review screen: `Texts/` and `Annotations/` (with its `drafts/`,
/// `sessions/` and `live/`), through the core's durable writers.
public struct FolderDisk: AnnotationDisk {
    public var store: AnnotationStore
    public var texts: URL

    public init(store: AnnotationStore, texts: URL) {
        self.store = store
        self.texts = texts
    }

    public func saveComment(_ comment: Annotation) throws(EffectFailure) {
        do { try store.saveKeepingDraft(comment) } catch { throw EffectFailure(error.description) }
    }

    public func saveDraft(_ draft: Annotation) throws(EffectFailure) {
        do { _ = try store.saveDraft(draft) } catch { throw EffectFailure(error.description) }
    }

    public func save(_ annotation: Annotation) throws(EffectFailure) {
        do { try store.save(annotation) } catch { throw EffectFailure(error.description) }
    }

    public func saveSession(_ record: SessionRecord) throws(EffectFailure) {
        do {
            try store.prepare()
            try SessionRecords.save(record, in: store)
        } catch let failure as DurableFile.Failure {
            throw EffectFailure(failure.error.description)
        } catch {
            throw EffectFailure("\(error)")
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

    /// Reads the text and the annotations and session records as they are on disk now (a
    /// merge may have added some since the screen opened). Reads only, apart from the
    /// quarantine of bad files that every annotation load does.
    public func digestContent(textID: String, language: UILanguage) -> DigestPreview.Content? {
        guard let library = try? TextLibrary.load(texts), let text = library.text(textID) else { return nil }
        let loaded = AnnotationLoader.load(store)
        let records = SessionRecords.load(store).records
        return .build(text: text, annotations: loaded.annotations, sessions: records, language: language)
    }
}
