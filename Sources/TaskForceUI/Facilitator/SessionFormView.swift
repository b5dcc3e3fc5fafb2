import TaskForceCore

/// The session form, a box in the middle of the body: the place and the headcount, the
/// field being typed in underlined with a cursor, a word on what is kept (no names), the
/// keys, and what is wrong if Enter could not go on.
enum SessionFormView {
    static func draw(_ grid: inout CellGrid, _ form: SessionForm, code: String, ui: UILanguage, in body: Rect) {
        let width = min(body.width, 72)
        let height = min(body.height, 11)
        let area = Rect(column: body.column + (body.width - width) / 2, row: body.row + (body.height - height) / 2,
                        width: width, height: height)
        grid.fill(area)
        let title = text(form.isNew ? .formNewSession : .formSession, ui, ["session": Sanitizer.sanitize(code)])
        Border.draw(&grid, area, title: title, focused: true)
        let inner = area.inset(by: 1)
        let labels: [(SessionForm.Field, UIString, String)] = [
            (.place, .formPlace, form.place), (.headcount, .formHeadcount, form.headcount),
        ]
        let labelWidth = labels.map { DisplayWidth.of(text($0.1, ui)) }.max()! + 2
        var row = inner.row + 1
        for (field, label, value) in labels {
            let focused = form.field == field && form.fields.contains(field)
            grid.write(text(label, ui), row: row, column: inner.column + 1,
                       style: focused ? Style(bold: true, underline: true) : .plain)
            // A long place shows its end, where the typing is.
            let room = max(1, inner.width - labelWidth - 3)
            var shown = Sanitizer.sanitize(value)
            while DisplayWidth.of(shown) > room - 1 { shown.removeFirst() }
            let x = inner.column + 1 + labelWidth
            let end = x + grid.write(shown, row: row, column: x, style: focused ? .bold : .plain)
            if focused {
                grid.write(" ", row: row, column: end, style: .reverse)  // the cursor
                grid.placeCursor(row: row, column: end)
            }
            row += 1
        }
        row += 1
        for line in Wrapping.wrap(text(.formNoNames, ui), width: inner.width - 2).prefix(2) {
            grid.write(line, row: row, column: inner.column + 1)
            row += 1
        }
        let keys = (form.isNew ? SessionFormKeys.newSession : SessionFormKeys.correction).keyBar
        grid.write(keys.map { $0.key + " " + text($0.label, ui) }.joined(separator: " · "), row: inner.bottom - 3,
                   column: inner.column + 1, maxWidth: inner.width - 2)
        if let problem = form.problem {
            for (i, line) in Wrapping.wrap(text(problem, ui), width: inner.width - 2).prefix(2).enumerated() {
                grid.write(line, row: inner.bottom - 2 + i, column: inner.column + 1, style: Style(bold: true, role: .warning))
            }
        }
    }
}
