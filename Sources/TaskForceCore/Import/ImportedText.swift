/// A law or bill read from a foreign format (Akoma Ntoso, Formex, BWB, Justel…), before it is written
/// into `Texts/` (ARCHITECTURE: Texts).
///
/// It is neutral on purpose: importers say what the source says (title, articles,
/// structure headings) and `rendered()` turns that into the one file layout the splitter
/// reads, so the project has a single article splitter and a single text format.
public struct ImportedText: Sendable, Equatable {
    /// One line, e.g. `Data Retention and Investigatory Powers Act 2014`.
    public var title: String
    /// BCP 47 primary tag: `en`, `fr`, `nl`, `de`.
    public var language: String
    /// Front matter after the title, in order: `source`, `date`, and any other key.
    public var metadata: [(key: String, value: String)]
    /// Paragraphs before the first article (preface, citations, recitals).
    public var preamble: [String]
    public var units: [ImportedUnit]
    /// Signatures, "Done at Brussels", annexes: one paragraph per entry.
    public var closing: [String]
    /// The article numbers the source itself declares (Akoma Ntoso: its `article` or
    /// `section` units; Justel: its `Art.N` anchors), normalised. The import command
    /// re-splits the rendered file and compares, so a text the splitter reads
    /// differently from its source is caught instead of being written.
    public var expectedNumbers: [String]
    /// The parts left out (short phrases the import command prints).
    public var leftOut: [String] = []

    public init(
        title: String, language: String, metadata: [(key: String, value: String)] = [],
        preamble: [String] = [], units: [ImportedUnit] = [], closing: [String] = [],
        expectedNumbers: [String]? = nil, leftOut: [String] = []
    ) {
        self.leftOut = leftOut
        self.title = title
        self.language = language
        self.metadata = metadata
        self.preamble = preamble
        self.units = units
        self.closing = closing
        self.expectedNumbers = expectedNumbers ?? units.compactMap(\.articleNumber)
    }

    public func metadataValue(_ key: String) -> String? {
        metadata.first { $0.key == key }?.value
    }

    /// The articles, in order, with their heading (nil when the source gives none).
    public var articles: [(number: String, heading: String?)] {
        units.compactMap {
            if case let .article(_, number, heading, _) = $0 { return (number, heading) }
            return nil
        }
    }

    public static func == (lhs: ImportedText, rhs: ImportedText) -> Bool {
        lhs.title == rhs.title && lhs.language == rhs.language
            && lhs.metadata.map(\.key) == rhs.metadata.map(\.key)
            && lhs.metadata.map(\.value) == rhs.metadata.map(\.value)
            && lhs.preamble == rhs.preamble && lhs.units == rhs.units
            && lhs.closing == rhs.closing && lhs.expectedNumbers == rhs.expectedNumbers
            && lhs.leftOut == rhs.leftOut
    }
}

/// What follows the preamble, in reading order.
public enum ImportedUnit: Sendable, Equatable {
    /// A book, part, title or chapter heading; level 1 is the outermost (at most 6).
    /// `text` joins number and title: `CHAPTER I - Subject matter - Scope - Definitions`.
    case heading(level: Int, text: String)
    /// `label` as the text writes it (`Article 1`, `Art. 5bis.`, `Section 3`); `number`
    /// normalised (`1`, `5bis`, `3`); `body` one paragraph or point per entry.
    case article(label: String, number: String, heading: String?, body: [String])
    /// Lines handed to the splitter unchanged, for sources whose articles only the
    /// splitter can find (a Justel page is one run of `<BR>` lines).
    case rawLines([String])

    var articleNumber: String? {
        if case let .article(_, number, _, _) = self { return number }
        return nil
    }
}
