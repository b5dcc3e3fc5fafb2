import TaskForceCore

/// The review screen's `update`: pure, one key at a time (DESIGN 6). Keys follow DESIGN 7:
/// each action has an F-key and a letter; arrows, PgUp/PgDn, Home/End and vi keys move.
/// What must touch the disk is returned as effects, run by the caller.
public enum ReviewUpdate {
    @discardableResult
    public static func update(_ model: inout ReviewModel, _ key: Key) -> [ReviewEffect] {
        // Quick hide works on every screen, the composer included, and gives back
        // exactly what was there.
        if key == .function(12) {
            model.hidden.toggle()
            return []
        }
        if model.hidden { return [] }
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
        case .function(1), .character("?"):
            if model.screen == .help {
                model.screen = model.screenBeforeHelp
            } else {
                model.screenBeforeHelp = model.screen
                model.screen = .help
            }
            return []
        default: break
        }
        switch model.screen {
        case .help:
            model.screen = model.screenBeforeHelp
        case .chooser:
            updateChooser(&model, key)
        case .reader:
            updateReader(&model, key)
        }
        return []
    }

    /// Quitting keeps every unfinished comment as a draft on disk.
    public static func quit(_ model: inout ReviewModel) -> [ReviewEffect] {
        model.quitRequested = true
        var unfinished = model.unfinished
        if let open = model.composer, let id = model.currentText?.id { unfinished[id + "/" + open.articleNumber] = open }
        let drafts = unfinished.sorted { $0.key < $1.key }.compactMap { key, composer -> CommentToSave? in
            guard !composer.comment.isBlank, let slash = key.firstIndex(of: "/") else { return nil }
            return CommentToSave(textID: String(key[..<slash]), article: composer.articleNumber, fingerprint: "",
                                 stance: composer.stance, themes: Theme.allCases.filter(composer.themes.contains),
                                 body: composer.comment.text)
        }
        return drafts.isEmpty ? [] : [.keepDrafts(drafts)]
    }

    /// The outcome of a `.saveComment` effect.
    public static func saveFinished(_ model: inout ReviewModel, succeeded: Bool) {
        guard let composer = model.composer else { return }
        if succeeded {
            if let id = model.currentText?.id {
                model.unfinished[id + "/" + composer.articleNumber] = nil
                model.texts[model.textIndex].commentCounts[composer.articleNumber, default: 0] += 1
            }
            model.composer = nil
            model.status = .saved
        } else {
            model.status = .saveFailed  // the composer stays open with everything typed
        }
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
        default: break
        }
    }
}
