/// The language of a comment saved without saying it (`taskforce annotate` without
/// `--language`) on a text in several languages (issue 14, item 6): taking the text's first
/// language labelled a Dutch comment on the French-Dutch bill FR, and the digest counts
/// comments by language.
public enum CommentLanguage {
    /// The one of `languages` whose short function words (`LanguageGuess`) the comment uses
    /// clearly most: at least one, and twice as many as any other. Nil when the words do
    /// not tell (a comment of two words, or a mix); the caller then says what it recorded.
    public static func guess(_ body: String, among languages: [String]) -> String? {
        let counts = LanguageGuess.counts(body.split(whereSeparator: \.isWhitespace))
        let ranked = languages.map { (language: $0, hits: counts[$0] ?? 0) }.sorted { $0.hits > $1.hits }
        guard let best = ranked.first, best.hits >= 1 else { return nil }
        let second = ranked.dropFirst().first?.hits ?? 0
        return best.hits >= 2 * second ? best.language : nil
    }
}
