/// The review screen's `update`: pure, one key at a time (DESIGN 6). Keys follow DESIGN 7:
/// each action has an F-key and a letter; arrows, PgUp/PgDn, Home/End and vi keys move.
public enum ReviewUpdate {
    public static func update(_ model: inout ReviewModel, _ key: Key) {
        // Quick hide works on every screen and gives back exactly what was there.
        if key == .function(12) {
            model.hidden.toggle()
            return
        }
        if model.hidden { return }
        switch key {
        case .function(10), .character("q"):
            model.quitRequested = true
            return
        case .function(1), .character("?"):
            if model.screen == .help {
                model.screen = model.screenBeforeHelp
            } else {
                model.screenBeforeHelp = model.screen
                model.screen = .help
            }
            return
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

    static func updateReader(_ model: inout ReviewModel, _ key: Key) {
        let count = model.currentSplit?.articles.count ?? 0
        func select(_ index: Int) {
            guard count > 0 else { return }
            let clamped = min(max(0, index), count - 1)
            if clamped != model.articleIndex { model.textScroll = 0 }
            model.articleIndex = clamped
        }
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
        default: break
        }
    }
}
