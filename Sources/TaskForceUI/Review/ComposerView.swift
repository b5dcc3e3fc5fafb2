import TaskForceCore

/// Draws the composer over the lower part of the reader (README's screens): stance as
/// radio buttons, themes as check boxes, the comment in a box with its cursor, the keys,
/// and any warning. The field being edited has its label bold and underlined, so focus
/// shows without colour.
enum ComposerView {
    static func draw(_ grid: inout CellGrid, _ composer: Composer, ui: UILanguage, kiosk: Bool = false,
                     transcribed: Bool = false, in area: Rect) {
        grid.fill(area)
        // On the facilitator's screen, a comment is typed on behalf of someone who spoke.
        // The language recorded is said at once, and F5 changes it.
        let title = text(transcribed ? .screenComposerTranscribed : .screenComposer, ui, ["article": composer.articleNumber.rawValue])
            + " · " + text(.composerLanguage, ui, ["language": Sanitizer.sanitize(composer.language.uppercased())])
        Border.draw(&grid, area, title: title, focused: true)
        let inner = area.inset(by: 1)
        // Large letters leave few columns and rows (issue 15): one line per field but the one
        // being filled, and the text without a frame.
        if area.width < ReviewView.panesColumns || area.height < 14 {
            drawCompact(&grid, composer, ui: ui, kiosk: kiosk, in: inner)
            return
        }
        let labelWidth = 13
        var row = inner.row
        func label(_ string: UIString, _ field: Composer.Field) {
            let focused = composer.field == field
            grid.write(text(string, ui), row: row, column: inner.column + 1,
                       style: focused ? Style(bold: true, underline: true) : .plain, maxWidth: labelWidth - 1)
        }

        label(.composerStance, .stance)
        var x = inner.column + labelWidth
        // The cursor on the focus: the chosen position (else the first), the theme under the
        // theme cursor, or the editing point (drawEditor).
        if composer.field == .stance, composer.stance == nil { grid.placeCursor(row: row, column: x + 1) }
        for stance in Stance.allCases {
            if composer.field == .stance, composer.stance == stance { grid.placeCursor(row: row, column: x + 1) }
            let name = VocabularyLabels.label(stance)
            let mark = composer.stance == stance ? "(•) " : "( ) "
            x += grid.write(mark + text(name, ui) + "  ", row: row, column: x,
                            style: composer.stance == stance ? .bold : .plain, maxWidth: inner.right - x)
        }
        row += 1

        label(.composerThemes, .themes)
        x = inner.column + labelWidth
        for (i, theme) in Theme.allCases.enumerated() {
            let item = (composer.themes.contains(theme) ? "[x] " : "[ ] ") + VocabularyLabels.word(theme, ui)
            if x + DisplayWidth.of(item) > inner.right - 1 { row += 1; x = inner.column + labelWidth }
            let underCursor = composer.field == .themes && i == composer.themeCursor
            if underCursor { grid.placeCursor(row: row, column: x + 1) }
            x += grid.write(item, row: row, column: x, style: underCursor ? .reverse : .plain)
            x += grid.write("  ", row: row, column: x)
        }
        row += 1

        // The comment box takes what is left above the hint line and two message lines,
        // shared with the proposed wording when there is one.
        let left = max(3, inner.bottom - row - 3)
        let commentHeight = composer.proposal == nil ? left : max(3, left / 2)
        let box = Rect(column: inner.column, row: row, width: inner.width, height: commentHeight)
        Border.draw(&grid, box, title: text(.composerComment, ui), focused: composer.field == .comment)
        drawEditor(&grid, composer.comment, focused: composer.field == .comment,
                   placeholder: text(.composerCommentPlaceholder, ui), in: box.inset(by: 1))
        row = box.bottom
        if let proposal = composer.proposal {
            let proposalBox = Rect(column: inner.column, row: row, width: inner.width, height: max(3, left - commentHeight))
            Border.draw(&grid, proposalBox, title: text(.composerProposal, ui), focused: composer.field == .proposal)
            drawEditor(&grid, proposal, focused: composer.field == .proposal, placeholder: nil, in: proposalBox.inset(by: 1))
            row = proposalBox.bottom
        }

        // While a warning or the kiosk's question is shown, the hint line says how to answer it.
        let question = composer.confirmingDiscard ? text(.kioskDiscardQuestion, ui)
            : composer.warning != nil ? text(.warnKeys, ui) : nil
        let hints = question ?? [UIString.composerHintNextField, .composerHintPropose, .composerHintSave, .composerHintCancel]
            .map { text($0, ui) }.joined(separator: " · ")
        grid.write(hints, row: row, column: inner.column + 1, style: question != nil ? .bold : .plain,
                   maxWidth: inner.width - 2)
        if question != nil { grid.placeCursor(row: row, column: inner.column + 1) }  // read the question first
        row += 1
        for line in Wrapping.wrap(message(composer, ui: ui, kiosk: kiosk) ?? "", width: inner.width - 2).prefix(2) {
            grid.write(line, row: row, column: inner.column + 1, style: Style(bold: true, role: .warning))
            row += 1
        }
    }

    /// The line under the comment: a problem, the warning before saving an identifying
    /// detail, what a proposed wording is, or the kiosk's banner.
    static func message(_ composer: Composer, ui: UILanguage, kiosk: Bool) -> String? {
        if let problem = composer.problem {
            return text(problem, ui, ["max": "\(AnnotationRules.maximumBodyLength)"])
        } else if let kinds = composer.warning {
            return (kinds.map { text(warning(for: $0), ui) } + [text(.warnSaferWithout, ui)]).joined(separator: " ")
        } else if composer.field == .proposal {
            return text(.composerProposalExplanation, ui)
        } else if kiosk {
            return text(.kioskBanner, ui)
        }
        return nil
    }

    /// The composer in a small window: the stance and the themes each on one line ("Position:
    /// worried") unless being filled, when their choices wrap below the label; then the text
    /// being written, without a frame; the question, problem or warning on the last lines.
    static func drawCompact(_ grid: inout CellGrid, _ composer: Composer, ui: UILanguage, kiosk: Bool, in inner: Rect) {
        let width = max(1, inner.width - 2)
        var row = inner.row
        func label(_ string: UIString, _ field: Composer.Field, summary: String?) {
            let focused = composer.field == field
            let x = inner.column + 1 + grid.write(text(string, ui), row: row, column: inner.column + 1,
                                                  style: focused ? Style(bold: true, underline: true) : .plain, maxWidth: width)
            if let summary { grid.write(" " + summary, row: row, column: x, maxWidth: inner.right - x - 1) }
            row += 1
        }
        /// Choices after one another, wrapped; the one under the cursor reversed, with the cursor.
        func choices(_ items: [(text: String, chosen: Bool, underCursor: Bool)]) {
            var x = inner.column + 1
            for item in items {
                if x > inner.column + 1, x + DisplayWidth.of(item.text) > inner.right - 1 { row += 1; x = inner.column + 1 }
                if item.underCursor { grid.placeCursor(row: row, column: x + 1) }
                x += grid.write(item.text, row: row, column: x, style: item.underCursor ? .reverse : item.chosen ? .bold : .plain,
                                maxWidth: inner.right - x)
                x += grid.write("  ", row: row, column: x, maxWidth: max(0, inner.right - x))
            }
            row += 1
        }
        let chosenStance = composer.stance.map { text(VocabularyLabels.label($0), ui) } ?? "–"
        if composer.field == .stance {
            label(.composerStance, .stance, summary: nil)
            choices(Stance.allCases.map { stance in
                ((composer.stance == stance ? "(•) " : "( ) ") + text(VocabularyLabels.label(stance), ui),
                 composer.stance == stance, composer.stance == stance || (composer.stance == nil && stance == Stance.allCases[0]))
            })
        } else {
            label(.composerStance, .stance, summary: chosenStance)
        }
        let ticked = Theme.allCases.filter(composer.themes.contains).map { VocabularyLabels.word($0, ui) }
        if composer.field == .themes {
            label(.composerThemes, .themes, summary: nil)
            choices(Theme.allCases.enumerated().map { i, theme in
                ((composer.themes.contains(theme) ? "[x] " : "[ ] ") + VocabularyLabels.word(theme, ui),
                 composer.themes.contains(theme), i == composer.themeCursor)
            })
        } else {
            label(.composerThemes, .themes, summary: ticked.isEmpty ? "–" : ticked.joined(separator: ", "))
        }
        // The last lines: what must be answered or known before saving.
        let question = composer.confirmingDiscard ? text(.kioskDiscardQuestion, ui)
            : composer.warning != nil ? text(.warnKeys, ui) : nil
        let bottom = ([question].compactMap { $0 } + [message(composer, ui: ui, kiosk: kiosk)].compactMap { $0 })
            .flatMap { Wrapping.wrap($0, width: width) }
        let reserved = min(bottom.count, max(0, inner.bottom - row - 2))
        let editing = composer.field == .proposal ? composer.proposal : composer.comment
        label(composer.field == .proposal ? .composerProposal : .composerComment, composer.field == .proposal ? .proposal : .comment,
              summary: nil)
        let box = Rect(column: inner.column, row: row, width: inner.width, height: max(1, inner.bottom - row - reserved))
        drawEditor(&grid, editing ?? composer.comment, focused: composer.field == .comment || composer.field == .proposal,
                   placeholder: text(.composerCommentPlaceholder, ui), in: box)
        for (i, line) in bottom.suffix(reserved).enumerated() {
            grid.write(line, row: inner.bottom - reserved + i, column: inner.column + 1, style: Style(bold: true, role: .warning))
        }
        if question != nil, reserved > 0 { grid.placeCursor(row: inner.bottom - reserved, column: inner.column + 1) }
    }

    static func warning(for kind: IdentifyingDetails.Kind) -> UIString {
        switch kind {
        case .email: .warnEmail
        case .phone: .warnPhone
        case .iban: .warnBankAccount
        case .nationalNumber: .warnNationalNumber
        case .name: .warnName
        case .address: .warnAddress
        }
    }

    /// An editor's text (the comment or the proposed wording), wrapped at the box width
    /// between words where it can (inside a word only when the word alone is too long),
    /// scrolled to keep the cursor line visible; the cursor is a reversed cell.
    static func drawEditor(_ grid: inout CellGrid, _ editor: TextEditor, focused: Bool, placeholder: String?,
                           in box: Rect) {
        let width = max(1, box.width - 2)
        if let placeholder, editor.isBlank && !focused {
            // In parentheses: faint text is not faint on every terminal, nor to a screen
            // reader, and the hint must not pass for something already written.
            grid.write("(" + placeholder + ")", row: box.row, column: box.column + 1, style: .dim, maxWidth: width)
            return
        }
        var visual: [String] = []
        var cursor = (row: 0, column: 0)
        for (lineIndex, line) in editor.lines.enumerated() {
            let characters = Array(line)
            let segments = wrap(characters, width: width)
            for (i, segment) in segments.enumerated() {
                let isLast = i == segments.count - 1
                let c = editor.column
                if lineIndex == editor.row, c >= segment.lowerBound, c < segment.upperBound || (isLast && c == segment.upperBound) {
                    let column = characters[segment.lowerBound..<c].reduce(0) { $0 + max(0, DisplayWidth.of($1)) }
                    // At the very end of a full line the cursor starts the next one.
                    cursor = column >= width ? (visual.count + 1, 0) : (visual.count, column)
                    if column >= width { visual.append(String(characters[segment])); visual.append(""); continue }
                }
                visual.append(String(characters[segment]))
            }
        }
        let first = max(0, cursor.row - box.height + 1)
        for (i, line) in visual.dropFirst(first).prefix(box.height).enumerated() {
            grid.write(Sanitizer.sanitize(line), row: box.row + i, column: box.column + 1, maxWidth: width)
        }
        if focused {
            let y = box.row + cursor.row - first
            let x = box.column + 1 + cursor.column
            var cell = grid[y, x]
            cell.style = .reverse
            grid[y, x] = cell
            grid.placeCursor(row: y, column: x)
        }
    }

    /// Splits one line into pieces that fit `width` columns, breaking after a space when
    /// there is one in the piece. An empty line is one empty piece.
    static func wrap(_ line: [Character], width: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        repeat {
            var used = 0
            var end = start
            var afterSpace: Int?
            while end < line.count {
                let w = max(0, DisplayWidth.of(line[end]))
                if used + w > width { break }
                used += w
                end += 1
                if line[end - 1] == " " { afterSpace = end }
            }
            if end == start && end < line.count { end += 1 }  // a character wider than the box
            if end < line.count, let breakAt = afterSpace, breakAt > start { end = breakAt }
            pieces.append(start..<end)
            start = end
        } while start < line.count
        return pieces
    }
}
