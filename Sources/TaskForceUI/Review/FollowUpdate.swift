import TaskForceCore

/// Following the facilitator of a session (`f` / F11): the screen goes to the text and
/// article the facilitator publishes (`LivePositions`), and the stance tallies stay off the
/// screen until the facilitator reveals them. The position file is read outside `update`,
/// which gets it as `ReviewMsg.positionRead`.
///
/// Someone typing is never carried away: while the composer, a question, the notes, the
/// help or the digest preview is open, the move waits until it closes. A move of one's
/// own (another article, another text) stops following.
extension ReviewUpdate {
    /// The latest position of the model's session, or nil when there is none.
    static func positionRead(_ model: inout ReviewModel, _ position: LivePosition?) {
        let position = position?.session == model.session ? position : nil
        guard position != model.facilitatorPosition else { return }
        if position == nil, model.facilitatorPosition != nil, model.following {
            // The facilitator's screen closed: nobody to follow any more, and the screen says so.
            model.following = false
            model.followPending = false
            model.status = .say(.followFacilitatorLeft)
        }
        model.facilitatorPosition = position
        if model.talliesHidden {
            // Nothing of the others' stances stays on screen while the room discusses.
            if model.notes != nil || model.digestPreview != nil { model.closePanel() }
        }
        guard model.following, let position else { return }
        model.followPending = !FollowUpdate.isAt(position, model)
        FollowUpdate.catchUp(&model)
    }
}

public enum FollowUpdate {
    /// Where the participant is, as far as following goes: which text, which article, or
    /// the list of texts. The help page counts as the screen under it.
    struct Place: Equatable {
        var chooser: Bool
        var text: Int
        var article: String?

        init(_ model: ReviewModel) {
            chooser = model.screen == .chooser
            text = model.textIndex
            article = model.currentArticle?.number
        }
    }

    /// `f` / F11: follow, or stop following. Only within a session: the position is the
    /// session's.
    static func toggle(_ model: inout ReviewModel) {
        guard model.session != nil else {
            model.status = .say(.followNeedsSession)
            return
        }
        guard !model.following else {
            stop(&model)
            return
        }
        model.following = true
        model.status = .say(.followStarted)
        // The move itself happens after the key (`afterKey`), so it is not taken for one's own.
        if let position = model.facilitatorPosition { model.followPending = !isAt(position, model) }
    }

    static func stop(_ model: inout ReviewModel) {
        model.following = false
        model.followPending = false
        model.status = .say(.followStopped)
    }

    /// After every key: a key that took the participant elsewhere stops following; one that
    /// closed what was open lets a waiting move happen.
    static func afterKey(_ model: inout ReviewModel, from before: Place) {
        if model.following, Place(model) != before { stop(&model) }
        catchUp(&model)
    }

    /// Kiosk mode, after a save: the next participant starts as the program does.
    static func forgetParticipant(_ model: inout ReviewModel) {
        model.following = false
        model.followPending = false
    }

    /// The F4/`c` notes and the digest preview (`D`) show the others' stances: refused while
    /// the facilitator keeps the tallies hidden. True when `key` was refused.
    static func refuseTallies(_ model: inout ReviewModel, _ key: Key) -> Bool {
        guard model.talliesHidden, let action = ReaderKeys.participant.action(for: key),
              [.notes, .digestPreview].contains(action) else { return false }
        model.status = .say(.talliesHidden)
        return true
    }

    /// Nothing open that the person may be typing in or reading.
    static func mayMove(_ model: ReviewModel) -> Bool {
        model.overlay == nil && (model.screen == .article || model.screen == .chooser || model.screen == .dashboard)
    }

    static func isAt(_ position: LivePosition, _ model: ReviewModel) -> Bool {
        model.screen.place == .reader && model.currentText?.id == position.text && model.currentArticle?.number == position.article.rawValue
    }

    /// Makes the waiting move if nothing is open any more.
    static func catchUp(_ model: inout ReviewModel) {
        guard model.following, model.followPending, mayMove(model) else { return }
        model.followPending = false
        guard let position = model.facilitatorPosition,
              let textIndex = model.texts.firstIndex(where: { $0.id == position.text }) else { return }
        // The language read now if that version has the article, else the first that has it.
        let versions = model.texts[textIndex].versions
        let language = model.currentText.flatMap { $0.versions.indices.contains(model.versionIndex) ? $0.versions[model.versionIndex].language : nil }
        func article(in version: Int) -> Int? { versions[version].split.articles.firstIndex { $0.number == position.article.rawValue } }
        guard let version = versions.indices.first(where: { versions[$0].language == language && article(in: $0) != nil })
                ?? versions.indices.first(where: { article(in: $0) != nil }),
              let articleIndex = article(in: version) else { return }  // no such article: stay
        model.textIndex = textIndex
        model.versionIndex = version
        model.articleIndex = articleIndex
        model.textScroll = 0
        model.screen = .article
    }
}

extension ReviewModel {
    /// The facilitator keeps the stance tallies to themself for now: no counts in the
    /// list, no notes, no digest preview. Without a session or a published position,
    /// everything shows as usual; and the facilitator's own screen always shows them (its
    /// dashboard hides the stances by itself until they are revealed).
    public var talliesHidden: Bool {
        guard facilitator == nil, let session, let position = facilitatorPosition, position.session == session else {
            return false
        }
        return !position.talliesShown
    }
}
