import TaskForceCore

/// The second language version shown next to the current one on a wide screen: the next
/// version after the current one, so that F5 (next version) moves both panes along.
extension ReviewModel {
    public var companionVersionIndex: Int? {
        guard let count = currentText?.versions.count, count > 1 else { return nil }
        return (versionIndex + 1) % count
    }

    public var companionLanguage: String? {
        companionVersionIndex.flatMap { currentText?.versions[$0].language }
    }

    public var currentLanguage: String? {
        guard let t = currentText, t.versions.indices.contains(versionIndex) else { return nil }
        return t.versions[versionIndex].language
    }

    /// The current article in the companion version (versions share numbering); nil when
    /// that version lacks it.
    public var companionArticle: Article? {
        guard let version = companionVersionIndex, let index = companionArticleIndex else { return nil }
        return currentText?.versions[version].split.articles[index]
    }

    /// Where `companionArticle` is in the companion version's articles.
    var companionArticleIndex: Int? {
        guard let index = companionVersionIndex, let number = currentArticle?.number else { return nil }
        return currentText?.versions[index].split.articles.firstIndex { $0.number == number }
    }
}
