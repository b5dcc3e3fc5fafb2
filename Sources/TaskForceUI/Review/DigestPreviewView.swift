import TaskForceCore

/// Draws the digest preview over the whole body, like the help page: first the summary
/// table (every article, its heading cut to fit, and its counts per stance and "me too"),
/// then the digest as the Markdown export words it, without its marks, wrapped to the width. One list of lines that scrolls, with ▴ ▾
/// on the border when there is more above or below.
enum DigestPreviewView {
    struct Line: Sendable, Equatable {
        var text: String
        var style: Style = .plain
    }

    /// A count of zero: a dot keeps the column readable where a table is mostly empty.
    static let zero = "·"
    /// Space between two columns of the table.
    static let gap = 2

    static func draw(_ grid: inout CellGrid, _ model: ReviewModel, in area: Rect) {
        let ui = model.uiLanguage
        Border.draw(&grid, area, title: text(.digestPreviewTitle, ui), focused: true)
        let inner = area.inset(by: 1)
        grid.placeCursor(row: inner.row, column: inner.column + 1)  // the first line shown is read first
        guard let preview = model.digestPreview, let content = preview.content else {
            grid.write(text(.digestPreviewBuilding, ui), row: inner.row, column: inner.column + 1, maxWidth: inner.width - 2)
            return
        }
        let all = lines(preview, content, ui, width: inner.width - 2)
        let first = min(preview.scroll, maximumScroll(all.count, height: inner.height))
        for (i, line) in all.dropFirst(first).prefix(inner.height).enumerated() {
            grid.write(line.text, row: inner.row + i, column: inner.column + 1, style: line.style, maxWidth: inner.width - 2)
        }
        if first > 0 { grid.write("▴", row: area.row, column: area.right - 3, style: .bold) }
        if first + inner.height < all.count { grid.write("▾", row: area.bottom - 1, column: area.right - 3, style: .bold) }
    }

    /// Where the lines go on a screen of `size`: inside the border of the whole body.
    static func inner(_ size: ScreenSize) -> Rect {
        Rect(column: 0, row: 1, width: size.columns, height: size.rows - 2).inset(by: 1)
    }

    static func maximumScroll(_ count: Int, height: Int) -> Int { max(0, count - height) }

    /// How far the preview can scroll on a screen of `size` (0 while it is being built).
    static func maximumScroll(_ model: ReviewModel, size: ScreenSize) -> Int {
        guard let preview = model.digestPreview, let content = preview.content else { return 0 }
        let area = inner(size)
        return maximumScroll(lines(preview, content, model.uiLanguage, width: area.width - 2).count, height: area.height)
    }

    /// The lines at `width`: the ones kept by update when the width is the same (always,
    /// but in the frame right after a resize).
    static func lines(_ preview: DigestPreview, _ content: DigestPreview.Content, _ ui: UILanguage, width: Int) -> [Line] {
        if let wrapped = preview.wrapped, wrapped.width == width { return wrapped.lines }
        return lines(content, ui, width: width)
    }

    /// The width the lines have on a screen of `size`.
    static func textWidth(_ size: ScreenSize) -> Int { inner(size).width - 2 }

    /// The whole preview, `width` columns wide: the table, an empty line, the digest.
    static func lines(_ content: DigestPreview.Content, _ ui: UILanguage, width: Int) -> [Line] {
        var lines = table(content, ui, width: width)
        lines.append(Line(text: ""))
        // The export's words without its Markdown marks; headings and table headers bold.
        for line in PreviewMarkdown.lines(content.markdown) {
            let style: Style = line.bold ? .bold : .plain
            let margin = String(repeating: " ", count: line.indent)
            let inset = line.indent + line.hanging
            let wrapped = line.keepWhole ? [line.text] : Wrapping.wrap(line.text, width: max(1, width - inset))
            for (i, piece) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                let hang = i == 0 ? "" : String(repeating: " ", count: line.hanging)
                lines.append(Line(text: margin + hang + piece, style: style))
            }
        }
        return lines
    }

    /// The summary table: a header, one line per article, and the total.
    static func table(_ content: DigestPreview.Content, _ ui: UILanguage, width: Int) -> [Line] {
        let headers = Stance.allCases.map { text(VocabularyLabels.label($0), ui) } + [text(.digestPreviewMeToo, ui)]
        func cells(_ counts: StanceCounts) -> [String] {
            (Stance.allCases.map { counts[$0] } + [counts.endorsements]).map { $0 == 0 ? zero : String($0) }
        }
        let total = content.total
        let numbers = content.rows.map { Sanitizer.sanitize($0.number) }
        let counted = content.rows.map { cells($0.counts) } + [cells(total)]
        let columns = headers.indices.map { i in
            ([headers[i]] + counted.map { $0[i] }).map(DisplayWidth.of).max() ?? 0
        }
        let numberWidth = ([text(.digestPreviewArticle, ui)] + numbers).map(DisplayWidth.of).max()! + gap
        // A heading is one line of the text: a stray line end must not break the table.
        let headings = content.rows.map { Sanitizer.sanitize($0.heading).replacingOccurrences(of: "\n", with: " ") }
        // On a wide screen the counts stay next to the headings, not at the far edge.
        let headingWidth = min(headings.map(DisplayWidth.of).max() ?? 0,
                               max(0, width - numberWidth - columns.reduce(0) { $0 + gap + $1 }))

        // `lead` fills the number and heading columns; the counts are right-aligned.
        func line(_ lead: String, _ cells: [String], style: Style = .plain) -> Line {
            var text = lead
            for (cell, w) in zip(cells, columns) {
                text += String(repeating: " ", count: gap + w - DisplayWidth.of(cell)) + cell
            }
            return Line(text: text, style: style)
        }
        var lines = [line(fit(text(.digestPreviewArticle, ui), numberWidth + headingWidth), headers, style: .bold)]
        for (i, row) in content.rows.enumerated() {
            lines.append(line(fit(numbers[i], numberWidth) + fit(headings[i], headingWidth), cells(row.counts)))
        }
        lines.append(line(fit(text(.digestPreviewTotal, ui), numberWidth + headingWidth), cells(total), style: .bold))
        return lines
    }

    /// `s` cut or padded to exactly `width` columns; a cut ends with "…". The number
    /// column is always wide enough, so only headings are ever cut.
    static func fit(_ s: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        var out = ""
        var used = 0
        if DisplayWidth.of(s) > width {
            for character in s {
                let w = DisplayWidth.of(character)
                if used + w > width - 1 { break }  // room for "…"
                out.append(character)
                used += w
            }
            out += "…"
            used += 1
        } else {
            out = s
            used = DisplayWidth.of(s)
        }
        return out + String(repeating: " ", count: max(0, width - used))
    }
}
