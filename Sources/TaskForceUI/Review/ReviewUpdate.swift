import TaskForceCore

/// The review screen's `update`: the one function that changes the model, one message at
/// a time (docs/ARCHITECTURE.md). Which key does what is read from each screen's key table
/// (Keys/): each action has an F-key and a letter; arrows, PgUp/PgDn, Home/End and vi keys move. What must touch the disk is
/// returned as effects, run by the caller, whose outcomes come back as messages.
public enum ReviewUpdate {
    @discardableResult
    public static func update(_ model: inout ReviewModel, _ msg: ReviewMsg) -> [ReviewEffect] {
        var effects: [ReviewEffect] = []
        let place = AloudUpdate.Place(model)
        switch msg {
        case .key(let key): effects = keyPressed(&model, key)
        case .tick: break
        case .idle(let seconds): effects = KioskUpdate.idle(&model, seconds: seconds)
        case .resized(let size):
            model.screenSize = size
            DigestPreviewUpdate.fit(&model)  // a long digest is wrapped once per width, not per frame
        case .stopRequested: effects = quit(&model)
        case .commentSaved(let outcome): effects = commentSaved(&model, outcome)
        case .endorsed(let target, let outcome): endorsed(&model, target, outcome)
        case .withdrawn(let target, let outcome): withdrawn(&model, target, outcome)
        case .facilitatorSaved(let effect, let outcome): FacilitatorUpdate.annotationSaved(&model, effect, outcome)
        case .sessionSaved(let record, let outcome): FacilitatorUpdate.sessionSaved(&model, record, outcome)
        case .positionPublished(let position, let outcome): FacilitatorUpdate.positionPublished(&model, position, outcome)
        case .commentsLoaded(let loaded): commentsLoaded(&model, loaded)
        case .annotationsArrived(let annotations, let keys):
            // A session started since: its facilitator key decides whether its moderations stand.
            if let keys { model.sessionKeys = keys }
            annotationsArrived(&model, annotations)
        case .positionRead(let position): positionRead(&model, position)
        case .digestBuilt(let textID, let content): DigestPreviewUpdate.built(&model, textID: textID, content)
        case .sessionClosed(let code, let outcome): FacilitatorUpdate.sessionClosed(&model, code, outcome)
        case .aloudEnded(let outcome): AloudUpdate.ended(&model, outcome)
        }
        // The voice stops when what it reads leaves the screen (a key, following, quitting).
        effects += AloudUpdate.afterChange(&model, from: place)
        // The facilitator's position follows every change, whatever caused it.
        return effects + FacilitatorUpdate.publishIfMoved(&model, retrying: msg == .tick)
    }

    /// Who gets a key is decided here, once, from the mode (ReviewMode.swift): the quick
    /// hide first, then what has the keyboard (the session form, a question of the
    /// facilitator, the composer, a search), then the keys that work on every screen, then
    /// the screen's own table.
    static func keyPressed(_ model: inout ReviewModel, _ key: Key) -> [ReviewEffect] {
        let place = FollowUpdate.Place(model)
        defer { FollowUpdate.afterKey(&model, from: place) }
        // Quick hide works on every screen, the composer included, and gives back
        // exactly what was there.
        if ReaderKeys.hide.keys.contains(key) {
            model.hidden.toggle()
            return []
        }
        if model.hidden { return [] }
        if KioskUpdate.key(&model, key) { return [] }
        // Below the smallest size the screen shows only how big it must be: a key would act
        // unseen (issue 14, item 7). F10 still quits: the quit key that is never a letter.
        guard ReviewView.fits(model.screenSize) else { return ReaderKeys.quitInTyping.keys.contains(key) ? quit(&model) : [] }
        if case .sessionForm(let form)? = model.overlay { return SessionFormUpdate.update(&model, form, key) }
        if model.overlay == .closingSession { return FacilitatorUpdate.closingKey(&model, key) }
        if let question = model.notes?.question { return FacilitatorUpdate.answer(&model, question, key) }
        if case .mouse(let event) = key {
            MouseUpdate.update(&model, event)
            return []
        }
        // In the composer and a question, letters are text: only their own keys apply.
        switch model.screen {
        case .reader(.composer): return ComposerUpdate.update(&model, key)
        case .reader(.prompt):
            PromptUpdate.update(&model, key)
            return []
        case .dashboard where model.overlay == nil:
            // The dashboard's keys first: it leaves help and quit to the lines below.
            if let effects = DashboardUpdate.update(&model, key) { return effects }
        default: break
        }
        model.status = nil
        // Quit, help and following work on every screen from here on, as the reader's
        // table binds them (the facilitator's has no following: they are the one followed).
        switch ReaderKeys.map(facilitator: model.facilitator != nil).action(for: key) {
        case .quit?:
            return FacilitatorUpdate.askToClose(&model) ? [] : quit(&model)
        case .follow?:
            FollowUpdate.toggle(&model)
            return []
        case .interfaceLanguage?:
            let all = UILanguage.allCases
            model.uiLanguage = all[((all.firstIndex(of: model.uiLanguage) ?? 0) + 1) % all.count]
            model.status = .say(.interfaceLanguageNow)
            // The preview's table labels are the interface's: wrapped again.
            model.updateDigestPreview { $0.wrapped = nil }
            DigestPreviewUpdate.fit(&model)
            return []
        case .reading?:
            model.reading.toggle()
            model.textScroll = 0
            model.status = .say(model.reading ? .readingOn : .readingOff)
            return []
        case .help?:
            model.overlay = model.helpShown ? nil : .help(scroll: 0)
            return []
        default: break
        }
        if case .help(let scroll)? = model.overlay {
            helpKey(&model, key, scroll: scroll)
            return []
        }
        switch model.screen {
        case .chooser:
            updateChooser(&model, key)
        case .dashboard, .reader(.composer), .reader(.prompt):
            break  // done above
        case .reader(.digestPreview):
            return DigestPreviewUpdate.update(&model, key)
        case .reader(.articleList(let selected)):
            ArticleListUpdate.update(&model, key, selected: selected)
        case .reader(.notes):
            if let effects = FacilitatorUpdate.notesKey(&model, key) { return effects }
            return NotesUpdate.update(&model, key)
        case .reader(.article):
            if FacilitatorUpdate.backToDashboard(&model, key) { return [] }
            if FollowUpdate.refuseTallies(&model, key) { return [] }
            if ReaderKeys.participant.action(for: key) == .digestPreview { return DigestPreviewUpdate.open(&model) }
            if ReaderKeys.participant.action(for: key) == .readAloud { return AloudUpdate.toggle(&model) }
            updateReader(&model, key)
        }
        return []
    }

    /// ↑ ↓ scroll a help page longer than the window (the view stops at its end); any
    /// other key closes it.
    static func helpKey(_ model: inout ReviewModel, _ key: Key, scroll: Int) {
        let move: SelectableList.Move
        switch HelpPageKeys.map.action(for: key) {
        case .down?: move = .down
        case .pageDown?: move = .pageDown
        case .up?: move = .up
        case .pageUp?: move = .pageUp
        case .close?, nil:
            model.overlay = nil
            return
        }
        let scroll = ScrollPosition.scrolled(scroll, move, page: SelectableList.page)
        // No further than the end of the page in the window as it is (the view stops there
        // too).
        let lines = HelpView.lines(model.uiLanguage, width: model.screenSize.columns - 4,
                                   facilitator: model.facilitator != nil, kiosk: model.kiosk).count
        model.overlay = .help(scroll: min(scroll, HelpView.maximumScroll(lines, height: model.screenSize.rows - 4)))
    }

    /// Quitting keeps every unfinished comment as a draft on disk; the facilitator's
    /// position goes, so that the room's screens stop waiting for a facilitator who left.
    static func quit(_ model: inout ReviewModel) -> [ReviewEffect] {
        model.quitRequested = true
        // A shared laptop keeps nothing unfinished (KioskUpdate says why).
        guard !model.kiosk else { return [] }
        var unfinished = model.unfinished
        if let open = model.composer, let id = model.currentText?.id {
            unfinished[DraftKey(textID: id, article: open.articleNumber)] = open
        }
        let drafts = unfinishedComments(unfinished, model)
        var effects: [ReviewEffect] = drafts.isEmpty ? [] : [.keepDrafts(drafts)]
        if let state = model.facilitator, state.published != nil { effects.append(.endPosition(session: state.code)) }
        return effects
    }

    /// The unfinished comments worth keeping (something was typed), by text and article.
    static func unfinishedComments(_ unfinished: [DraftKey: Composer], _ model: ReviewModel) -> [CommentToSave] {
        unfinished.sorted { $0.key < $1.key }.compactMap { key, composer -> CommentToSave? in
            guard !composer.comment.isBlank || composer.proposal != nil else { return nil }
            return model.commentToSave(textID: key.textID, article: composer.articleNumber, fingerprint: "",
                                       composer: composer, body: composer.comment.text, proposal: composer.proposal?.text)
        }
    }

    /// The outcome of a `.saveComment` effect. In kiosk mode a save ends the participant's
    /// turn: the effect returned (a clean terminal) must be run too.
    static func commentSaved(_ model: inout ReviewModel, _ outcome: Result<Annotation, EffectFailure>) -> [ReviewEffect] {
        defer { FollowUpdate.catchUp(&model) }  // closing the composer lets a waiting move happen
        guard let composer = model.composer else { return [] }
        guard case .success(let saved) = outcome else {
            // The composer stays open with everything typed. The failure's own message (a
            // system's English, naming a folder) is not shown to a participant: the plain
            // sentence in their language says what to do, and the facilitator's `check`
            // names the file.
            model.status = .say(.saveFailed)
            return []
        }
        if let id = model.currentText?.id {
            model.unfinished[DraftKey(textID: id, article: composer.articleNumber)] = nil
            model.texts[model.textIndex].add(saved, replacing: composer.editing)
            if !model.kiosk { model.known.insert([saved]) }  // counted now: not again when the watch reports it
        }
        model.mine.insert(saved.id)
        model.screen = .article
        model.status = .say(.saved)
        return model.kiosk ? nextParticipant(&model) : []
    }

    /// Kiosk mode, after a save: nothing of the previous participant stays on screen, in the
    /// model or on disk (their other unfinished comments are not kept as drafts either).
    static func nextParticipant(_ model: inout ReviewModel) -> [ReviewEffect] {
        KioskUpdate.wipe(&model, status: .savedKiosk)
    }

    /// The outcome of an `.endorse` effect.
    static func endorsed(_ model: inout ReviewModel, _ target: Annotation, _ outcome: Result<Annotation, EffectFailure>) {
        let session = model.session
        guard noteSaved(&model, outcome, about: target, { $0.endorse(target.id, article: target.article, session: session) }) else { return }
        model.endorsedByMe.insert(target.id)
        model.status = .say(.notesMeTooDone)
    }

    /// The outcome of a `.withdraw` effect.
    static func withdrawn(_ model: inout ReviewModel, _ target: Annotation, _ outcome: Result<Annotation, EffectFailure>) {
        guard noteSaved(&model, outcome, about: target, { $0.withdraw(target.id, article: target.article) }) else { return }
        model.mine.remove(target.id)
        model.status = .say(.withdrawn)
    }

    /// Applies `change` to the text of `target` once its annotation is saved; says so if not.
    private static func noteSaved(_ model: inout ReviewModel, _ outcome: Result<Annotation, EffectFailure>,
                                  about target: Annotation, _ change: (inout ReviewModel.TextEntry) -> Void) -> Bool {
        guard case .success = outcome else { model.status = .say(.saveFailed); return false }
        if let i = model.texts.firstIndex(where: { $0.id == target.text }) { change(&model.texts[i]) }
        return true
    }

    static func updateChooser(_ model: inout ReviewModel, _ key: Key) {
        let count = model.texts.count
        // The facilitator's dashboard keys do nothing on the list of texts: say where they
        // work rather than nothing at all (issue 14, item 3).
        if model.facilitator != nil, ChooserKeys.map.action(for: key) == nil,
           let action = DashboardKeys.map.action(for: key),
           [.tallies, .sessions, .headcountUp, .headcountDown, .typeHeadcount, .place].contains(action) {
            model.status = .say(.chooseTextForDashboard)
            return
        }
        guard count > 0, let action = ChooserKeys.map.action(for: key) else { return }
        switch action {
        case .up: model.textIndex = SelectableList.moved(model.textIndex, .up, count: count)
        case .down: model.textIndex = SelectableList.moved(model.textIndex, .down, count: count)
        case .top: model.textIndex = SelectableList.moved(model.textIndex, .top, count: count)
        case .bottom: model.textIndex = SelectableList.moved(model.textIndex, .bottom, count: count)
        case .open:
            // A facilitator opens a text on its dashboard. The text the room is on keeps its
            // article: a look at the list does not send every follower back to article 1.
            model.screen = model.facilitator == nil ? .article : .dashboard
            if let published = model.facilitator?.published, published.text == model.currentText?.id { return }
            model.versionIndex = model.currentText?.versions.firstIndex { $0.language == model.uiLanguage.rawValue } ?? 0
            model.articleIndex = 0
            model.textScroll = 0
        case .help, .quit, .hide, .follow, .interfaceLanguage, .reading: break  // done before the screen's own keys
        }
    }

    /// Selects an article (clamped to the text), starting its text at the top.
    static func selectArticle(_ model: inout ReviewModel, _ index: Int) {
        let count = model.currentSplit?.articles.count ?? 0
        guard count > 0 else { return }
        let clamped = min(max(0, index), count - 1)
        if clamped != model.articleIndex { model.textScroll = 0 }
        model.articleIndex = clamped
    }

    /// Moves the article selection of the reader or the dashboard.
    static func moveArticle(_ model: inout ReviewModel, _ move: SelectableList.Move) {
        let count = model.currentSplit?.articles.count ?? 0
        selectArticle(&model, SelectableList.moved(model.articleIndex, move, count: count))
    }

    static func updateReader(_ model: inout ReviewModel, _ key: Key) {
        guard let action = ReaderKeys.map(facilitator: model.facilitator != nil).action(for: key) else { return }
        switch action {
        case .up: moveArticle(&model, .up)
        case .down: moveArticle(&model, .down)
        case .top: moveArticle(&model, .top)
        case .bottom: moveArticle(&model, .bottom)
        case .pageDown: model.textScroll = ScrollPosition.scrolled(model.textScroll, .pageDown, page: SelectableList.page)
        case .pageUp: model.textScroll = ScrollPosition.scrolled(model.textScroll, .pageUp, page: SelectableList.page)
        case .nextLanguage:
            // Another language version: same article number (versions share numbering).
            guard let text = model.currentText, text.versions.count > 1 else {
                model.status = .say(.readerNoOtherVersion)  // not silently nothing (issue 14, item 7)
                return
            }
            let number = model.currentArticle?.number
            model.versionIndex = (model.versionIndex + 1) % text.versions.count
            if let number, let i = model.currentSplit?.articles.firstIndex(where: { $0.number == number }) {
                model.articleIndex = i
            }
        case .back:
            // The facilitator's article view is entered from the dashboard: Esc goes back there.
            if model.facilitator != nil {
                model.screen = .dashboard
            } else if model.texts.count > 1 {
                model.screen = .chooser
            }
        case .search:
            model.screen = .reader(.prompt(Prompt(kind: .search)))
        case .nextMatch:
            PromptUpdate.nextMatch(&model, after: model.articleIndex)
        case .goTo:
            model.screen = .reader(.prompt(Prompt(kind: .goTo)))
        case .sideBySide:
            SideBySideUpdate.toggle(&model)
        case .articleList:
            ArticleListUpdate.open(&model)
        case .annotate:
            // An article whose number no annotation could carry cannot be commented on.
            guard let article = model.currentArticle?.annotationNumber, let id = model.currentText?.id else { return }
            model.screen = .reader(.composer(model.unfinished[DraftKey(textID: id, article: article)]
                ?? Composer(articleNumber: article, language: model.currentLanguage ?? model.uiLanguage.rawValue)))
        case .notes:
            // On a shared laptop nobody sees the others' comments.
            guard !model.kiosk else { model.status = .say(.kioskNotesHidden); return }
            guard let article = model.currentArticle else { return }
            model.screen = .reader(.notes(NotesPane(articleNumber: article.number)))
        case .help, .quit, .hide, .follow, .dashboard, .digestPreview, .interfaceLanguage, .reading, .readAloud:
            break  // done before the reader's own keys (FacilitatorUpdate, the preview)
        }
    }
}
