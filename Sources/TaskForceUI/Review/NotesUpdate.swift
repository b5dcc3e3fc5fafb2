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
        model.screen = .reader(.notes(pane))
        let selected = notes.indices.contains(pane.selected) ? notes[pane.selected].annotation : nil

        if pane.confirmingWithdrawal {
            model.updateNotes { $0.confirmingWithdrawal = false }
            // The same key again (F9 or x, from the notes' table) confirms.
            if let selected, NotesKeys.map(facilitator: model.facilitator != nil).action(for: key) == .withdraw {
                return [.withdraw(selected, model.writerKeys)]
            }
            return []  // any other key keeps the comment
        }
        let action = NotesKeys.map(facilitator: model.facilitator != nil).action(for: key)
        // A comment unfolded by the facilitator folds again as soon as the selection moves.
        if [.up, .down, .top, .bottom].contains(action) { model.updateNotes { $0.unfolded = nil } }
        switch action {
        case .up?: model.updateNotes { $0.selected = SelectableList.moved(pane.selected, .up, count: notes.count) }
        case .down?: model.updateNotes { $0.selected = SelectableList.moved(pane.selected, .down, count: notes.count) }
        case .top?: model.updateNotes { $0.selected = SelectableList.moved(pane.selected, .top, count: notes.count) }
        case .bottom?: model.updateNotes { $0.selected = SelectableList.moved(pane.selected, .bottom, count: notes.count) }
        case .close?:
            model.closePanel()
        case .meToo?:
            guard let selected else { return [] }
            if model.mine.contains(selected.id) {
                model.status = .say(.notesOwnComment)
            } else if model.endorsedByMe.contains(selected.id) {
                model.status = .say(.notesAlreadyMeToo)
            } else {
                return [.endorse(selected, model.writerKeys)]
            }
        case .edit?:
            guard let selected else { return [] }
            guard model.mine.contains(selected.id) else {
                model.status = .say(.onlyOwnComments)
                return []
            }
            model.screen = .reader(.composer(Composer(editing: selected)))
        case .withdraw?:
            guard let selected else { return [] }
            guard model.mine.contains(selected.id) else {
                model.status = .say(.onlyOwnComments)
                return []
            }
            model.updateNotes { $0.confirmingWithdrawal = true }
            model.status = .say(.confirmWithdraw)
        case .annotate?:
            // Writing a comment: from the reader, notes closed.
            model.closePanel()
            ReviewUpdate.updateReader(&model, key)
        case .nextLanguage?:
            ReviewUpdate.updateReader(&model, key)
        case .unfold?:
            guard let selected else { return [] }
            model.updateNotes { $0.unfolded = $0.unfolded == selected.id ? nil : selected.id }
        case .quit?, .hide?, .hands?, .leaveOut?, .duplicate?, nil:
            break  // done before the notes' own keys (everywhere; FacilitatorUpdate)
        }
        return []
    }
}
