import Foundation
import TaskForceCore

/// A one-line question on the bottom row: a word to search for, or an article number to
/// go to. While it is open, keys are its text.
public struct Prompt: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case search, goTo }
    public var kind: Kind
    public var input = ""

    public init(kind: Kind) { self.kind = kind }
}

/// Searching the current language version: case and accents do not matter (`securite`
/// finds `Sécurité`), nor whether the word is in the heading or the text.
enum ArticleSearch {
    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    static func matches(_ term: String, in split: SplitText) -> [Int] {
        let needle = fold(term.trimmingCharacters(in: .whitespaces))
        guard !needle.isEmpty else { return [] }
        return split.articles.indices.filter { i in
            let a = split.articles[i]
            return fold(a.label + " " + (a.heading ?? "") + " " + a.text).contains(needle)
        }
    }
}

enum PromptUpdate {
    static func update(_ model: inout ReviewModel, _ key: Key) {
        guard var prompt = model.prompt else { return }
        switch PromptKeys.map.action(for: key) {
        case .cancel?:
            model.closePanel()
            return
        case .erase?:
            if !prompt.input.isEmpty { prompt.input.removeLast() }
        case .submit?:
            model.closePanel()
            finish(prompt, &model)
            return
        case nil:
            if case .character(let c) = key { prompt.input.append(c) }
        }
        model.screen = .reader(.prompt(prompt))
    }

    static func finish(_ prompt: Prompt, _ model: inout ReviewModel) {
        guard let split = model.currentSplit else { return }
        switch prompt.kind {
        case .search:
            model.searchTerm = prompt.input
            nextMatch(&model, after: model.articleIndex - 1)
        case .goTo:
            let number = ArticleNumber.normalise(prompt.input)
            if let i = split.articles.firstIndex(where: { $0.number == number }) {
                ReviewUpdate.selectArticle(&model, i)
            } else {
                model.status = .noSuchArticle(typed: prompt.input)
            }
        }
    }

    /// Selects the next article (after `index`, wrapping) that matches the search, and says
    /// how many match.
    static func nextMatch(_ model: inout ReviewModel, after index: Int) {
        guard let term = model.searchTerm, let split = model.currentSplit else { return }
        let found = ArticleSearch.matches(term, in: split)
        guard let next = found.first(where: { $0 > index }) ?? found.first else {
            model.status = .say(.searchNoMatch)
            return
        }
        ReviewUpdate.selectArticle(&model, next)
        model.status = found.count == 1 ? .say(.searchOneMatch) : .searchMatches(count: found.count)
    }
}
