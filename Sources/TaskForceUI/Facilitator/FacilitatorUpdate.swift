import TaskForceCore

/// The facilitator's keys (ReviewUpdate.keyPressed asks here where the facilitator's screen
/// differs): the dashboard's, the notes' moderation keys and their questions. Participants'
/// keys work as they do everywhere.
public enum FacilitatorUpdate {
    /// `d` / F11 in the facilitator's article view: back to the live dashboard.
    static func backToDashboard(_ model: inout ReviewModel, _ key: Key) -> Bool {
        guard model.facilitator != nil, ReaderKeys.facilitator.action(for: key) == .dashboard else { return false }
        model.screen = .dashboard
        return true
    }

    /// In the notes of an article: a show of hands (`h`), leaving out of the digest (`H`),
    /// marking a duplicate (`u`). `H` and `u` on a comment already left out or marked
    /// withdraw that moderation instead. Other keys are the notes' own.
    static func notesKey(_ model: inout ReviewModel, _ key: Key) -> [ReviewEffect]? {
        guard model.facilitator != nil else { return nil }
        if backToDashboard(&model, key) { return [] }
        let action = NotesKeys.facilitator.action(for: key)
        guard [.hands, .leaveOut, .duplicate].contains(action) else { return nil }
        model.status = nil
        guard let note = selectedNote(model) else { return [] }
        // Only a session's own key signs its moderations: say so before trying, rather than
        // let the signing fail and read like a fault of the disk.
        if action != .hands, note.annotation.session != model.session {
            model.status = .say(.otherSessionsComment)
            return []
        }
        switch action {
        case .hands?:
            let previous = showOfHands(on: note, model)
            model.updateNotes { $0.question = .hands(.init(target: note.annotation, previous: previous)) }
            return []
        case .leaveOut?:
            if let moderation = moderation(note.hiddenBy.first, model) { return [.facilitator(.undoModeration(moderation))] }
            return [.facilitator(.leaveOut(note.annotation))]
        default:
            if note.duplicateOf != nil, let moderation = moderation(note.duplicateMarks.first, model) {
                return [.facilitator(.undoModeration(moderation))]
            }
            model.updateNotes { $0.question = .duplicate(.init(duplicate: note.annotation)) }
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

    /// A key while the facilitator answers a question in the notes: it has the keyboard.
    static func answer(_ model: inout ReviewModel, _ question: FacilitatorState.NotesQuestion,
                       _ key: Key) -> [ReviewEffect] {
        switch question {
        case .hands(let hands): handsKey(&model, hands, key)
        case .duplicate(let mark): duplicateKey(&model, mark, key)
        }
    }

    /// Typing the number of raised hands: digits, and the keys of `HandsKeys`.
    static func handsKey(_ model: inout ReviewModel, _ hands: FacilitatorState.HandsPrompt,
                         _ key: Key) -> [ReviewEffect] {
        var hands = hands
        model.status = nil
        switch HandsKeys.map.action(for: key) {
        case .cancel?:
            model.updateNotes { $0.question = nil }
            return []
        case .erase?:
            if !hands.input.isEmpty { hands.input.removeLast() }
        case .save?:
            model.updateNotes { $0.question = nil }
            // 0 (or nothing) on a comment that has a show of hands takes it away.
            if let previous = hands.previous, (Int(hands.input) ?? 0) == 0 {
                return [.facilitator(.removeShowOfHands(hands.target, previous: previous))]
            }
            guard let count = Int(hands.input), (1...SessionForm.largestHeadcount).contains(count) else {
                model.status = .say(.handsOutOfRange)
                return []
            }
            if let previous = hands.previous {
                return [.facilitator(.replaceShowOfHands(hands.target, previous: previous, count: count))]
            }
            return [.facilitator(.showOfHands(hands.target, count: count))]
        case nil:
            guard case .character(let c) = key, c.isASCII, c.isNumber, hands.input.count < 5 else { break }
            hands.input.append(c)
        }
        model.updateNotes { $0.question = .hands(hands) }
        return []
    }

    /// Choosing the original of a duplicate with the keys of `DuplicateKeys`.
    static func duplicateKey(_ model: inout ReviewModel, _ mark: FacilitatorState.DuplicateMark,
                             _ key: Key) -> [ReviewEffect] {
        model.status = nil
        switch DuplicateKeys.map.action(for: key) {
        case .cancel?:
            model.updateNotes { $0.question = nil }
        case .move?:
            var mark = mark
            mark.problem = nil
            model.updateNotes { $0.question = nil }
            _ = NotesUpdate.update(&model, key)
            model.updateNotes { $0.question = .duplicate(mark) }
        case .mark?:
            guard let original = selectedNote(model)?.annotation else { return [] }
            guard original.id != mark.duplicate.id else {
                var mark = mark
                mark.problem = .duplicateOfItself
                model.updateNotes { $0.question = .duplicate(mark) }
                return []
            }
            model.updateNotes { $0.question = nil }
            return [.facilitator(.markDuplicate(mark.duplicate, original: original))]
        case nil:
            break
        }
        return []
    }

    /// Quitting a facilitator's screen whose session has a record asks first whether to
    /// close the session (issue 13): true when the question is now on screen.
    static func askToClose(_ model: inout ReviewModel) -> Bool {
        guard model.facilitator?.saved != nil, model.overlay == nil else { return false }
        model.overlay = .closingSession
        return true
    }

    /// The answer to "close the session as you leave?": Enter closes it and quits, `n`
    /// quits leaving it open, Esc stays; any other key leaves the question up.
    static func closingKey(_ model: inout ReviewModel, _ key: Key) -> [ReviewEffect] {
        guard let action = ClosingKeys.map.action(for: key) else { return [] }
        model.overlay = nil
        switch action {
        case .stay: return []
        case .quitLeavingOpen: return ReviewUpdate.quit(&model)
        case .closeAndQuit:
            guard let code = model.facilitator?.code else { return ReviewUpdate.quit(&model) }
            // After the drafts are kept and the position taken away: the files are final.
            return ReviewUpdate.quit(&model) + [.closeSession(code)]
        }
    }

    /// The outcome of closing the session on the way out: said once the screen is gone.
    static func sessionClosed(_ model: inout ReviewModel, _ code: String, _ outcome: Result<Int, EffectFailure>) {
        switch outcome {
        case .success(let files): model.farewell = .sessionClosed(code: code, files: files)
        case .failure(let failure): model.farewell = .sessionNotClosed(code: code, reason: failure.message)
        }
    }

    /// The outcome of a `.saveSession` effect. A failed save keeps the value on screen, in
    /// the form, where Enter tries again.
    static func sessionSaved(_ model: inout ReviewModel, _ record: SessionRecord,
                             _ outcome: Result<SessionRecord, EffectFailure>) {
        guard model.facilitator != nil else { return }
        if case .success(let saved) = outcome {
            model.facilitator?.saved = saved
            if model.sessionForm != nil { model.overlay = nil }
            // Its facilitator key (made with a new record) decides whether its moderations stand.
            if let key = saved.key { model.sessionKeys[saved.code] = key }
            return
        }
        var form = model.sessionForm ?? SessionForm(correcting: record, .headcount)
        form.problem = .sessionSaveFailed
        model.overlay = .sessionForm(form)
    }

    /// The outcome of an effect that saves an annotation: counted at once, as if the
    /// folder watch had brought it.
    static func annotationSaved(_ model: inout ReviewModel, _ effect: FacilitatorEffect,
                                _ outcome: Result<Annotation, EffectFailure>) {
        guard case .success(let saved) = outcome else {
            model.status = .say(.facilitatorSaveFailed)
            return
        }
        ReviewUpdate.annotationsArrived(&model, [saved])
        switch effect {
        case .showOfHands(_, let count), .replaceShowOfHands(_, _, let count):
            model.status = .handsSaved(count: count)
        case .removeShowOfHands: model.status = .say(.handsRemoved)
        case .leaveOut: model.status = .say(.leftOut)
        case .markDuplicate: model.status = .say(.duplicateMarked)
        case .undoModeration(let moderation): model.status = .say(moderation.action == .hide ? .leftOutUndone : .duplicateUndone)
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
            if model.facilitator?.publishFailed != position { model.status = .say(.livePublishFailed) }
            model.facilitator?.publishFailed = position
        }
    }

    /// Where the facilitator is, for the other screens of the session (`live/<code>.json`):
    /// nil before the session record exists and while the list of texts is shown.
    static func livePosition(_ model: ReviewModel) -> LivePosition? {
        // On the list of texts nothing is chosen yet: the room keeps the last position.
        guard let state = model.facilitator, state.saved != nil, model.screen != .chooser, let text = model.currentText,
              let article = model.currentArticle?.annotationNumber else { return nil }
        return LivePosition(session: state.code, text: text.id, article: article, talliesShown: state.talliesShown)
    }
}

/// Keys on the live dashboard: ↑ ↓ choose the article everyone follows, Enter reads it,
/// `t` reveals or hides the stances, `s` counts this session or all, `+` `-` `n` the
/// headcount, `p` the place.
enum DashboardUpdate {
    static func update(_ model: inout ReviewModel, _ key: Key) -> [ReviewEffect]? {
        guard let state = model.facilitator else { return nil }
        let action = DashboardKeys.map.action(for: key)
        switch action {
        case .help?, .quit?:
            return nil  // help and quit, as everywhere
        default:
            model.status = nil
        }
        switch action {
        case .up?: ReviewUpdate.moveArticle(&model, .up)
        case .down?: ReviewUpdate.moveArticle(&model, .down)
        case .pageUp?: ReviewUpdate.moveArticle(&model, .pageUp)
        case .pageDown?: ReviewUpdate.moveArticle(&model, .pageDown)
        case .top?: ReviewUpdate.moveArticle(&model, .top)
        case .bottom?: ReviewUpdate.moveArticle(&model, .bottom)
        case .open?:
            model.screen = .article
        case .back?:
            if model.texts.count > 1 { model.screen = .chooser }
        case .tallies?:
            model.facilitator?.talliesShown.toggle()
        case .sessions?:
            model.facilitator?.allSessionsCounted.toggle()
        case .headcountUp?, .headcountDown?:
            guard var record = state.saved else { return [] }
            let change = action == .headcountUp ? 1 : -1
            record.headcount = min(SessionForm.largestHeadcount, max(0, record.headcount + change))
            return record == state.saved ? [] : [.facilitator(.saveSession(record))]
        case .typeHeadcount?, .place?:
            guard let record = state.saved else { return [] }
            model.overlay = .sessionForm(SessionForm(correcting: record, action == .typeHeadcount ? .headcount : .place))
        case .help?, .quit?, .hide?, nil:
            break
        }
        return []
    }
}
