import TaskForceCore

/// Keys while the notes of an article are open (F4). ↑/↓ choose a comment; "me too" works
/// on anyone's comment but one's own, once; change and withdraw only on comments written
/// during this run, and withdrawing asks to press the key again.
enum NotesUpdate {
    static func update(_ model: inout ReviewModel, _ key: Key) -> [ReviewEffect] {
        guard var pane = model.notes else { return [] }
        let notes = model.currentNotes
        if pane.articleNumber != model.currentArticle?.number {
            // Another article was chosen meanwhile (go to, search): its notes, from the top.
            pane = NotesPane(articleNumber: model.currentArticle?.number ?? "")
        }
        pane.selected = min(pane.selected, max(0, notes.count - 1))
        model.notes = pane
        let selected = notes.indices.contains(pane.selected) ? notes[pane.selected].annotation : nil

        if pane.confirmingWithdrawal {
            model.notes?.confirmingWithdrawal = false
            if let selected, key == .character("x") || key == .function(9) { return [.withdraw(selected, model.writerKeys)] }
            return []  // any other key keeps the comment
        }
        switch key {
        case .up, .character("k"):
            model.notes?.selected = max(0, pane.selected - 1)
        case .down, .character("j"):
            model.notes?.selected = min(max(0, notes.count - 1), pane.selected + 1)
        case .home, .character("g"):
            model.notes?.selected = 0
        case .end, .character("G"):
            model.notes?.selected = max(0, notes.count - 1)
        case .escape, .left, .character("h"), .function(4), .character("c"):
            model.notes = nil
        case .function(7), .character("m"):
            guard let selected else { return [] }
            if model.mine.contains(selected.id) {
                model.status = .notesOwnComment
            } else if model.endorsedByMe.contains(selected.id) {
                model.status = .notesAlreadyMeToo
            } else {
                return [.endorse(selected, model.writerKeys)]
            }
        case .function(8), .character("e"):
            guard let selected else { return [] }
            guard model.mine.contains(selected.id) else {
                model.status = .onlyOwnComments
                return []
            }
            model.notes = nil
            model.composer = Composer(editing: selected)
        case .function(9), .character("x"):
            guard let selected else { return [] }
            guard model.mine.contains(selected.id) else {
                model.status = .onlyOwnComments
                return []
            }
            model.notes?.confirmingWithdrawal = true
            model.status = .confirmWithdraw
        case .function(2), .character("a"), .function(5), .character("L"):
            // Writing a comment or changing language: from the reader, notes closed for `a`.
            if key == .function(2) || key == .character("a") { model.notes = nil }
            ReviewUpdate.updateReader(&model, key)
        default:
            break
        }
        return []
    }
}
