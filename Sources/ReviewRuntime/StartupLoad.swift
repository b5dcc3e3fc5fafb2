import Foundation
import TaskForceCore
import TaskForceUI

/// What the review screen opens with: the annotations of the folder, read one batch of
/// files at a time into `KnownAnnotations` (held once, compactly), the session keys, and
/// the current comments of each article folded from that article's annotations alone,
/// exactly as an arrival folds them (`KnownAnnotations.currentComments`).
public struct StartupLoad: Sendable {
    public var known = KnownAnnotations()
    /// Current comments by text id, then article number.
    public var notes: [TextID: [ArticleNumber: [CurrentView.Comment]]] = [:]
    public var sessionKeys = Authority.SessionKeys()
    /// The files that failed a check (moved to quarantine/ when `quarantine`).
    public var defects: [AnnotationLoader.Defect] = []

    public init() {}

    /// - Parameter catalogue: the articles' fingerprints of the texts on screen.
    /// - Parameter quarantine: move bad files to quarantine/ (the real screen); `render`,
    ///   which writes nothing, only counts them.
    public init(store: AnnotationStore, catalogue: CurrentView.Catalogue, quarantine: Bool) {
        var known = KnownAnnotations()
        defects = AnnotationLoader.load(store, quarantine: quarantine, expecting: { known.reserve($0) }) { known.insert($0) }
        // A record kept aside in conflicts/sessions/ with another key disputes its session.
        sessionKeys = SessionRecords.keys(store, records: SessionRecords.load(store, quarantine: false).records)
        notes = known.currentComments(catalogue: catalogue, sessions: sessionKeys)
        self.known = known
    }
}
