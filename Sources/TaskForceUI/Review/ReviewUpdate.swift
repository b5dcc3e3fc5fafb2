import TaskForceCore

/// The review screen's `update`: pure, one key at a time (DESIGN 6). Keys follow DESIGN 7:
/// each action has an F-key and a letter; arrows, PgUp/PgDn, Home/End and vi keys move.
/// What must touch the disk is returned as effects, run by the caller.
public enum ReviewUpdate {
    @discardableResult
    public static func update(_ model: inout ReviewModel, _ key: Key) -> [ReviewEffect] {
        let place = FollowUpdate.Place(model)
        defer { FollowUpdate.afterKey(&model, from: place) }
        // Quick hide works on every screen, the composer included, and gives back
        // exactly what was there.
        if key == .function(12) {
            model.hidden.toggle()
            return []
        }
        if model.hidden { return [] }
        if let effects = FacilitatorUpdate.update(&model, key) { return effects }
        if case .mouse(let event) = key {
            MouseUpdate.update(&model, event)
            return []
        }
        // In the composer, letters are text: only its own keys (and F10/F12) apply.
        if model.composer != nil { return ComposerUpdate.update(&model, key) }
        if model.prompt != nil {
            PromptUpdate.update(&model, key)
            return []
        }
        model.status = nil
        switch key {
        case .function(10), .character("q"):
            return quit(&model)
        case .function(11), .character("f") where model.facilitator == nil:
            // The facilitator is the one followed (their F11 is the dashboard).
            FollowUpdate.toggle(&model)
            return []
        case .function(1), .character("?"):
            if model.screen == .help {
                model.screen = model.screenBeforeHelp
            } else {
                model.screenBeforeHelp = model.screen
                model.screen = .help
                model.helpScroll = 0
            }
            return []
        default: break
        }
        switch model.screen {
        case .help:
            // ↑ ↓ scroll a help page longer than the window (the view stops at its end);
            // any other key closes it.
            switch key {
            case .down, .character("j"): model.helpScroll += 1
            case .pageDown, .character(" "): model.helpScroll += 10
            case .up, .character("k"): model.helpScroll = max(0, model.helpScroll - 1)
            case .pageUp: model.helpScroll = max(0, model.helpScroll - 10)
            default: model.screen = model.screenBeforeHelp
            }
            // No further than the end of the page in an 80×24 window (larger windows show
            // more and the view stops earlier).
            let lines = HelpView.lines(model.uiLanguage, width: ReviewView.minimumColumns - 4,
                                       facilitator: model.facilitator != nil).count
            model.helpScroll = min(model.helpScroll, HelpView.maximumScroll(lines, height: ReviewView.minimumRows - 4))
        case .chooser:
            updateChooser(&model, key)
        case .reader:
            if model.digestPreview != nil { return DigestPreviewUpdate.update(&model, key) }
            if model.notes != nil { return NotesUpdate.update(&model, key) }
            if FollowUpdate.refuseTallies(&model, key) { return [] }
            if key == .character("D") { return DigestPreviewUpdate.open(&model) }
            updateReader(&model, key)
        }
        return []
    }

    /// Quitting keeps every unfinished comment as a draft on disk.
    public static func quit(_ model: inout ReviewModel) -> [ReviewEffect] {
        model.quitRequested = true
        var unfinished = model.unfinished
        if let open = model.composer, let id = model.currentText?.id { unfinished[id + "/" + open.articleNumber] = open }
        let drafts = unfinishedComments(unfinished)
        return drafts.isEmpty ? [] : [.keepDrafts(drafts)]
    }

    /// The unfinished comments worth keeping (something was typed), by text and article.
    static func unfinishedComments(_ unfinished: [String: Composer]) -> [CommentToSave] {
        unfinished.sorted { $0.key < $1.key }.compactMap { key, composer -> CommentToSave? in
            guard !composer.comment.isBlank || composer.proposal != nil, let slash = key.firstIndex(of: "/") else { return nil }
            return CommentToSave(textID: String(key[..<slash]), article: composer.articleNumber, fingerprint: "",
                                 stance: composer.stance, themes: Theme.allCases.filter(composer.themes.contains),
                                 body: composer.comment.text, proposal: composer.proposal?.text,
                                 supersedes: composer.editing)
        }
    }

    /// The outcome of a `.saveComment` effect: the annotation as saved, or nil if it was
    /// not. In kiosk mode a save ends the participant's turn: what is returned (their other
    /// unfinished comments, kept as drafts) must be run too.
    @discardableResult
    public static func saveFinished(_ model: inout ReviewModel, saved: Annotation?) -> [ReviewEffect] {
        defer { FollowUpdate.catchUp(&model) }  // closing the composer lets a waiting move happen
        guard let composer = model.composer else { return [] }
        guard let saved else {
            model.status = .saveFailed  // the composer stays open with everything typed
            return []
        }
        if let id = model.currentText?.id {
            model.unfinished[id + "/" + composer.articleNumber] = nil
            model.texts[model.textIndex].add(saved, replacing: composer.editing)
            if !model.kiosk { model.known.insert([saved]) }  // counted now: not again when the watch reports it
        }
        model.mine.insert(saved.id)
        model.composer = nil
        model.status = .saved
        return model.kiosk ? nextParticipant(&model) : []
    }

    /// Kiosk mode, after a save: nothing of the previous participant stays on screen or in
    /// the model. Their other unfinished comments go to drafts on disk, never lost.
    static func nextParticipant(_ model: inout ReviewModel) -> [ReviewEffect] {
        var effects: [ReviewEffect] = []
        let drafts = unfinishedComments(model.unfinished)
        if !drafts.isEmpty { effects.append(.keepDrafts(drafts)) }
        model.unfinished = [:]
        model.mine = []
        model.writerKeys = WriterKeys()
        model.endorsedByMe = []
        model.searchTerm = nil
        model.prompt = nil
        model.notes = nil
        model.articleIndex = 0
        model.textScroll = 0
        model.status = .savedKiosk
        model.clearRequested = true
        FollowUpdate.forgetParticipant(&model)
        return effects
    }

    /// The outcome of an `.endorse` effect.
    public static func endorseFinished(_ model: inout ReviewModel, of target: Annotation, succeeded: Bool) {
        guard noteSaved(&model, succeeded, about: target, { $0.endorse(target.id, article: target.article) }) else { return }
        model.endorsedByMe.insert(target.id)
        model.status = .notesMeTooDone
    }

    /// The outcome of a `.withdraw` effect.
    public static func withdrawFinished(_ model: inout ReviewModel, of target: Annotation, succeeded: Bool) {
        guard noteSaved(&model, succeeded, about: target, { $0.withdraw(target.id, article: target.article) }) else { return }
        model.mine.remove(target.id)
        model.status = .withdrawn
    }

    /// Applies `change` to the text of `target` once its annotation is saved; says so if not.
    private static func noteSaved(_ model: inout ReviewModel, _ succeeded: Bool, about target: Annotation,
                                  _ change: (inout ReviewModel.TextEntry) -> Void) -> Bool {
        guard succeeded else { model.status = .saveFailed; return false }
        if let i = model.texts.firstIndex(where: { $0.id == target.text }) { change(&model.texts[i]) }
        return true
    }

    static func updateChooser(_ model: inout ReviewModel, _ key: Key) {
        let count = model.texts.count
        guard count > 0 else { return }
        switch key {
        case .up, .character("k"): model.textIndex = max(0, model.textIndex - 1)
        case .down, .character("j"): model.textIndex = min(count - 1, model.textIndex + 1)
        case .home: model.textIndex = 0
        case .end: model.textIndex = count - 1
        case .enter, .right, .character("l"):
            model.screen = .reader
            model.versionIndex = model.currentText?.versions.firstIndex { $0.language == model.uiLanguage.rawValue } ?? 0
            model.articleIndex = 0
            model.textScroll = 0
        default: break
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

    static func updateReader(_ model: inout ReviewModel, _ key: Key) {
        let count = model.currentSplit?.articles.count ?? 0
        func select(_ index: Int) { selectArticle(&model, index) }
        switch key {
        case .up, .character("k"): select(model.articleIndex - 1)
        case .down, .character("j"): select(model.articleIndex + 1)
        case .home, .character("g"): select(0)
        case .end, .character("G"): select(count - 1)
        case .pageDown, .character(" "): model.textScroll += 10
        case .pageUp: model.textScroll = max(0, model.textScroll - 10)
        case .function(5), .character("L"):
            // Another language version: same article number (versions share numbering).
            guard let text = model.currentText, text.versions.count > 1 else { return }
            let number = model.currentArticle?.number
            model.versionIndex = (model.versionIndex + 1) % text.versions.count
            if let number, let i = model.currentSplit?.articles.firstIndex(where: { $0.number == number }) {
                model.articleIndex = i
            }
        case .escape, .left, .character("h"):
            if model.texts.count > 1 { model.screen = .chooser }
        case .function(3), .character("/"):
            model.prompt = Prompt(kind: .search)
        case .character("n"):
            PromptUpdate.nextMatch(&model, after: model.articleIndex)
        case .character(":"), .character("#"):
            model.prompt = Prompt(kind: .goTo)
        case .character("v"):
            SideBySideUpdate.toggle(&model)
        case .function(2), .character("a"):
            guard let article = model.currentArticle, let id = model.currentText?.id else { return }
            model.composer = model.unfinished[id + "/" + article.number] ?? Composer(articleNumber: article.number)
        case .function(4), .character("c"):
            // On a shared laptop nobody sees the others' comments.
            guard !model.kiosk else { model.status = .kioskNotesHidden; return }
            guard let article = model.currentArticle else { return }
            model.notes = NotesPane(articleNumber: article.number)
        default: break
        }
    }
}
