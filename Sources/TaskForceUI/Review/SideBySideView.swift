import TaskForceCore

/// The companion pane of the reader on a wide screen (ARCHITECTURE: Screens: "side-by-side versions
/// when wide enough"): the current article in a second language, scrolled with the first.
/// Its border is light: the focused pane stays the current version's.
enum SideBySideView {
    static func drawCompanion(_ grid: inout CellGrid, _ model: ReviewModel, in pane: Rect) {
        guard let language = model.companionLanguage else { return }
        guard let entry = model.currentText, let version = model.companionVersionIndex,
              let index = model.companionArticleIndex else {
            // Not every version has every article (a bis inserted later, a typo).
            let number = Sanitizer.sanitize(model.currentArticle?.number ?? "")
            Border.draw(&grid, pane, title: Sanitizer.sanitize(language.uppercased()), focused: false)
            let body = pane.inset(by: 1)
            let message = text(.readerNotInVersion, model.uiLanguage,
                               ["article": number, "language": Sanitizer.sanitize(language.uppercased())])
            for (i, line) in Wrapping.wrap(message, width: body.width - 2).prefix(body.height).enumerated() {
                grid.write(line, row: body.row + i, column: body.column + 1)
            }
            return
        }
        let article = entry.versions[version].split.articles[index]
        Border.draw(&grid, pane, title: ArticlePane.title(article, language: language, width: pane.width), focused: false)
        ArticlePane.drawText(&grid, entry, version: version, article: index, in: pane.inset(by: 1), scroll: model.textScroll)
    }
}
