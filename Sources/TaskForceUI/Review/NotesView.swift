import TaskForceCore

/// Draws the notes of the current article in the text pane's place: each current comment
/// with its stance, themes, "me too" count and proposed wording. The selected one has a
/// reversed header and a ▸, so the choice shows without colour.
enum NotesView {
    static func draw(_ grid: inout CellGrid, _ model: ReviewModel, in area: Rect) {
        let ui = model.uiLanguage
        let number = Sanitizer.sanitize(model.currentArticle?.number ?? "")
        Border.draw(&grid, area, title: text(.screenNotes, ui, ["article": number]), focused: true)
        let inner = area.inset(by: 1)
        let width = max(1, inner.width - 2)
        let notes = model.currentNotes
        // A participant's list leaves out what the facilitator set aside, and says how many:
        // the article's count includes them.
        let setAside = setAsideLine(model)
        guard !notes.isEmpty else {
            grid.write(text(.notesEmpty, ui), row: inner.row, column: inner.column + 1, maxWidth: width)
            for (i, line) in Wrapping.wrap(setAside ?? "", width: width).enumerated() where i + 2 < inner.height {
                grid.write(line, row: inner.row + 2 + i, column: inner.column + 1, style: .dim)
            }
            return
        }
        let selected = min(model.notes?.selected ?? 0, notes.count - 1)
        let (lines, starts) = commentLines(notes, model, width: width, selected: selected, setAside: setAside)
        let end = selected + 1 < starts.count ? starts[selected + 1] : lines.count
        let first = end <= inner.height ? 0 : min(starts[selected], max(0, lines.count - inner.height))
        for (i, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            if line.style.reverse {
                grid.fill(Rect(column: inner.column, row: inner.row + i, width: inner.width, height: 1), style: line.style)
                grid.placeCursor(row: inner.row + i, column: inner.column + 1)  // the selected comment
            }
            grid.write(line.text, row: inner.row + i, column: inner.column + 1, style: line.style, maxWidth: width)
        }
    }

    /// Every comment as lines, remembering where each starts (the view then shows the
    /// window that holds the selected one; the reading mode shows them all, none selected).
    static func commentLines(_ notes: [CurrentView.Comment], _ model: ReviewModel, width: Int, selected: Int?,
                             setAside: String?) -> (lines: [(text: String, style: Style)], starts: [Int]) {
        let ui = model.uiLanguage
        var lines: [(text: String, style: Style)] = []
        var starts: [Int] = []
        for (i, note) in notes.enumerated() {
            starts.append(lines.count)
            lines.append((header(note, model, selected: i == selected), i == selected ? Style(bold: true, reverse: true) : .bold))
            if let meta = meta(note, model) {
                for line in Wrapping.wrap(meta, width: width - 2) { lines.append(("  " + line, .bold)) }
            }
            // Left out of the digest, on the facilitator's screen (perhaps a projector):
            // folded to one line until Enter shows it (issue 13).
            if note.isHidden, model.notes?.unfolded != note.annotation.id {
                lines.append(("  " + text(.notesFolded, ui), .underline))
                lines.append(("", .plain))
                continue
            }
            for line in Wrapping.wrap(masked(note.annotation.body ?? "", ui), width: width - 2) {
                lines.append(("  " + line, .plain))
            }
            if let proposal = note.annotation.proposal {
                lines.append(("  " + text(.notesProposedWording, ui), .underline))
                for paragraph in masked(proposal, ui).split(separator: "\n", omittingEmptySubsequences: false) {
                    for line in Wrapping.wrap(String(paragraph), width: width - 4) { lines.append(("    " + line, .plain)) }
                }
            }
            if note.earlierVersion {
                lines.append(("  ※ " + text(.readerEarlierVersion, ui), .dim))
            }
            lines.append(("", .plain))
        }
        if let setAside {
            for line in Wrapping.wrap(setAside, width: width) { lines.append((line, .dim)) }
        }
        return (lines, starts)
    }

    /// "2 comments were set aside by the facilitator…" on a participant's screen, or nil.
    static func setAsideLine(_ model: ReviewModel) -> String? {
        guard model.facilitator == nil, let number = model.currentArticle?.annotationNumber else { return nil }
        let count = (model.currentText?.notes[number] ?? []).filter(\.isHidden).count
        switch count {
        case 0: return nil
        case 1: return text(.notesOneSetAside, model.uiLanguage)
        default: return text(.notesSetAside, model.uiLanguage, ["count": "\(count)"])
        }
    }

    /// "▸ [worried] safety, privacy"
    /// A comment's text as the screen shows it: sanitized, and with each identifying detail
    /// (phone, e-mail, bank account, national number) replaced by the placeholder the digest
    /// puts there, so that a projector or a neighbour sees no more than policymakers will.
    static func masked(_ text: String, _ ui: UILanguage) -> String {
        IdentifyingDetails.redact(Sanitizer.sanitize(text)) { DigestLabel.removed($0).text(ui) }.text
    }

    static func header(_ note: CurrentView.Comment, _ model: ReviewModel, selected: Bool) -> String {
        let ui = model.uiLanguage
        var header = selected ? "▸ " : "  "
        if let stance = note.annotation.stance { header += "[" + text(VocabularyLabels.label(stance), ui) + "]" }
        let themes = note.annotation.tags.map { VocabularyLabels.word($0, ui) }.joined(separator: ", ")
        return themes.isEmpty ? header : header + " " + themes
    }

    /// "3 people said “me too” · (yours)", or nil when neither applies.
    static func meta(_ note: CurrentView.Comment, _ model: ReviewModel) -> String? {
        let ui = model.uiLanguage
        var parts: [String] = []
        switch note.endorsements {
        case 0: break
        case 1: parts.append(text(.notesOneMeToo, ui))
        default: parts.append(text(.notesMeToos, ui, ["count": "\(note.endorsements)"]))
        }
        if model.mine.contains(note.annotation.id) { parts.append(text(.notesYours, ui)) }
        if note.annotation.transcribed { parts.append(text(.notesTranscribed, ui)) }
        // Only the facilitator sees moderated comments at all (ReviewModel.currentNotes).
        if model.facilitator != nil, note.isHidden { parts.append(text(.notesHiddenFromDigest, ui)) }
        if model.facilitator != nil, note.duplicateOf != nil { parts.append(text(.notesDuplicate, ui)) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
