/// The parts of a comment that the Markdown and HTML writers (`DigestPage.Comment.markdown`,
/// `.html`) put in the same order and differ only by their marks: the line of facts, and
/// each proposed wording's legend and redline. Every value goes through `escape`.
extension DigestPage.Comment {
    enum Fact { case themes, agreed, alsoSaid, earlier, session }

    /// After the comment's language: each fact with what it is, for a format that marks
    /// some of them (HTML).
    var facts: [(fact: Fact, text: String)] {
        let all: [(Fact, String?)] = [(.themes, hasThemes ? themes : nil), (.agreed, agreed), (.alsoSaid, alsoSaid),
                                      (.earlier, earlier), (.session, session)]
        return all.compactMap { fact, text in text.map { (fact, $0) } }
    }
}

extension DigestPage.Wording {
    typealias Marks = (open: String, close: String)

    /// "label · FR (legend)", the label between `strong` marks; the language only for a
    /// duplicate's wording.
    func legendLine(_ escape: (String) -> String, strong: Marks) -> String {
        strong.open + escape(label) + strong.close + (fromDuplicate ? " · " + escape(language) : "")
            + " (" + escape(legend) + ")"
    }

    /// Every piece followed by a space: kept words as they are, the others between marks.
    func redlineText(_ escape: (String) -> String, deleted: Marks, inserted: Marks) -> String {
        var out = ""
        for piece in redline {
            if let kept = piece.kept { out += escape(kept) + " " }
            if let text = piece.deleted { out += deleted.open + escape(text) + deleted.close + " " }
            if let text = piece.inserted { out += inserted.open + escape(text) + inserted.close + " " }
        }
        return out
    }
}
