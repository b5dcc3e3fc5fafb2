import TaskForceCore

/// Annotations saved by anyone since the screen opened, as the folder watch found them
/// (the watch and the reading run outside `update`, which gets `ReviewMsg.annotationsArrived`).
/// The counts and notes of each article an arrival touches are folded again from everything
/// known on that article (`KnownAnnotations.currentComments`, as the start-up load folds
/// each article), so an endorsement, an edit
/// or a withdrawal from another terminal counts exactly as it will after a restart, and one
/// arrival costs the size of its article, not of the folder. The open notes pane keeps its
/// selected comment.
extension ReviewUpdate {
    static func annotationsArrived(_ model: inout ReviewModel, _ annotations: [Annotation]) {
        // A shared laptop never shows the others' comments, not even their number.
        guard !model.kiosk else { return }
        let touched = model.known.insert(annotations)
        guard !touched.isEmpty else { return }
        let selected = model.notes.flatMap { pane in
            model.currentNotes.indices.contains(pane.selected) ? model.currentNotes[pane.selected].annotation.id : nil
        }
        for key in touched {
            guard let t = model.texts.firstIndex(where: { $0.id == key.text }) else { continue }
            let comments = model.known.currentComments(on: key, catalogue: catalogue(of: model.texts[t], article: key.article),
                                                       sessions: model.sessionKeys)
            model.texts[t].replaceNotes(of: key.article, with: comments)
        }
        guard let selected, var pane = model.notes else { return }
        // The same comment stays selected, whatever came in before it in id order; if it
        // was edited meanwhile, its new version.
        let notes = model.currentNotes
        if let i = notes.firstIndex(where: { $0.annotation.id == selected || $0.replaced.contains(selected) }) {
            pane.selected = i
        } else {
            pane.selected = min(pane.selected, max(0, notes.count - 1))
        }
        model.screen = .reader(.notes(pane))
    }

    /// The fingerprints of one article in every version of its text: all that folding the
    /// annotations of that article needs (an article's fingerprint is computed from its text,
    /// so the whole text's would cost more than the fold itself).
    static func catalogue(of text: ReviewModel.TextEntry, article: ArticleNumber) -> CurrentView.Catalogue {
        var fingerprints: Set<String> = []
        for version in text.versions {
            for a in version.split.articles where a.number == article.rawValue { fingerprints.insert(a.fingerprint) }
        }
        return [text.id: fingerprints.isEmpty ? [:] : [article: fingerprints]]
    }

    /// The articles' fingerprints of the texts on screen, for `CurrentView`.
    static func catalogue(of texts: [ReviewModel.TextEntry]) -> CurrentView.Catalogue {
        var catalogue: CurrentView.Catalogue = [:]
        for text in texts {
            var articles: [ArticleNumber: Set<String>] = [:]
            for version in text.versions {
                for a in version.split.articles {
                    if let number = a.annotationNumber { articles[number, default: []].insert(a.fingerprint) }
                }
            }
            catalogue[text.id] = articles
        }
        return catalogue
    }
}
