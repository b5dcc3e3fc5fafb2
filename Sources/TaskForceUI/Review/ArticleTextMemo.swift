import Foundation
import TaskForceCore

/// The articles of one text as the reader draws them, prepared once instead of at every
/// frame: the wrapped lines of an article at a pane width, the sanitized number and
/// heading of every article for the list, and the sanitized title for the title line.
/// Sanitizing and wrapping the current article and sanitizing the 58 rows of the list
/// took most of the time of one keystroke on a large bill (BENCHMARKS.md, "One keystroke
/// on the review screen").
///
/// A pure memo. It keeps its own copy of the articles it was made with and never changes
/// them; every answer is a function of that copy and of the arguments only, and is the
/// same as computing it afresh (`ArticlePane.lines`, `Sanitizer.sanitize`). So sharing one
/// memo between copies of a `TextEntry` cannot be observed, and `view` stays a pure
/// function of the model. `TextEntry` makes a new memo whenever its versions change.
final class ArticleTextMemo: @unchecked Sendable {
    /// The sanitized number and heading of an article, as its row of the list shows them.
    struct ListEntry: Sendable {
        var number: String
        var heading: String
    }

    private struct LinesKey: Hashable {
        var version: Int
        var article: Int
        var width: Int
    }

    /// Wrapped articles kept at most: a long session with many resizes forgets them all
    /// and starts again rather than growing without end.
    static let maximumWrapped = 512

    /// The articles of each version, as given.
    private let articles: [[Article]]
    /// The title of each version, sanitized (a few strings: made at once).
    private let titles: [String]
    /// Guards `wrapped` and `list`, which `ReviewModel` being Sendable may share between threads.
    private let lock = NSLock()
    private var wrapped: [LinesKey: [String]] = [:]
    private var list: [Int: [ListEntry]] = [:]

    init(_ versions: [(language: String, split: SplitText)]) {
        articles = versions.map(\.split.articles)
        titles = versions.map { Sanitizer.sanitize($0.split.title) }
    }

    /// The sanitized title of version `version`; nil when there is no such version.
    func title(version: Int) -> String? {
        titles.indices.contains(version) ? titles[version] : nil
    }

    /// `ArticlePane.lines` of article `article` of version `version` at `width` columns.
    func lines(version: Int, article: Int, width: Int) -> [String] {
        let key = LinesKey(version: version, article: article, width: width)
        if let lines = lock.withLock({ wrapped[key] }) { return lines }
        let lines = ArticlePane.lines(articles[version][article], width: width)
        lock.withLock {
            if wrapped.count >= Self.maximumWrapped { wrapped.removeAll(keepingCapacity: true) }
            wrapped[key] = lines
        }
        return lines
    }

    /// The heading of an article for the list; one without a heading (most bills) is named
    /// by the first words of its text, so that the list is not a column of bare numbers.
    static func listHeading(_ article: Article) -> String {
        if let heading = article.heading, !heading.isEmpty { return heading }
        // maxSplits: the first eight words, without splitting the rest of a long article.
        let words = article.text.split(maxSplits: 8, whereSeparator: \.isWhitespace).prefix(8)
        return words.joined(separator: " ")
    }

    /// The list rows of every article of version `version`, sanitized.
    func listEntries(version: Int) -> [ListEntry] {
        if let entries = lock.withLock({ list[version] }) { return entries }
        let entries = articles[version].map {
            ListEntry(number: Sanitizer.sanitize($0.number), heading: Sanitizer.sanitize(Self.listHeading($0)))
        }
        lock.withLock { list[version] = entries }
        return entries
    }
}
