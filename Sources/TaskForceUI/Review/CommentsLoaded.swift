import TaskForceCore

/// The annotations folder as read when the screen opened, on a worker so that the first
/// frame does not wait for it (100,000 files take seconds): the known annotations, each
/// article's current comments folded from them, the session keys, and how many files were
/// set aside. Until it arrives the screen shows the texts, and its bottom line says it is
/// reading the comments.
public struct CommentsLoaded: Sendable, Equatable {
    public var known: KnownAnnotations
    /// Current comments by text id, then article number.
    public var notes: [TextID: [ArticleNumber: [CurrentView.Comment]]]
    public var sessionKeys: Authority.SessionKeys
    /// Files that failed a check, and whether they were moved to quarantine/ (the screen)
    /// or only counted (`render`, which writes nothing).
    public var setAside: Int
    public var moved: Bool

    public init(known: KnownAnnotations, notes: [TextID: [ArticleNumber: [CurrentView.Comment]]],
                sessionKeys: Authority.SessionKeys, setAside: Int, moved: Bool) {
        self.known = known
        self.notes = notes
        self.sessionKeys = sessionKeys
        self.setAside = setAside
        self.moved = moved
    }
}

extension ReviewUpdate {
    /// The start-up read arrived. What the screen learnt meanwhile (its own saves, files
    /// that arrived) is folded in again on top, as arrivals, so nothing is lost whichever
    /// finished first.
    static func commentsLoaded(_ model: inout ReviewModel, _ loaded: CommentsLoaded) {
        guard model.commentsLoading else { return }
        model.commentsLoading = false
        let meanwhile = model.known.all
        model.known = loaded.known
        model.sessionKeys = loaded.sessionKeys
        // A session record this screen saved meanwhile keeps its key.
        if let saved = model.facilitator?.saved, let key = saved.key { model.sessionKeys[saved.code] = key }
        for t in model.texts.indices { model.texts[t].replaceAllNotes(with: loaded.notes[model.texts[t].id] ?? [:]) }
        if loaded.setAside > 0 {
            // Nothing silent: the screen says what the start-up read set aside.
            model.status = loaded.moved ? .filesSetAside(count: loaded.setAside) : .filesNotUsed(count: loaded.setAside)
        }
        annotationsArrived(&model, meanwhile)
    }
}
