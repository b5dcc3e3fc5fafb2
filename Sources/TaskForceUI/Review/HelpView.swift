import TaskForceCore

/// The help page: what taskforce is for, every key with its F-key twin and letter
/// (DESIGN 7), and a word on anonymity. Longer than a small window, so it scrolls (↑ ↓),
/// with ▴ ▾ on the border when there is more above or below.
enum HelpView {
    static let keyWidth = 20

    /// The keys listed, with what they do.
    static let keys: [(String, UIString)] = [
        ("F1  ?", .helpKeyHelp), ("F2  a", .helpKeyAnnotate), ("F3  /", .helpKeySearch),
        ("F4  c", .helpKeyNotes), ("F5  L", .helpKeyLanguage), ("↑ ↓ j k  PgUp PgDn", .helpKeyMove),
        (":  #", .helpKeyGoTo), ("v", .helpKeySideBySide), ("F12", .helpKeyHide), ("F10  q", .helpKeyQuit),
    ]

    struct Line {
        var key = ""
        /// Where the text starts: 0, or after the key column.
        var indent = 0
        var text = ""
    }

    /// The whole page, wrapped to `width`.
    static func lines(_ ui: UILanguage, width: Int, facilitator: Bool = false) -> [Line] {
        var lines: [Line] = []
        func paragraph(_ string: UIString) {
            for line in Wrapping.wrap(text(string, ui), width: width) { lines.append(Line(text: line)) }
        }
        paragraph(.helpIntro)
        lines.append(Line())
        for (key, description) in keys {
            for (i, line) in Wrapping.wrap(text(description, ui), width: width - keyWidth).enumerated() {
                lines.append(Line(key: i == 0 ? key : "", indent: keyWidth, text: line))
            }
        }
        lines.append(Line())
        // Following (F11/f) only means something in a session: after the keys of every
        // screen, so the first page at 80×24 stays as it was.
        // Following is a participant's key: on the facilitator's screen F11 is the dashboard.
        let follow: [UIString] = facilitator ? [] : [.helpKeyFollow]
        for entry in [UIString.helpNotesKeys, .helpKeyPropose, .helpKeyMouse] + follow + [.helpAnonymous] { paragraph(entry) }
        // Last: the staff's own key, so that the participants' first page stays theirs.
        paragraph(.helpKeyDigest)
        if facilitator { for entry in [UIString.helpFacilitator, .helpFacilitatorNotes] { paragraph(entry) } }
        return lines
    }

    static func draw(_ grid: inout CellGrid, _ model: ReviewModel, in area: Rect) {
        let ui = model.uiLanguage
        Border.draw(&grid, area, title: text(.screenHelp, ui), focused: true)
        let inner = area.inset(by: 1)
        let all = lines(ui, width: inner.width - 2, facilitator: model.facilitator != nil)
        let first = min(model.helpScroll, maximumScroll(all.count, height: inner.height))
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
