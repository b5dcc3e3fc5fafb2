/// Where the panes of the review screen are for one terminal size. Computed by a pure
/// function of the model, so that `ReviewView` draws the panes and `MouseUpdate` finds
/// what a click or the wheel points at from the very same rectangles.
public struct ReviewLayout: Hashable, Sendable {
    /// Width of the article list pane, borders included.
    public static let listWidth = 28
    /// Two versions side by side from 160 columns: the list (28) leaves two text panes of
    /// 66 columns, about 62 characters of text a line each once borders and margins are
    /// off — still a comfortable reading measure (45–75 characters). Narrower, each version
    /// would wrap every few words, harder to follow than one version at a time.
    public static let sideBySideMinimumColumns = 160

    public var size: ScreenSize
    /// Everything between the title line and the key bar.
    public var body: Rect
    /// The article list (reader).
    public var list: Rect
    /// The article in the current version (reader).
    public var text: Rect
    /// The same article in the companion version, when shown side by side.
    public var companion: Rect?

    public init(size: ScreenSize, sideBySide: Bool) {
        self.size = size
        body = Rect(column: 0, row: 1, width: size.columns, height: size.rows - 2)
        list = Rect(column: body.column, row: body.row, width: Self.listWidth, height: body.height)
        let texts = Rect(column: body.column + Self.listWidth, row: body.row,
                         width: body.width - Self.listWidth, height: body.height)
        if sideBySide {
            let left = texts.width / 2
            text = Rect(column: texts.column, row: texts.row, width: left, height: texts.height)
            companion = Rect(column: texts.column + left, row: texts.row, width: texts.width - left, height: texts.height)
        } else {
            text = texts
            companion = nil
        }
    }

    /// The layout the model is drawn with at `size`: side by side when it is wide enough,
    /// the text has a second version, and side by side was not turned off.
    public init(_ model: ReviewModel, size: ScreenSize) {
        self.init(size: size, sideBySide: model.sideBySide && model.companionVersionIndex != nil
                  && size.columns >= Self.sideBySideMinimumColumns)
    }

    /// Whether the screen has its panes where this layout says (not below 80×24, where the
    /// reader is one column; the mouse is read against the panes only).
    public var isUsable: Bool { ReviewView.hasPanes(size) }

    /// The rows inside the list's border, one article each.
    public var listRows: Rect { list.inset(by: 1) }

    /// The first article shown in the list: it scrolls by whole pages so that the selected
    /// article is always visible.
    public func firstListedArticle(selected: Int) -> Int {
        SelectableList.firstVisible(selected: selected, height: listRows.height)
    }

    /// The rows inside the chooser's border, one text each.
    public var chooserRows: Rect { body.inset(by: 1) }
}
