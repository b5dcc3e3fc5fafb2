/// Justel's editorial marks in consolidated Belgian texts (ARCHITECTURE: Texts). They stay in the
/// article text, because they are part of what the official database publishes, but
/// the reader can show them apart (dimmed) so that participants read the law itself.
public enum JustelMarks {
    public enum Kind: Sendable, Equatable {
        /// `[1` … `]1`: the brackets around text inserted or replaced by amendment 1.
        case amendmentBracket
        /// `<L 1999-05-04/60, art. 3, 024; En vigueur : 01-01-2000>`: the amending act.
        case amendmentReference
        /// `(Abrogé)`, `(opgeheven)`, `[Abrogé]`: a repealed provision.
        case repealed
        /// `----------` and the footnotes below it.
        case footnoteSeparator
    }

    public struct Mark: Sendable, Equatable {
        public var kind: Kind
        public var range: Range<String.Index>
    }

    /// The marks in `text`, in order. Recognition is conservative: an unmatched `<` or
    /// a bracket not followed by a digit is left alone.
    public static func marks(in text: String) -> [Mark] {
        var marks: [Mark] = []
        var i = text.startIndex
        while i < text.endIndex {
            let rest = text[i...]
            if let end = amendmentBracket(rest) {
                marks.append(Mark(kind: .amendmentBracket, range: i..<end))
                i = end
            } else if rest.hasPrefix("<"), let close = rest.firstIndex(of: ">"),
                      isAmendmentReference(text[text.index(after: i)..<close]) {
                let end = text.index(after: close)
                marks.append(Mark(kind: .amendmentReference, range: i..<end))
                i = end
            } else if let end = repealed(rest) {
                marks.append(Mark(kind: .repealed, range: i..<end))
                i = end
            } else if rest.hasPrefix("----------"), i == text.startIndex || text[text.index(before: i)] == "\n" {
                let end = rest.firstIndex(of: "\n") ?? text.endIndex
                marks.append(Mark(kind: .footnoteSeparator, range: i..<end))
                i = end
            } else {
                i = text.index(after: i)
            }
        }
        return marks
    }

    /// `[1`, `]1`, `[2`, `]12` …: a bracket touching the amendment's number.
    private static func amendmentBracket(_ s: Substring) -> String.Index? {
        guard let first = s.first, first == "[" || first == "]" else { return nil }
        let digits = s.dropFirst().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        return digits.endIndex
    }

    /// `L 1999-05-04/60, art. 3`, `19-12-1980, art. 84`, `Abrogé par L 2013-03-17/14 …`.
    private static func isAmendmentReference(_ inside: Substring) -> Bool {
        guard inside.count < 400, !inside.contains("<"), !inside.contains("\n") else { return false }
        return inside.contains("art.") || inside.contains("En vigueur") || inside.contains("Inwerkingtreding")
            || inside.hasPrefix("L ") || inside.hasPrefix("W ") || inside.hasPrefix("AR ") || inside.hasPrefix("KB ")
    }

    private static let repealWords = ["(Abrogé)", "(abrogé)", "[Abrogé]", "(Opgeheven)", "(opgeheven)", "[Opgeheven]"]

    private static func repealed(_ s: Substring) -> String.Index? {
        for word in repealWords where s.hasPrefix(word) {
            return s.index(s.startIndex, offsetBy: word.count)
        }
        return nil
    }
}
