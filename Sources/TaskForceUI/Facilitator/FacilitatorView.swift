import TaskForceCore

/// What the facilitator's screen draws in place of, or besides, the review screen's: the
/// session form, the live dashboard, its title line, the bottom-row questions and the key
/// bars. `ReviewView` asks here first.
enum FacilitatorView {
    /// The session form or the dashboard takes the whole body (not under help).
    static func covers(_ model: ReviewModel) -> Bool {
        guard model.facilitator != nil else { return false }
        switch model.overlay {
        case .sessionForm?: return true
        case .help?: return false
        case .closingSession?: return model.screen == .dashboard
        case nil: return model.screen == .dashboard
        }
    }

    /// The dashboard, and the session form over it (a new session's form alone).
    static func draw(_ grid: inout CellGrid, _ model: ReviewModel, in body: Rect) {
        guard let state = model.facilitator else { return }
        if state.saved != nil { DashboardView.draw(&grid, model, in: body) }
        if let form = model.sessionForm { SessionFormView.draw(&grid, form, code: state.code, ui: model.uiLanguage, in: body) }
    }

    /// " taskforce · TST-1 · Bruxelles · 12 present": the session, nothing about anyone.
    static func drawTitleLine(_ grid: inout CellGrid, _ model: ReviewModel) {
        guard let state = model.facilitator else { return }
        var column = grid.write(" taskforce · " + Sanitizer.sanitize(state.code), row: 0, column: 0, style: .bold,
                                maxWidth: grid.columnCount)
        guard let record = state.saved else { return }
        // A long place gives way: the headcount, which the facilitator corrects, stays in view.
        let headcount = " · " + text(.titleHeadcount, model.uiLanguage, ["count": "\(record.headcount)"])
        // In a narrow window the place goes first (the facilitator knows where they are).
        let placeRoom = grid.columnCount - column - 3 - DisplayWidth.of(headcount)
        if placeRoom >= 4 {
            column += grid.write(" · ", row: 0, column: column, style: .bold)
            // Masked as the notes mask them: a record that did not come from the form (merged,
            // edited by hand) may hold an address or a phone number, and this is projected.
            column += grid.write(DisplayWidth.truncated(NotesView.masked(record.place, model.uiLanguage), to: placeRoom), row: 0,
                                 column: column, style: .bold)
        }
        grid.write(DisplayWidth.truncated(headcount, to: max(0, grid.columnCount - column)), row: 0, column: column,
                   style: .bold)
    }

    /// A question on the bottom row (the show of hands being typed, the original of a
    /// duplicate to choose): its words, and what was typed (nil: nothing is typed).
    static func prompt(_ model: ReviewModel) -> (question: String, input: String?)? {
        let ui = model.uiLanguage
        if model.overlay == .closingSession, let code = model.facilitator?.code {
            return (text(.closingQuestion, ui, ["session": Sanitizer.sanitize(code)]), nil)
        }
        switch model.notes?.question {
        case .hands(let hands)?:
            guard let count = hands.previous?.count else { return (text(.handsPrompt, ui), hands.input) }
            return (text(.handsReplacePrompt, ui, ["count": "\(count)"]), hands.input)
        case .duplicate(let mark)?: return (text(mark.problem ?? .duplicatePrompt, ui), nil)
        case nil: return nil
        }
    }

    /// The facilitator's key bar where it differs from a participant's; nil elsewhere.
    static func keyBar(_ model: ReviewModel) -> [(key: String, label: UIString)]? {
        guard model.facilitator != nil else { return nil }
        if model.sessionForm != nil { return [] }  // the form says its keys itself
        switch model.screen {
        case .dashboard: return DashboardKeys.map.keyBar
        case .reader(.notes): return NotesKeys.facilitator.keyBar
        case .reader(.article), .reader(.prompt): return ReaderKeys.facilitator.keyBar
        case .reader(.composer), .reader(.digestPreview), .reader(.articleList), .chooser: return nil  // as a participant's
        }
    }
}
