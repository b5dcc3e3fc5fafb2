import TaskForceCore

/// The help page: what taskforce is for, every key of the reader with its F-key twin and
/// letter, as the reader's key table lists them (ReaderKeys), the other screens' keys in
/// prose, and a word on anonymity. Longer than a small window, so it scrolls (↑ ↓), with
/// ▴ ▾ on the border when there is more above or below.
enum HelpView {
    static let keyWidth = 20

    struct Line {
        var key = ""
        /// Where the text starts: 0, or after the key column.
        var indent = 0
        var text = ""
    }

    /// The whole page, wrapped to `width`.
    static func lines(_ ui: UILanguage, width: Int, facilitator: Bool = false, kiosk: Bool = false) -> [Line] {
        var lines: [Line] = []
        func paragraph(_ string: UIString) {
            for line in Wrapping.wrap(text(string, ui), width: width) { lines.append(Line(text: line)) }
        }
        paragraph(.helpIntro)
        lines.append(Line())
        let keys = kiosk ? ReaderKeys.kiosk : ReaderKeys.map(facilitator: facilitator)
        // Esc then a digit stands for every F-key (`EscapeDigits`): said right under them.
        for line in keys.helpLines + [HelpLine("Esc 1…0", .helpEscapeDigits)] {
            for (i, wrapped) in Wrapping.wrap(text(line.text, ui), width: width - keyWidth).enumerated() {
                lines.append(Line(key: i == 0 ? line.keys : "", indent: keyWidth, text: wrapped))
            }
        }
        lines.append(Line())
        // The other screens' keys and anonymity, then the reader's keys told in a sentence
        // (the staff's digest last, so that the participants' first pages stay theirs).
        // The composer's and the questions' keys come from their tables.
        // A shared laptop shows nobody's notes: its help does not describe them.
        var paragraphs = (kiosk ? [] : [UIString.helpNotesKeys]) + [.helpKeyMouse, .helpKeyOpen, .helpAnonymous]
            + HelpPageKeys.map.helpParagraphs
        paragraphs += ComposerKeys.map.helpParagraphs + PromptKeys.map.helpParagraphs + ArticleListKeys.map.helpParagraphs
            + keys.helpParagraphs
        if facilitator {
            paragraphs += [.helpFacilitatorNotes] + HandsKeys.map.helpParagraphs + DuplicateKeys.map.helpParagraphs
                + SessionFormKeys.map.helpParagraphs + ClosingKeys.map.helpParagraphs
        }
        // Tables may share a paragraph (the show of hands and the duplicate's question):
        // each is printed once.
        var printed: Set<UIString> = []
        for entry in paragraphs where printed.insert(entry).inserted { paragraph(entry) }
        return lines
    }

    static func draw(_ grid: inout CellGrid, _ model: ReviewModel, in area: Rect) {
        let ui = model.uiLanguage
        Border.draw(&grid, area, title: text(.screenHelp, ui), focused: true)
        let inner = area.inset(by: 1)
        let all = lines(ui, width: inner.width - 2, facilitator: model.facilitator != nil, kiosk: model.kiosk)
        guard case .help(let scroll)? = model.overlay else { return }
        grid.placeCursor(row: inner.row, column: inner.column + 1)
        let first = min(scroll, maximumScroll(all.count, height: inner.height))
        for (i, line) in all.dropFirst(first).prefix(inner.height).enumerated() {
            grid.write(line.key, row: inner.row + i, column: inner.column + 1, style: .bold)
            grid.write(line.text, row: inner.row + i, column: inner.column + 1 + line.indent)
        }
        // More above or below: an arrow on the border says so.
        if first > 0 { grid.write("▴", row: area.row, column: area.right - 3, style: .bold) }
        if first + inner.height < all.count { grid.write("▾", row: area.bottom - 1, column: area.right - 3, style: .bold) }
    }

    static func maximumScroll(_ count: Int, height: Int) -> Int { max(0, count - height) }
}
