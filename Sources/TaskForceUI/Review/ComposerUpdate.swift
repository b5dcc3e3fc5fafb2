import TaskForceCore

/// Keys while the composer is open. Tab moves between stance, themes and comment; in the
/// comment every printable key is text. Ctrl-S saves, Esc goes back to reading and keeps
/// what was typed for later.
enum ComposerUpdate {
    static func update(_ model: inout ReviewModel, _ key: Key) -> [ReviewEffect] {
        guard var composer = model.composer else { return [] }
        defer { if model.composer != nil { model.screen = .reader(.composer(composer)) } }
        if KioskUpdate.close(&model, &composer, key) { return [] }
        let action = ComposerKeys.map.action(for: key)
        switch action {
        case .quit?:
            model.screen = .reader(.composer(composer))
            return ReviewUpdate.quit(&model)
        case .close? where composer.warning != nil:
            // "Go back and change it": the warning closes, the comment is ready to edit.
            composer.warning = nil
            composer.field = .comment
            return []
        case .close?:
            if let id = model.currentText?.id, !model.kiosk {
                model.unfinished[DraftKey(textID: id, article: composer.articleNumber)] = composer.isEmpty ? nil : composer
            }
            model.closePanel()
            return []
        case .save?:
            return save(&composer, model)
        case .nextField?:
            composer.field = next(composer.field, in: composer.fields, by: 1)
            return []
        case .previousField?:
            composer.field = next(composer.field, in: composer.fields, by: -1)
            return []
        case .proposeWording?:
            proposeWording(&composer, model)
            return []
        case .language?:
            composer.language = nextLanguage(after: composer.language, model)
            return []
        default: break
        }
        // Any change makes an earlier warning or problem stale.
        composer.warning = nil
        composer.problem = nil
        // Typing right after `a` (or on the themes) writes the comment: a letter is never lost
        // on a row that has no use for it (issue 15, item 3). Digits 1-4 still choose a position.
        if case .character = key, action == nil, composer.field == .stance || composer.field == .themes {
            composer.field = .comment
        }
        switch composer.field {
        case .stance:
            let all = Stance.allCases
            let current = composer.stance.flatMap(all.firstIndex) ?? -1
            switch action {
            case .nextChoice?: composer.stance = all[min(all.count - 1, current + 1)]
            case .previousChoice?: composer.stance = all[max(0, current - 1)]
            case .chooseStance?:
                if case .character(let c) = key, let n = Int(String(c)), all.indices.contains(n - 1) { composer.stance = all[n - 1] }
            case .confirm?: composer.field = .themes
            default: break
            }
        case .themes:
            let all = Theme.allCases
            switch action {
            case .nextChoice?: composer.themeCursor = min(all.count - 1, composer.themeCursor + 1)
            case .previousChoice?: composer.themeCursor = max(0, composer.themeCursor - 1)
            case .tick?:
                let theme = all[composer.themeCursor]
                if composer.themes.contains(theme) { composer.themes.remove(theme) } else { composer.themes.insert(theme) }
            case .confirm?: composer.field = .comment
            default: break
            }
        case .comment:
            composer.comment.apply(key)
        case .proposal:
            composer.proposal?.apply(key)
        }
        return []
    }

    /// F5: the next language the comment may be written in.
    static func nextLanguage(after language: String, _ model: ReviewModel) -> String {
        var choices = model.currentText?.versions.map(\.language) ?? []
        for code in [model.uiLanguage.rawValue] + Composer.commonLanguages where !choices.contains(code) { choices.append(code) }
        guard let i = choices.firstIndex(of: language) else { return choices.first ?? language }
        return choices[(i + 1) % choices.count]
    }

    static func next(_ field: Composer.Field, in fields: [Composer.Field], by step: Int) -> Composer.Field {
        guard let i = fields.firstIndex(of: field) else { return fields[0] }
        return fields[(i + step + fields.count) % fields.count]
    }

    /// F6: opens the proposed wording prefilled with the article's text, or goes to it. On
    /// the proposed wording, F6 takes it away again if nothing was changed in it.
    static func proposeWording(_ composer: inout Composer, _ model: ReviewModel) {
        guard let article = model.currentArticle else { return }
        if let proposal = composer.proposal {
            if composer.field == .proposal, isUnchanged(proposal.text, article) {
                composer.proposal = nil
                composer.field = .comment
            } else {
                composer.field = .proposal
            }
            return
        }
        composer.proposal = TextEditor(article.text)
        composer.field = .proposal
    }

    /// A proposal equal to the article's text (spaces aside) proposes nothing.
    static func isUnchanged(_ proposal: String, _ article: Article) -> Bool {
        func words(_ s: String) -> [Substring] { s.split(whereSeparator: \.isWhitespace) }
        return words(proposal) == words(article.text)
    }

    /// Checks, warns once about identifying details, then asks for the save.
    static func save(_ composer: inout Composer, _ model: ReviewModel) -> [ReviewEffect] {
        guard composer.stance != nil else {
            composer.problem = .composerNeedsStance
            composer.field = .stance
            return []
        }
        let body = composer.comment.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else {
            composer.problem = .composerEmpty
            composer.field = .comment
            return []
        }
        guard let text = model.currentText, let article = model.currentArticle,
              article.number == composer.articleNumber.rawValue else { return [] }
        var proposal: String?
        if let wording = composer.proposal?.text, !isUnchanged(wording, article) {
            proposal = wording.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard body.count <= AnnotationRules.maximumBodyLength,
              (proposal?.count ?? 0) <= AnnotationRules.maximumProposalLength else {
            composer.problem = .composerTooLong
            return []
        }
        if composer.warning == nil {
            // The proposed wording is read too: a name or number can hide in it as well.
            var kinds: [IdentifyingDetails.Kind] = []
            for finding in IdentifyingDetails.find(in: body + "\n" + (proposal ?? ""))
            where !kinds.contains(finding.kind) { kinds.append(finding.kind) }
            if !kinds.isEmpty {
                composer.warning = kinds  // the next Ctrl-S saves anyway
                return []
            }
        }
        return [.saveComment(model.commentToSave(textID: text.id, article: composer.articleNumber, fingerprint: article.fingerprint,
                                                 composer: composer, body: body, proposal: proposal))]
    }
}
