/// One language version of a law or bill, split into its parts (ARCHITECTURE: Texts).
///
/// Every non-blank line of the source belongs to exactly one part: the front matter,
/// the preamble, a structure heading, an article, or the closing matter. The line
/// numbers kept on each part let errors and tests point back at the file.
public struct SplitText: Sendable, Equatable {
    /// From the front matter `title:`, else the first Markdown heading or first line.
    public var title: String
    /// `key: value` pairs of the front matter block, in file order.
    public var frontMatter: [(key: String, value: String)]
    /// Everything before the first article that is not a structure heading.
    public var preamble: Part
    /// Book/title/chapter/section headings, in file order.
    public var headings: [StructureHeading]
    public var articles: [Article]
    /// Signatures, promulgation formula, annexes.
    public var closing: Part
    /// Problems that do not stop the split (a duplicate number).
    public var problems: [TextProblem]
    /// Things a reader should know but that are not wrong: a table of contents that was
    /// skipped, a second instrument found after the closing matter.
    public var notices: [TextProblem] = []

    public init(
        title: String, frontMatter: [(key: String, value: String)] = [], preamble: Part = Part(),
        headings: [StructureHeading] = [], articles: [Article] = [], closing: Part = Part(),
        problems: [TextProblem] = []
    ) {
        self.title = title
        self.frontMatter = frontMatter
        self.preamble = preamble
        self.headings = headings
        self.articles = articles
        self.closing = closing
        self.problems = problems
    }

    public func frontMatterValue(_ key: String) -> String? {
        frontMatter.first { $0.key == key }?.value
    }

    public func article(numbered number: String) -> Article? {
        articles.first { $0.number == number }
    }

    public static func == (lhs: SplitText, rhs: SplitText) -> Bool {
        lhs.title == rhs.title && lhs.preamble == rhs.preamble && lhs.headings == rhs.headings
            && lhs.articles == rhs.articles && lhs.closing == rhs.closing
            && lhs.problems == rhs.problems && lhs.notices == rhs.notices
            && lhs.frontMatter.map(\.key) == rhs.frontMatter.map(\.key)
            && lhs.frontMatter.map(\.value) == rhs.frontMatter.map(\.value)
    }
}

/// A run of source lines kept as text (preamble, closing matter).
public struct Part: Sendable, Equatable {
    /// The lines, right-trimmed, blank lines kept between paragraphs.
    public var text: String
    /// 1-based numbers of the non-blank source lines this part covers.
    public var lines: [Int]

    public init(text: String = "", lines: [Int] = []) {
        self.text = text
        self.lines = lines
    }

    public var isEmpty: Bool { lines.isEmpty }
}

/// A book, title, chapter or section heading above articles.
public struct StructureHeading: Sendable, Equatable {
    /// 1 = book/part … 5 = sub-section; Markdown headings use their `#` count.
    public var level: Int
    /// As shown in the structural path, e.g. `CHAPITRE II. - Des contrats`.
    public var text: String
    /// 1-based source lines (two when the title is on the line after the number).
    public var lines: [Int]
    /// Text between the heading and the next article (Justel footnotes on the heading).
    public var notes: Part

    public init(level: Int, text: String, lines: [Int], notes: Part = Part()) {
        self.level = level
        self.text = text
        self.lines = lines
        self.notes = notes
    }
}

public struct Article: Sendable, Equatable {
    /// Normalised number, the article's key everywhere: `1`, `5bis`, `371/1`.
    public var number: String
    /// The label as written in the source, e.g. `Art. 5bis.` or `Article 1er`.
    public var label: String
    /// A heading when the text gives one (`Article 1` / `Subject matter` in EU texts).
    public var heading: String?
    /// Structure headings above the article, outermost first.
    public var path: [String]
    /// The body, kept as a range of the file where it can be (`ArticleBody`).
    public var body: ArticleBody
    /// 1-based numbers of the non-blank source lines the article covers (label first).
    public var lines: [Int]

    public init(number: String, label: String, heading: String? = nil, path: [String] = [],
                text: String, lines: [Int]) {
        self.init(number: number, label: label, heading: heading, path: path, body: ArticleBody(text), lines: lines)
    }

    init(number: String, label: String, heading: String?, path: [String], body: ArticleBody, lines: [Int]) {
        self.number = number
        self.label = label
        self.heading = heading
        self.path = path
        self.body = body
        self.lines = lines
    }

    /// The body: what follows the label (and heading), lines right-trimmed.
    public var text: String {
        get { body.text }
        set { body = ArticleBody(newValue) }
    }

    /// Line of the label, for messages.
    public var line: Int { lines.first ?? 0 }

    /// SHA-256 of the NFC, whitespace-folded body; see `Fingerprint`.
    public var fingerprint: String { Fingerprint.of(text) }
}

/// Something wrong with a text that does not stop it from being read.
public struct TextProblem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, the one-sentence form used on the command line.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
