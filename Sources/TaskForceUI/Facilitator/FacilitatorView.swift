import TaskForceCore

/// What the facilitator's screen draws in place of, or besides, the review screen's: the
/// session form, the live dashboard, its title line, the bottom-row questions and the key
/// bars. `ReviewView` asks here first.
enum FacilitatorView {
    /// The session form or the dashboard takes the whole body (not over help).
    static func covers(_ model: ReviewModel) -> Bool {
        guard let state = model.facilitator, model.screen != .help else { return false }
        return state.form != nil || (state.dashboard && model.screen == .reader && model.digestPreview == nil)
    }

    static func draw(_ grid: inout CellGrid, _ model: ReviewModel, in body: Rect) {
        guard let state = model.facilitator else { return }
        if state.saved != nil { DashboardView.draw(&grid, model, in: body) }
        if let form = state.form { SessionFormView.draw(&grid, form, code: state.code, ui: model.uiLanguage, in: body) }
    }

    /// " taskforce · TST-1 · Bruxelles · 12 present": the session, nothing about anyone.
    static func drawTitleLine(_ grid: inout CellGrid, _ model: ReviewModel) {
        guard let state = model.facilitator else { return }
        var column = grid.write(" taskforce · " + Sanitizer.sanitize(state.code), row: 0, column: 0, style: .bold,
                                maxWidth: grid.columnCount)
        guard let record = state.saved else { return }
        // A long place gives way: the headcount, which the facilitator corrects, stays in view.
        let headcount = " · " + text(.titleHeadcount, model.uiLanguage, ["count": "\(record.headcount)"])
        column += grid.write(" · ", row: 0, column: column, style: .bold)
        column += grid.write(Sanitizer.sanitize(record.place), row: 0, column: column, style: .bold,
                             maxWidth: max(0, grid.columnCount - column - DisplayWidth.of(headcount)))
        grid.write(headcount, row: 0, column: column, style: .bold, maxWidth: max(0, grid.columnCount - column))
    }

    /// A question on the bottom row (the show of hands being typed, the original of a
    /// duplicate to choose): its words, and what was typed (nil: nothing is typed).
    static func prompt(_ model: ReviewModel) -> (question: String, input: String?)? {
        let ui = model.uiLanguage
        if let hands = model.facilitator?.hands {
            guard let count = hands.previous?.count else { return (text(.handsPrompt, ui), hands.input) }
            return (text(.handsReplacePrompt, ui, ["count": "\(count)"]), hands.input)
        }
        if let mark = model.facilitator?.duplicate { return (text(mark.problem ?? .duplicatePrompt, ui), nil) }
        return nil
    }

    /// The facilitator's key bar where it differs from a participant's; nil elsewhere.
    static func keyBar(_ model: ReviewModel) -> [(key: String, label: UIString)]? {
        guard let state = model.facilitator else { return nil }
        if state.form != nil { return [] }  // the form says its keys itself
        guard model.screen == .reader, model.digestPreview == nil else { return nil }
        if state.dashboard { return DashboardKeys.map.keyBar }
        return model.notes != nil ? NotesKeys.facilitator.keyBar : ReaderKeys.facilitator.keyBar
    }
}
