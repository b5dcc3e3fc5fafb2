import TaskForceCore

/// The live dashboard: one row per article of the current text with its comments and
/// "me too" count and, once the facilitator reveals them, the comments per stance. It is
/// drawn from the model's notes, which arrivals from other terminals keep current, so it
/// changes by itself; only the rows that change are repainted (the painter compares rows).
enum DashboardView {
    /// Comments per stance and "me too" (a show of hands counting its number) of one article;
    /// with a `session`, only the comments written in it and the "me too" given in it (on
    /// any comment: a room may agree with another city's).
    static func tally(_ notes: [CurrentView.Comment], session: String? = nil) -> StanceCounts {
        var counts = StanceCounts()
        for note in notes {
            if let stance = note.annotation.stance, session == nil || note.annotation.session == session {
                counts[stance] += 1
            }
            counts.endorsements += session.map { note.endorsementsBySession[$0] ?? 0 } ?? note.endorsements
        }
        return counts
    }

    /// The number columns, left to right: a header and the figure it heads.
    static func columns(_ ui: UILanguage, talliesShown: Bool) -> [(header: String, value: (StanceCounts) -> Int)] {
        var columns: [(header: String, value: (StanceCounts) -> Int)] = [(text(.dashboardComments, ui), { $0.comments })]
        if talliesShown {
            for stance in Stance.allCases {
                columns.append((text(VocabularyLabels.label(stance), ui), { $0[stance] }))
            }
        }
        columns.append((text(.digestPreviewMeToo, ui), { $0.endorsements }))
        return columns
    }

    static func draw(_ grid: inout CellGrid, _ model: ReviewModel, in area: Rect) {
        let ui = model.uiLanguage
        let talliesShown = model.facilitator?.talliesShown ?? false
        let counted = model.facilitator.flatMap { $0.allSessionsCounted ? nil : $0.code }
        let title = text(.dashboardTitle, ui) + " · " + Sanitizer.sanitize(model.currentSplit?.title ?? model.currentText?.id.rawValue ?? "")
        Border.draw(&grid, area, title: title, focused: true)
        let inner = area.inset(by: 1)
        guard let split = model.currentSplit, !split.articles.isEmpty else {
            grid.write(text(.dashboardNoArticles, ui), row: inner.row, column: inner.column + 1, maxWidth: inner.width - 2)
            return
        }
        // Each number column is as wide as its header, two spaces apart.
        let columns = columns(ui, talliesShown: talliesShown)
        let widths = columns.map { max(DisplayWidth.of($0.header), 5) + 2 }
        let numbersWidth = widths.reduce(0, +) + 1
        let headingColumn = inner.column + 8
        func drawNumbers(_ values: [String], row: Int, style: Style) {
            var right = inner.right - 1
            for (value, width) in zip(values, widths).reversed() {
                grid.write(value, row: row, column: right - DisplayWidth.of(value), style: style)
                right -= width
            }
        }
        grid.write(text(.digestPreviewArticle, ui), row: inner.row, column: inner.column + 2, style: .underline)
        drawNumbers(columns.map(\.header), row: inner.row, style: .underline)

        // What is counted, under the list: wrapped, so that a narrow window (large letters)
        // still says it whole.
        let which = counted.map { text(.dashboardThisSession, ui, ["code": Sanitizer.sanitize($0)]) } ?? text(.dashboardAllSessions, ui)
        let tallies = text(talliesShown ? .dashboardTalliesShown : .dashboardTalliesHidden, ui)
        let footer = Wrapping.wrap(which, width: inner.width - 2).map { ($0, counted == nil ? Style.bold : .plain) }
            + Wrapping.wrap(tallies, width: inner.width - 2).map { ($0, talliesShown ? Style.plain : .bold) }
        // Articles between the header and those lines, by whole pages.
        let listed = max(1, inner.height - 1 - footer.count)
        let first = SelectableList.firstVisible(selected: model.articleIndex, height: listed)
        let notes = model.currentText?.notes ?? [:]
        for row in 0..<listed {
            let index = first + row
            guard index < split.articles.count else { break }
            let article = split.articles[index]
            let (marker, style) = SelectableList.rowStyle(selected: index == model.articleIndex)
            let y = inner.row + 1 + row
            SelectableList.drawBackground(&grid, row: y, in: inner, selected: index == model.articleIndex)
            if index == model.articleIndex { grid.placeCursor(row: y, column: inner.column) }
            grid.write(marker + Sanitizer.sanitize(article.number), row: y, column: inner.column, style: style,
                       maxWidth: 7)
            grid.write(DisplayWidth.truncated(Sanitizer.sanitize(article.heading ?? ""),
                                              to: max(0, inner.right - headingColumn - numbersWidth)),
                       row: y, column: headingColumn, style: style)
            let counts = tally(article.annotationNumber.flatMap { notes[$0] } ?? [], session: counted)
            // An article nobody commented on yet stays blank, as in the reader's list.
            drawNumbers(columns.map { column in column.value(counts) == 0 ? "" : "\(column.value(counts))" },
                        row: y, style: style)
        }
        for (i, line) in footer.suffix(max(0, inner.height - 2)).enumerated() {
            grid.write(line.0, row: inner.bottom - min(footer.count, inner.height - 2) + i, column: inner.column + 1,
                       style: line.1, maxWidth: inner.width - 2)
        }
    }
}
