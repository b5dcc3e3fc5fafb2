import TaskForceCore

/// One article's text in a bordered pane: its title and its wrapped lines. The reader
/// draws the current version with it, and the companion version next to it when wide.
enum ArticlePane {
    /// The structural path and the label when they fit, the label alone otherwise; after
    /// the language when two versions are shown, so that each pane says which it is.
    static func title(_ article: Article, language: String?, width: Int) -> String {
        let prefix = language.map { Sanitizer.sanitize($0.uppercased()) + " · " } ?? ""
        let label = Sanitizer.sanitize(article.label)
        let withPath = article.path.last.map { Sanitizer.sanitize($0) + " › " + label } ?? label
        return prefix + (DisplayWidth.of(prefix + withPath) <= width - 4 ? withPath : label)
    }

    /// The heading then the text, wrapped to the inside of a pane of `width` columns
    /// (one column of margin each side).
    static func lines(_ article: Article, width: Int) -> [String] {
        var lines: [String] = []
        if let heading = article.heading { lines.append(Sanitizer.sanitize(heading)) }
        for paragraph in Sanitizer.sanitize(article.text).split(separator: "\n", omittingEmptySubsequences: false) {
            lines += paragraph.isEmpty ? [""] : Wrapping.wrap(String(paragraph), width: width - 2)
        }
        return lines
    }

    /// Draws the lines of article `article` of version `version` of `text` from `scroll` on,
    /// inside `body` (the pane without its border). The lines come from the text's memo:
    /// wrapped once per article and width, not at every frame.
    static func drawText(_ grid: inout CellGrid, _ text: ReviewModel.TextEntry, version: Int, article: Int,
                         in body: Rect, scroll: Int) {
        let lines = text.articleText.lines(version: version, article: article, width: body.width)
        let hasHeading = text.versions[version].split.articles[article].heading != nil
        let start = min(scroll, max(0, lines.count - 1))
        for (i, line) in lines.dropFirst(start).prefix(body.height).enumerated() {
            grid.write(line, row: body.row + i, column: body.column + 1,
                       style: i == 0 && start == 0 && hasHeading ? .bold : .plain)
        }
    }

    /// How far the text in a pane of `body` size can scroll while still filling the pane.
    static func maximumScroll(_ article: Article, in body: Rect) -> Int {
        max(0, lines(article, width: body.width).count - body.height)
    }
}
