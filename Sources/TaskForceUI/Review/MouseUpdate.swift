import TaskForceCore

/// Clicks and the wheel on the review screen (ARCHITECTURE: Screens), for people more at ease with a
/// mouse than with keys. Pure like the rest of `update`: what a click points at is read
/// from `ReviewLayout` for the size the screen was last drawn at.
enum MouseUpdate {
    /// Lines the text moves by for one notch of the wheel: what most programs do.
    static let wheelStep = 3

    static func update(_ model: inout ReviewModel, _ event: MouseEvent) {
        // In the composer and while a question is typed, the keyboard has the floor: a stray
        // click must not carry someone away from what they were writing.
        guard model.composer == nil, model.prompt == nil else { return }
        let layout = ReviewLayout(model, size: model.screenSize)
        guard layout.isUsable, !model.reading else { return }
        model.status = nil
        if model.helpShown {
            // Any key closes the help; a click does too.
            if event.kind == .click { model.overlay = nil }
            return
        }
        switch model.screen {
        case .chooser:
            chooser(&model, event, layout)
        case .reader(.digestPreview):
            DigestPreviewUpdate.mouse(&model, event)
        case .reader(.articleList):
            break  // the panes' rectangles are not where this list is: keys only
        case .reader:
            reader(&model, event, layout)
        case .dashboard:
            break  // the dashboard is worked from the keyboard
        }
    }

    /// One click opens a text (a double click is hard for many); the wheel moves the choice.
    static func chooser(_ model: inout ReviewModel, _ event: MouseEvent, _ layout: ReviewLayout) {
        switch event.kind {
        case .click:
            let rows = layout.chooserRows
            guard rows.contains(row: event.row, column: event.column) else { return }
            let index = SelectableList.firstVisible(selected: model.textIndex, height: rows.height) + event.row - rows.row
            guard model.texts.indices.contains(index) else { return }
            model.textIndex = index
            ReviewUpdate.updateChooser(&model, .enter)
        case .wheelUp: ReviewUpdate.updateChooser(&model, .up)
        case .wheelDown: ReviewUpdate.updateChooser(&model, .down)
        }
    }

    static func reader(_ model: inout ReviewModel, _ event: MouseEvent, _ layout: ReviewLayout) {
        let overList = layout.list.contains(row: event.row, column: event.column)
        let overText = layout.text.contains(row: event.row, column: event.column)
            || layout.companion?.contains(row: event.row, column: event.column) == true
        switch event.kind {
        case .click:
            let rows = layout.listRows
            guard rows.contains(row: event.row, column: event.column) else { return }
            let index = layout.firstListedArticle(selected: model.articleIndex) + event.row - rows.row
            guard index < model.currentSplit?.articles.count ?? 0 else { return }
            ReviewUpdate.selectArticle(&model, index)
        case .wheelUp where overList:
            ReviewUpdate.selectArticle(&model, model.articleIndex - 1)
        case .wheelDown where overList:
            ReviewUpdate.selectArticle(&model, model.articleIndex + 1)
        case .wheelUp where overText:
            model.textScroll = max(0, model.textScroll - wheelStep)
        case .wheelDown where overText:
            // Both versions scroll together: the longer one says how far.
            let limit = max(maximumScroll(model.currentArticle, layout.text),
                            maximumScroll(layout.companion == nil ? nil : model.companionArticle, layout.companion))
            if model.textScroll < limit { model.textScroll = min(limit, model.textScroll + wheelStep) }
        default: break
        }
    }

    private static func maximumScroll(_ article: Article?, _ pane: Rect?) -> Int {
        guard let article, let pane else { return 0 }
        return ArticlePane.maximumScroll(article, in: pane.inset(by: 1))
    }
}
