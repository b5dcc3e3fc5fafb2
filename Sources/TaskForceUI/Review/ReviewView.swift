import TaskForceCore

/// The review screen's `view`: draws a model into a fresh grid of the given size. Pure;
/// the same function feeds the curses backend and `taskforce render`.
public enum ReviewView {
    /// Below this the screen only says how big it must be (issue 15: large letters leave
    /// few columns; 40×12 is a 1280×720 screen at about 32 pixels a letter).
    public static let minimumColumns = 40
    public static let minimumRows = 12
    /// From this size the reader has its panes (the article list beside the article);
    /// below, it shows the reading mode's one column, and ↑ ↓ and `:` still move.
    public static let panesColumns = 80
    public static let panesRows = 24

    /// Whether the screen can be drawn at `size` (else it says how big it must be).
    public static func fits(_ size: ScreenSize) -> Bool {
        size.columns >= minimumColumns && size.rows >= minimumRows
    }

    /// Whether the reader has room for its panes at `size`.
    public static func hasPanes(_ size: ScreenSize) -> Bool {
        size.columns >= panesColumns && size.rows >= panesRows
    }

    public static func view(_ model: ReviewModel, columns: Int, rows: Int) -> CellGrid {
        var grid = CellGrid(columns: max(columns, 1), rows: max(rows, 1))
        let ui = model.uiLanguage
        if model.hidden {
            drawHidden(&grid, ui)
            grid.placeCursor(row: 1, column: 2)
            return grid
        }
        guard columns >= minimumColumns, rows >= minimumRows else {
            let message = text(.terminalTooSmall, ui, ["columns": "\(columns)", "rows": "\(rows)"])
            var row = 0
            for line in Wrapping.wrap(message, width: columns) where row < rows {
                grid.write(line, row: row, column: 0, style: .bold)
                row += 1
            }
            grid.placeCursor(row: 0, column: 0)
            return grid
        }
        let body = Rect(column: 0, row: 1, width: columns, height: rows - 2)
        // The facilitator's session form and live dashboard have a title line of their own.
        if FacilitatorView.covers(model) { FacilitatorView.drawTitleLine(&grid, model) } else { drawTitleLine(&grid, model) }
        // The closing question is asked on the bottom row, over the screen as it was.
        switch (model.overlay, model.screen) {
        case (.help?, _): HelpView.draw(&grid, model, in: body)
        case (.sessionForm?, _), (nil, .dashboard), (.closingSession?, .dashboard): FacilitatorView.draw(&grid, model, in: body)
        case (nil, .chooser), (.closingSession?, .chooser): drawChooser(&grid, model, in: body)
        case (nil, .reader(.digestPreview)), (.closingSession?, .reader(.digestPreview)):
            DigestPreviewView.draw(&grid, model, in: body)
        case (nil, .reader(.articleList(let selected))), (.closingSession?, .reader(.articleList(let selected))):
            ArticleListView.draw(&grid, model, selected: selected, in: body)
        case (nil, .reader(let panel)), (.closingSession?, .reader(let panel)):
            if model.reading || !hasPanes(ScreenSize(columns: columns, rows: rows)) {
                ReadingView.draw(&grid, model, in: body)
            } else {
                drawReader(&grid, model, in: body)
            }
            if case .composer(let composer) = panel {
                // Over the lower part of the reader: the article stays in view above it
                // (a proposed wording needs room of its own).
                // In a small window it takes the whole body (ComposerView draws it compact).
                let panes = ReviewView.hasPanes(ScreenSize(columns: columns, rows: rows))
                let height = panes ? min(body.height, composer.proposal == nil ? 14 : 20) : body.height
                ComposerView.draw(&grid, composer, ui: ui, kiosk: model.kiosk, transcribed: model.facilitator != nil,
                                  in: Rect(column: body.column, row: body.bottom - height, width: body.width, height: height))
            }
        }
        let prompt = model.prompt.map { (question: text($0.kind == .search ? .searchPrompt : .goToPrompt, ui), input: Optional($0.input)) }
            ?? FacilitatorView.prompt(model)
        if let prompt {
            var x = grid.write(" " + prompt.question + " ", row: rows - 1, column: 0, style: .bold)
            if let input = prompt.input {
                x += grid.write(Sanitizer.sanitize(input), row: rows - 1, column: x)
                grid.write(" ", row: rows - 1, column: x, style: .reverse)  // the cursor
                grid.placeCursor(row: rows - 1, column: min(x, columns - 1))
            }
        } else if let status = model.status {
            // A message replaces the key bar until the next key.
            var message = status.text(ui)
            if model.notes?.confirmingWithdrawal == true { message += " " + text(.confirmWithdrawKeys, ui) }
            grid.write(DisplayWidth.truncated(" " + message, to: columns), row: rows - 1, column: 0, style: .bold)
        } else if model.commentsLoading {
            // Until the start-up read arrives: the comments and their counts are not there yet.
            grid.write(" " + text(.commentsBeingRead, ui), row: rows - 1, column: 0, style: .bold)
        } else if model.helpShown {
            drawKeyBar(&grid, ui, row: rows - 1, keys: HelpPageKeys.map.keyBar)
        } else {
            drawKeyBar(&grid, ui, row: rows - 1, keys: FacilitatorView.keyBar(model) ?? keyBar(model.screen, kiosk: model.kiosk))
        }
        // Reading mode: no frames anywhere, so that a screen reader reads words only.
        if model.reading { grid.eraseBoxDrawing() }
        return grid
    }

    /// The key bar of a participant's screen: the keys of what has the keyboard.
    static func keyBar(_ screen: ReviewScreen, kiosk: Bool = false) -> [(key: String, label: UIString)] {
        switch screen {
        case .reader(.article) where kiosk, .reader(.prompt) where kiosk: ReaderKeys.kiosk.keyBar
        case .chooser where kiosk: ChooserKeys.kiosk.keyBar
        case .chooser: ChooserKeys.map.keyBar
        case .reader(.digestPreview): PreviewKeys.map.keyBar
        case .reader(.articleList): ArticleListKeys.map.keyBar
        case .reader(.notes): NotesKeys.participant.keyBar
        case .reader(.composer(let composer)): ComposerKeys.keyBar(for: composer.field)
        case .reader(.article), .reader(.prompt), .dashboard: ReaderKeys.participant.keyBar
        }
    }

    static func drawTitleLine(_ grid: inout CellGrid, _ model: ReviewModel) {
        var column = grid.write(" taskforce", row: 0, column: 0, style: .bold)
        // At the right end: the session code and, on a shared laptop, that it is one.
        var right: [String] = []
        if let session = model.session { right.append(text(.titleSession, model.uiLanguage, ["session": Sanitizer.sanitize(session)])) }
        if model.following { right.append(text(.titleFollowing, model.uiLanguage)) }
        if model.kiosk { right.append(text(.titleKiosk, model.uiLanguage)) }
        // Each piece has its own columns, cut with "…" when short of room, never drawn over
        // another (at 40 columns the session and the kiosk's words leave little): the name,
        // then the languages (the version read is marked there), then the right end, then
        // the title in what is left.
        let entry = model.screen != .chooser || model.helpShown ? model.currentText : nil
        let languages = entry?.versions.map { $0.language.uppercased() } ?? []
        let languagesWidth = languages.isEmpty ? 0 : languages.reduce(0) { $0 + DisplayWidth.of($1) + 1 } + 3
        let rightText = DisplayWidth.truncated(right.joined(separator: " · "), to: grid.columnCount - column - languagesWidth - 2)
        let rightWidth = rightText.isEmpty ? 0 : DisplayWidth.of(rightText) + 2
        if rightWidth > 0 { grid.write(rightText, row: 0, column: grid.columnCount - rightWidth + 1) }
        guard let entry else { return }
        let title = entry.articleText.title(version: model.versionIndex) ?? Sanitizer.sanitize(entry.id.rawValue)
        let room = grid.columnCount - rightWidth - column
        guard room >= languagesWidth else { return }  // no half a list of languages
        // The title with its " · " on each side, only when at least "X…" of it fits.
        let titleRoom = room - languagesWidth - 3
        if titleRoom >= 2 {
            column += grid.write(" · ", row: 0, column: column)
            column += grid.write(DisplayWidth.truncated(title, to: titleRoom), row: 0, column: column)
        }
        column += grid.write(" · ", row: 0, column: column)
        for (i, language) in languages.enumerated() {
            // The current version is shown reversed and bold, not by colour alone.
            column += grid.write(language, row: 0, column: column,
                                 style: i == model.versionIndex ? Style(bold: true, reverse: true) : .plain)
            column += grid.write(" ", row: 0, column: column)
        }
    }

    /// Entries a bar keeps when it is too narrow for all of them: how to save what was
    /// written and how to go back. At 40 columns the composer's bar had room for "Tab" and
    /// the position keys only, and a person with large letters saw no way to save.
    static let keptInNarrowBars: Set<UIString> = [.keySave, .keyBack]

    static func drawKeyBar(_ grid: inout CellGrid, _ ui: UILanguage, row: Int, keys: [(key: String, label: UIString)]) {
        // Only whole entries: in a narrow window "Ctrl-S Enregi" would say nothing. Each
        // takes its width and two spaces; the first starts at column 1.
        let labels = keys.map { text($0.label, ui) }
        let widths = keys.indices.map { DisplayWidth.of(keys[$0].key + " " + labels[$0]) + 2 }
        var room = grid.columnCount + 1
        var shown = Set<Int>()
        for (i, entry) in keys.enumerated() where keptInNarrowBars.contains(entry.label) && widths[i] <= room {
            shown.insert(i)
            room -= widths[i]
        }
        // Then the others from the left, as long as they fit.
        for i in keys.indices where !shown.contains(i) {
            guard widths[i] <= room else { break }
            shown.insert(i)
            room -= widths[i]
        }
        var column = 1
        for i in keys.indices where shown.contains(i) {
            column += grid.write(keys[i].key, row: row, column: column, style: .bold)
            column += grid.write(" " + labels[i] + "  ", row: row, column: column)
        }
    }

    static func drawChooser(_ grid: inout CellGrid, _ model: ReviewModel, in area: Rect) {
        let ui = model.uiLanguage
        Border.draw(&grid, area, title: text(.screenChooseText, ui), focused: true)
        let inner = area.inset(by: 1)
        if model.texts.isEmpty {
            grid.write(text(.chooserNoTexts, ui, ["folder": Sanitizer.sanitize(model.textsFolder)]), row: inner.row, column: inner.column + 1,
                       maxWidth: inner.width - 1)
            return
        }
        // More texts than rows: the list scrolls by whole pages, like the articles.
        let first = SelectableList.firstVisible(selected: model.textIndex, height: inner.height)
        for (row, i) in (first..<min(model.texts.count, first + inner.height)).enumerated() {
            let entry = model.texts[i]
            let (marker, style) = SelectableList.rowStyle(selected: i == model.textIndex)
            // The title in the interface's language when the text has that version.
            let split = (entry.versions.first { $0.language == ui.rawValue } ?? entry.versions.first)?.split
            let count = split?.articles.count ?? 0
            let articles = count == 1 ? text(.chooserOneArticle, ui) : text(.chooserArticles, ui, ["count": "\(count)"])
            let languages = entry.versions.map { $0.language.uppercased() }.joined(separator: " ")
            let line = marker + Sanitizer.sanitize(split?.title ?? entry.id.rawValue)
            let suffix = "  \(languages)  \(articles)"
            SelectableList.drawBackground(&grid, row: inner.row + row, in: inner, selected: i == model.textIndex)
            if i == model.textIndex { grid.placeCursor(row: inner.row + row, column: inner.column) }
            grid.write(DisplayWidth.truncated(line, to: inner.width - DisplayWidth.of(suffix)), row: inner.row + row,
                       column: inner.column, style: style)
            grid.write(suffix, row: inner.row + row, column: inner.right - DisplayWidth.of(suffix), style: style)
        }
    }

    static func drawReader(_ grid: inout CellGrid, _ model: ReviewModel, in area: Rect) {
        let ui = model.uiLanguage
        let layout = ReviewLayout(model, size: ScreenSize(columns: grid.columnCount, rows: grid.rowCount))
        let list = layout.list
        let textPane = layout.text
        Border.draw(&grid, list, title: text(.screenArticles, ui), focused: false)
        guard let entry = model.currentText, let split = model.currentSplit else { return }
        let listEntries = entry.articleText.listEntries(version: model.versionIndex)
        let inner = layout.listRows
        // Keep the selected article visible: scroll the list by whole pages.
        let first = layout.firstListedArticle(selected: model.articleIndex)
        // On a shared laptop the counts would tell what the previous person wrote about.
        // Nor while the facilitator keeps the tallies hidden, so that they do not sway the room.
        let counts = model.kiosk || model.talliesHidden ? [:] : model.currentText?.commentCounts ?? [:]
        for row in 0..<inner.height {
            let index = first + row
            guard index < split.articles.count else { break }
            let article = split.articles[index]
            let (marker, style) = SelectableList.rowStyle(selected: index == model.articleIndex)
            let count = article.annotationNumber.flatMap { counts[$0] }.map { String($0) } ?? ""
            let y = inner.row + row
            SelectableList.drawBackground(&grid, row: y, in: inner, selected: index == model.articleIndex)
            if index == model.articleIndex { grid.placeCursor(row: y, column: inner.column) }
            let number = listEntries[index].number
            let head = marker + number + String(repeating: " ", count: max(1, 6 - DisplayWidth.of(number)))
            var x = inner.column + grid.write(head, row: y, column: inner.column, style: style)
            x += grid.write(DisplayWidth.truncated(listEntries[index].heading, to: inner.right - x - DisplayWidth.of(count) - 1),
                            row: y, column: x, style: style)
            grid.write(count, row: y, column: inner.right - DisplayWidth.of(count), style: style)
        }
        if model.notes != nil {
            // The notes take the place of the article, and of its other version when side by side.
            let right = layout.companion?.right ?? textPane.right
            NotesView.draw(&grid, model, in: Rect(column: textPane.column, row: textPane.row,
                                                  width: right - textPane.column, height: textPane.height))
            return
        }
        guard let article = model.currentArticle else { return }
        // Side by side, each pane names its language.
        let language = layout.companion == nil ? nil : model.currentLanguage
        Border.draw(&grid, textPane, title: ArticlePane.title(article, language: language, width: textPane.width), focused: true)
        ArticlePane.drawText(&grid, entry, version: model.versionIndex, article: model.articleIndex,
                             in: textPane.inset(by: 1), scroll: model.textScroll)
        if let companion = layout.companion { SideBySideView.drawCompanion(&grid, model, in: companion) }
    }

    /// A page that says nothing about taskforce: what anyone glancing at the screen sees.
    static func drawHidden(_ grid: inout CellGrid, _ ui: UILanguage) {
        grid.write(text(.hideTitle, ui), row: 1, column: 2, style: .bold)
        var row = 3
        for line in Wrapping.wrap(text(.hideBody, ui), width: max(10, grid.columnCount - 4)) where row < grid.rowCount {
            grid.write(line, row: row, column: 2)
            row += 1
        }
    }
}
