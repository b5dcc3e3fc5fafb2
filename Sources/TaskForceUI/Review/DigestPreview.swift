import TaskForceCore

/// The digest preview for staff (`D`): a summary table of every article with its counts,
/// then the digest as the Markdown export has it. Read-only; it is built outside `update`
/// (the `.buildDigest` effect) from the annotations the screen holds at that moment, and arrives
/// as `Content`. Until then `content` is nil.
public struct DigestPreview: Sendable, Equatable {
    /// The text whose digest this is: a result for another text is not shown.
    public var textID: TextID
    public var content: Content?
    /// First line shown (the preview scrolls).
    public var scroll = 0
    /// The content as lines of the current width, kept so that a key or a frame does not
    /// wrap a long digest again (thousands of comments make tens of thousands of lines).
    var wrapped: Wrapped?

    struct Wrapped: Sendable, Equatable {
        var width: Int
        var lines: [DigestPreviewView.Line]
    }

    public init(textID: TextID, content: Content? = nil) {
        self.textID = textID
        self.content = content
    }

    /// What the `.buildDigest` effect sends back.
    public struct Content: Sendable, Equatable {
        /// Every article of the text, annotated or not, in the text's order.
        public var rows: [SummaryRow]
        /// The Markdown digest, one entry per line, as exported (not yet sanitized: the
        /// view sanitizes everything it draws).
        public var markdown: [String]

        public init(rows: [SummaryRow], markdown: [String]) {
            self.rows = rows
            self.markdown = markdown
        }

        /// The preview of `digest`, built from `text`: its articles in the order the digest
        /// uses (the version it quotes, then any found only in another version), each with
        /// the digest's counts, and `markdown` split into lines.
        public init(text: TextLibrary.LegalText, digest: Digest, markdown: String) {
            let counts = Dictionary(digest.articles.map { ($0.number, $0.counts) }, uniquingKeysWith: { a, _ in a })
            let rows = DigestBuilder.articleOrder(of: text, language: digest.language).map { article in
                SummaryRow(number: article.number, heading: article.heading ?? "",
                           counts: counts[article.number] ?? StanceCounts())
            }
            var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }  // the document's final line end
            self.init(rows: rows, markdown: lines)
        }

        /// The preview of `text`'s digest with labels in `language`: the same digest, and
        /// the same Markdown, as an export would write.
        public static func build(text: TextLibrary.LegalText, annotations: [Annotation],
                                 sessions: [String: SessionRecord], keys: Authority.SessionKeys? = nil,
                                 language: UILanguage) -> Content {
            let digest = DigestBuilder.build(text: text, annotations: annotations, sessions: sessions, keys: keys,
                                             options: DigestBuilder.Options(language: language))
            return Content(text: text, digest: digest, markdown: DigestMarkdown.render(digest))
        }

        /// The counts of all the articles added up (orphans are not articles of the text).
        public var total: StanceCounts {
            rows.reduce(into: StanceCounts()) { $0 += $1.counts }
        }
    }

    /// One article in the summary table.
    public struct SummaryRow: Sendable, Equatable {
        public var number: String
        public var heading: String
        public var counts: StanceCounts

        public init(number: String, heading: String, counts: StanceCounts = StanceCounts()) {
            self.number = number
            self.heading = heading
            self.counts = counts
        }
    }
}
