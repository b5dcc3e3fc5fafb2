/// Recognises a table of contents at the head of a text: a run of article labels with
/// (almost) no text of their own, after which the numbering starts again from the
/// first one (`Art. 1-3` in a Justel page's contents, then `Art. 1.` of the text).
/// Taking its entries for articles would give the text's numbers twice.
enum TableOfContents {
    /// The last line (1-based) of the contents, or nil when the text opens with none.
    static func end(in articles: [Article]) -> Int? {
        guard articles.count >= 2 else { return nil }
        let first = ArticleNumber.Key(articles[0].number)
        guard let firstBase = first.base else { return nil }
        // Contents entries are one line at most: a label, perhaps a heading or a page.
        for k in 1..<articles.count {
            let entry = articles[k - 1]
            guard !entry.text.contains("\n"), entry.text.utf8.count <= 160 else { return nil }
            let key = ArticleNumber.Key(articles[k].number)
            guard key.base == firstBase, !(first < key) else { continue }
            // One entry alone is contents only when it says nothing (`Art. 1-3`): `Art. 5.
            // Un.` then `Art. 5. Deux.` is a duplicate, reported as such.
            if k == 1, !articles[0].text.isEmpty { return nil }
            return articles[0..<k].flatMap(\.lines).max()
        }
        return nil
    }
}
