import TaskForceCore

/// The facilitator's keys, asked before the review screen's own (`ReviewUpdate.update`).
/// Returns nil for a key it leaves to the review screen: participants' keys work as
/// they do everywhere, and only the facilitator's screen has these.
public enum FacilitatorUpdate {
    static func update(_ model: inout ReviewModel, _ key: Key) -> [ReviewEffect]? {
        guard let state = model.facilitator else { return nil }
        if state.form != nil { return SessionFormUpdate.update(&model, key) }
        if state.hands != nil { return handsKey(&model, key) }
        if state.duplicate != nil { return duplicateKey(&model, key) }
        guard model.composer == nil, model.prompt == nil, model.screen == .reader, model.digestPreview == nil else {
            return nil
        }
        if state.dashboard { return DashboardUpdate.update(&model, key) }
        switch key {
        case .character("d"), .function(11):
            model.status = nil
            model.notes = nil
            model.facilitator?.dashboard = true
            return []
        default:
            return model.notes != nil ? notesKey(&model, key) : nil
        }
    }

    /// In the notes of an article: a show of hands (`h`), leaving out of the digest (`H`),
    /// marking a duplicate (`u`). `H` and `u` on a comment already left out or marked
    /// withdraw that moderation instead. Other keys are the notes' own.
    static func notesKey(_ model: inout ReviewModel, _ key: Key) -> [ReviewEffect]? {
        let action = NotesKeys.facilitator.action(for: key)
        guard [.hands, .leaveOut, .duplicate].contains(action) else { return nil }
        model.status = nil
        guard let note = selectedNote(model) else { return [] }
        switch action {
        case .hands?:
            let previous = showOfHands(on: note, model)
            model.facilitator?.hands = .init(target: note.annotation, previous: previous)
            return []
        case .leaveOut?:
            if let moderation = moderation(note.hiddenBy.first, model) { return [.facilitator(.undoModeration(moderation))] }
            return [.facilitator(.leaveOut(note.annotation))]
        default:
            if note.duplicateOf != nil, let moderation = moderation(note.duplicateMarks.first, model) {
                return [.facilitator(.undoModeration(moderation))]
            }
            model.facilitator?.duplicate = .init(duplicate: note.annotation)
            return []
        }
    }

    /// This session's show of hands of the comment (any version of it) not withdrawn, if any:
    /// `h` on it replaces its number (issue 14, item 1: `h 6` then `h 50` gave 56).
    static func showOfHands(on note: CurrentView.Comment, _ model: ReviewModel) -> Annotation? {
        let versions = Set([note.annotation.id] + note.replaced)
        let here = model.known.annotations(on: ArticleKey(text: note.annotation.text, article: note.annotation.article))
        let withdrawn = Set(here.filter { $0.kind == .withdrawal }.compactMap(\.target))
        return here.filter {
            $0.kind == .endorsement && $0.count != nil && $0.session == model.session
                && $0.target.map(versions.contains) == true && !withdrawn.contains($0.id)
        }.min { $0.id < $1.id }
    }

    /// The moderation annotation with this id, as loaded or arrived.
    private static func moderation(_ id: AnnotationID?, _ model: ReviewModel) -> Annotation? {
        id.flatMap { model.known.byID[$0] }
    }

    /// The comment selected in the open notes pane, if it is the current article's.
    static func selectedNote(_ model: ReviewModel) -> CurrentView.Comment? {
        guard let pane = model.notes, pane.articleNumber == model.currentArticle?.number else { return nil }
        let notes = model.currentNotes
        return notes.isEmpty ? nil : notes[min(pane.selected, notes.count - 1)]
    }

    /// Typing the number of raised hands: digits, Backspace, Enter saves, Esc gives up.
    static func handsKey(_ model: inout ReviewModel, _ key: Key) -> [ReviewEffect] {
        guard var hands = model.facilitator?.hands else { return [] }
        model.status = nil
        switch key {
        case .escape:
            model.facilitator?.hands = nil
            return []
        case .backspace:
            if !hands.input.isEmpty { hands.input.removeLast() }
        case .character(let c) where c.isASCII && c.isNumber:
            if hands.input.count < 5 { hands.input.append(c) }
        case .enter:
            model.facilitator?.hands = nil
            guard let count = Int(hands.input), (1...SessionForm.largestHeadcount).contains(count) else {
                model.status = .handsOutOfRange
                return []
            }
            if let previous = hands.previous {
                return [.facilitator(.replaceShowOfHands(hands.target, previous: previous, count: count))]
            }
            return [.facilitator(.showOfHands(hands.target, count: count))]
        default:
            break
        }
        model.facilitator?.hands = hands
        return []
    }

    /// Choosing the original of a duplicate: ↑ ↓ move in the notes, Enter marks, Esc cancels.
    static func duplicateKey(_ model: inout ReviewModel, _ key: Key) -> [ReviewEffect] {
        guard let mark = model.facilitator?.duplicate else { return [] }
        model.status = nil
        switch key {
        case .escape:
            model.facilitator?.duplicate = nil
        case .up, .down, .home, .end, .character("k"), .character("j"), .character("g"), .character("G"):
            model.facilitator?.duplicate?.problem = nil
            _ = NotesUpdate.update(&model, key)
        case .enter:
            guard let original = selectedNote(model)?.annotation else { return [] }
            guard original.id != mark.duplicate.id else {
                model.facilitator?.duplicate?.problem = .duplicateOfItself
                return []
            }
            model.facilitator?.duplicate = nil
            return [.facilitator(.markDuplicate(mark.duplicate, original: original))]
        default:
            break
        }
        return []
    }

    /// The outcome of a `.saveSession` effect. A failed save keeps the value on screen, in
    /// the form, where Enter tries again.
    static func sessionSaved(_ model: inout ReviewModel, _ record: SessionRecord,
                             _ outcome: Result<SessionRecord, EffectFailure>) {
        guard model.facilitator != nil else { return }
        if case .success(let saved) = outcome {
            model.facilitator?.saved = saved
            model.facilitator?.form = nil
            // Its facilitator key (made with a new record) decides whether its moderations stand.
            if let key = saved.key { model.sessionKeys[saved.code] = key }
            return
        }
        var form = model.facilitator?.form ?? SessionForm(correcting: record, .headcount)
        form.problem = .sessionSaveFailed
        model.facilitator?.form = form
    }

    /// The outcome of an effect that saves an annotation: counted at once, as if the
    /// folder watch had brought it.
    static func annotationSaved(_ model: inout ReviewModel, _ effect: FacilitatorEffect,
                                _ outcome: Result<Annotation, EffectFailure>) {
        guard case .success(let saved) = outcome else {
            model.status = .facilitatorSaveFailed
            return
        }
        ReviewUpdate.annotationsArrived(&model, [saved])
        switch effect {
        case .showOfHands(_, let count), .replaceShowOfHands(_, _, let count):
            model.status = .handsSaved
            model.statusValues = ["count": "\(count)"]
        case .leaveOut: model.status = .leftOut
        case .markDuplicate: model.status = .duplicateMarked
        case .undoModeration(let moderation): model.status = moderation.action == .hide ? .leftOutUndone : .duplicateUndone
        case .saveSession: break
        }
    }

    /// After every message: publish the facilitator's position if it moved since it was
    /// last written (and once at the start, as soon as the record exists). A position whose
    /// writing failed is tried again on the next tick, not in a loop.
    static func publishIfMoved(_ model: inout ReviewModel, retrying: Bool) -> [ReviewEffect] {
        guard !model.quitRequested, let state = model.facilitator, let position = livePosition(model),
              position != state.published, position != state.publishing,
              retrying || position != state.publishFailed else { return [] }
        model.facilitator?.publishing = position
        return [.publishPosition(position)]
    }

    /// The outcome of a `.publishPosition` effect. A failure is said once per position.
    static func positionPublished(_ model: inout ReviewModel, _ position: LivePosition,
                                  _ outcome: Result<LivePosition, EffectFailure>) {
        guard model.facilitator != nil else { return }
        if model.facilitator?.publishing == position { model.facilitator?.publishing = nil }
        switch outcome {
        case .success:
            model.facilitator?.published = position
            model.facilitator?.publishFailed = nil
        case .failure:
            if model.facilitator?.publishFailed != position { model.status = .livePublishFailed }
            model.facilitator?.publishFailed = position
        }
    }

    /// Where the facilitator is, for the other screens of the session (`live/<code>.json`):
    /// nil before the session record exists and while the list of texts is shown.
    static func livePosition(_ model: ReviewModel) -> LivePosition? {
        // On the list of texts nothing is chosen yet: the room keeps the last position.
        let screen = model.screen == .help ? model.screenBeforeHelp : model.screen
        guard let state = model.facilitator, state.saved != nil, screen == .reader, let text = model.currentText,
              let article = model.currentArticle else { return nil }
        return LivePosition(session: state.code, text: text.id, article: article.number, talliesShown: state.talliesShown)
    }
}

/// Keys on the live dashboard: ↑ ↓ choose the article everyone follows, Enter reads it,
/// `t` reveals or hides the stances, `+` `-` `n` the headcount, `p` the place.
enum DashboardUpdate {
    static func update(_ model: inout ReviewModel, _ key: Key) -> [ReviewEffect]? {
        guard let state = model.facilitator else { return nil }
        let count = model.currentSplit?.articles.count ?? 0
        let action = DashboardKeys.map.action(for: key)
        switch action {
        case .help?, .quit?:
            return nil  // help and quit, as everywhere
        default:
            model.status = nil
        }
        switch action {
        case .up?: ReviewUpdate.selectArticle(&model, model.articleIndex - 1)
        case .down?: ReviewUpdate.selectArticle(&model, model.articleIndex + 1)
        case .pageUp?: ReviewUpdate.selectArticle(&model, model.articleIndex - 10)
        case .pageDown?: ReviewUpdate.selectArticle(&model, model.articleIndex + 10)
        case .top?: ReviewUpdate.selectArticle(&model, 0)
        case .bottom?: ReviewUpdate.selectArticle(&model, count - 1)
        case .open?:
            model.notes = nil
            model.facilitator?.dashboard = false
        case .back?:
            if model.texts.count > 1 { model.screen = .chooser }
        case .tallies?:
            model.facilitator?.talliesShown.toggle()
        case .headcountUp?, .headcountDown?:
            guard var record = state.saved else { return [] }
            let change = action == .headcountUp ? 1 : -1
            record.headcount = min(SessionForm.largestHeadcount, max(0, record.headcount + change))
            return record == state.saved ? [] : [.facilitator(.saveSession(record))]
        case .typeHeadcount?, .place?:
            guard let record = state.saved else { return [] }
            model.facilitator?.form = SessionForm(correcting: record, action == .typeHeadcount ? .headcount : .place)
        case .help?, .quit?, .hide?, nil:
            break
        }
        return []
    }
}
