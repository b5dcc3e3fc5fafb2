/// The list of articles over the whole window (`l`): below 80×24 the reader has no room
/// for its list pane, and this is how the list is seen there (issue 15). At any size the
/// same list opens, wider than the pane, so that long headings are read whole.
enum ArticleListUpdate {
    /// Opens the list on the article being read.
    static func open(_ model: inout ReviewModel) {
        guard model.currentSplit.map({ !$0.articles.isEmpty }) == true else { return }
        model.screen = .reader(.articleList(selected: model.articleIndex))
    }

    static func update(_ model: inout ReviewModel, _ key: Key, selected: Int) {
        guard let action = ArticleListKeys.map.action(for: key) else { return }
        let count = model.currentSplit?.articles.count ?? 0
        // A page is the list's rows: the window less the title line, the bar and the frame.
        let page = max(1, model.screenSize.rows - 4)
        func move(_ move: SelectableList.Move) {
            model.screen = .reader(.articleList(selected: SelectableList.moved(selected, move, count: count, page: page)))
        }
        switch action {
        case .up: move(.up)
        case .down: move(.down)
        case .top: move(.top)
        case .bottom: move(.bottom)
        case .pageUp: move(.pageUp)
        case .pageDown: move(.pageDown)
        case .open:
            model.screen = .article
            ReviewUpdate.selectArticle(&model, selected)
        case .close:
            model.screen = .article  // the article read is untouched
        case .hide:
            break  // done before any screen's keys
        }
    }
}
