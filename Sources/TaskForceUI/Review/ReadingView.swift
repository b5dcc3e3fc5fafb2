import TaskForceCore

/// The reading mode (`r`, `--reading`; issue 15): the reader as one column of plain lines,
/// for a screen reader and for very large letters. A screen reader reads a terminal line by
/// line; beside the article list, every line mixed an article's heading with a line of the
/// text, and box characters read aloud as noise. Here each line is one thing: where the
/// reader is, the article, then the others' comments (where the screen may show them), and
/// the terminal's cursor is on the first line shown. The keys are the reader's.
enum ReadingView {
    static func draw(_ grid: inout CellGrid, _ model: ReviewModel, in body: Rect) {
        if model.notes != nil {
            // The notes keep their selection (me too, change, withdraw) over the whole width.
            NotesView.draw(&grid, model, in: body)
            return
        }
        let lines = lines(model, width: body.width)
        // Scrolled as the article is (PgDn, Space), down to the last line of the comments.
        let first = min(model.textScroll, max(0, lines.count - body.height))
        for (i, line) in lines.dropFirst(first).prefix(body.height).enumerated() {
            grid.write(line.text, row: body.row + i, column: body.column + 1, style: line.style, maxWidth: body.width - 2)
        }
        grid.placeCursor(row: body.row, column: body.column + 1)
    }

    /// Every line of the page: "Article 5bis · article 6 of 22 · CHAPTER 2 · EN", the text,
    /// then "Comments on Art. 5bis: 2" and the comments, masked as in the notes.
    static func lines(_ model: ReviewModel, width: Int) -> [(text: String, style: Style)] {
        let ui = model.uiLanguage
        guard let entry = model.currentText, let split = model.currentSplit, let article = model.currentArticle else {
            return []
        }
        let position = text(.readingPosition, ui, ["index": "\(model.articleIndex + 1)", "count": "\(split.articles.count)"])
        var lines: [(text: String, style: Style)] = []
        // What a screen reader says first: the article and where it is in the text, then
        // its chapter and the language version.
        let where_ = ([Sanitizer.sanitize(article.label), position] + article.path.suffix(1).map { Sanitizer.sanitize($0) }
                      + [model.currentLanguage.map { Sanitizer.sanitize($0.uppercased()) }].compactMap { $0 })
            .joined(separator: " · ")
        for line in Wrapping.wrap(where_, width: width - 2) { lines.append((line, .bold)) }
        lines.append(("", .plain))
        let text = entry.articleText.lines(version: model.versionIndex, article: model.articleIndex, width: width)
        for (i, line) in text.enumerated() { lines.append((line, i == 0 && article.heading != nil ? .bold : .plain)) }
        // A shared laptop shows nobody's comments, nor does a room whose tallies are hidden.
        guard !model.kiosk, !model.talliesHidden else { return lines }
        let notes = model.currentNotes
        lines.append(("", .plain))
        let heading = TaskForceUI.text(.readingComments, ui, ["article": Sanitizer.sanitize(article.number), "count": "\(notes.count)"])
        lines.append((heading, .bold))
        lines.append(("", .plain))
        lines += NotesView.commentLines(notes, model, width: width - 2, selected: nil, setAside: NotesView.setAsideLine(model)).lines
        return lines
    }
}
