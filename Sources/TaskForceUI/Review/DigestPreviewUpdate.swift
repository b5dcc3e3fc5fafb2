import TaskForceCore

/// Keys of the digest preview (`D` in the reader). It only reads: ↑ ↓ PgUp PgDn Home End
/// and vi keys scroll, Esc or `D` (or ←, h, as in the notes) close it; no key in it reaches
/// the composer or the notes. F1, F10/q and F12 are handled before it, as on every screen.
public enum DigestPreviewUpdate {
    /// `D` in the reader: the preview opens at once and asks for the digest to be built
    /// from the annotations the screen holds. Never on a shared laptop: the digest holds
    /// everyone's comments, which kiosk mode keeps off the screen.
    static func open(_ model: inout ReviewModel) -> [ReviewEffect] {
        guard !model.kiosk else {
            model.status = .say(.digestPreviewKiosk)
            return []
        }
        // Built now, it would count none of the comments still being read.
        guard !model.commentsLoading else {
            model.status = .say(.commentsBeingRead)
            return []
        }
        guard let id = model.currentText?.id else { return [] }
        model.screen = .reader(.digestPreview(DigestPreview(textID: id)))
        return [.buildDigest(textID: id, language: model.uiLanguage, annotations: model.known)]
    }

    /// The outcome of a `.buildDigest` effect: the preview's content, or nil when the
    /// digest could not be made (the preview closes and says so).
    static func built(_ model: inout ReviewModel, textID: TextID, _ content: DigestPreview.Content?) {
        // Closed meanwhile, or opened on another text: this result is for nobody.
        guard !model.kiosk, model.digestPreview?.textID == textID else { return }
        guard let content else {
            model.closePanel()
            model.status = .say(.digestPreviewFailed)
            return
        }
        model.updateDigestPreview {
            $0.content = content
            $0.scroll = 0
        }
        fit(&model)
    }

    /// Wraps the content again when the screen's width changed, so that keys and frames
    /// only read lines: on `.resized`, and before each key.
    static func fit(_ model: inout ReviewModel) {
        guard let preview = model.digestPreview, let content = preview.content else { return }
        let width = DigestPreviewView.textWidth(model.screenSize)
        guard preview.wrapped?.width != width else { return }
        let lines = DigestPreviewView.lines(content, model.uiLanguage, width: width)
        model.updateDigestPreview { $0.wrapped = DigestPreview.Wrapped(width: width, lines: lines) }
    }

    static func update(_ model: inout ReviewModel, _ key: Key) -> [ReviewEffect] {
        fit(&model)
        guard let preview = model.digestPreview else { return [] }
        // A page keeps one line of the previous one in view.
        let page = max(1, DigestPreviewView.inner(model.screenSize).height - 1)
        switch PreviewKeys.map.action(for: key) {
        case .close?: model.closePanel()
        case .down?: scroll(&model, to: preview.scroll + 1)
        case .up?: scroll(&model, to: preview.scroll - 1)
        case .pageDown?: scroll(&model, to: preview.scroll + page)
        case .pageUp?: scroll(&model, to: preview.scroll - page)
        case .top?: scroll(&model, to: 0)
        case .bottom?: scroll(&model, to: .max)
        case .help?, .quit?, .hide?, nil: break  // read-only: every other key does nothing here
        }
        return []
    }

    /// The wheel scrolls the preview as it scrolls an article; a click does nothing.
    static func mouse(_ model: inout ReviewModel, _ event: MouseEvent) {
        fit(&model)
        guard let preview = model.digestPreview else { return }
        switch event.kind {
        case .wheelUp: scroll(&model, to: preview.scroll - MouseUpdate.wheelStep)
        case .wheelDown: scroll(&model, to: preview.scroll + MouseUpdate.wheelStep)
        case .click: break
        }
    }

    /// Scrolls to `line`, kept between the top and the last full window at the size the
    /// screen was last drawn at (so that ↑ after End moves at once).
    static func scroll(_ model: inout ReviewModel, to line: Int) {
        let limit = DigestPreviewView.maximumScroll(model, size: model.screenSize)
        model.updateDigestPreview { $0.scroll = min(max(0, line), limit) }
    }
}
