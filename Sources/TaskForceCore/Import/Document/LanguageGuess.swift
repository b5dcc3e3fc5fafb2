/// Tells the language of a run of words from the words that occur in it most: the short
/// function words of each language (articles, prepositions, pronouns), which no two of
/// these languages share often. Words both languages use (`de`, `in`, `is`) are left out.
public enum LanguageGuess {
    static let functionWords: [String: Set<String>] = [
        "fr": ["le", "la", "les", "des", "du", "et", "est", "un", "une", "pour", "par", "dans", "sur",
               "au", "aux", "qui", "que", "ou", "sont", "il", "elle", "ne", "pas", "ce", "cette",
               "son", "sa", "ses", "leur", "avec", "à", "l", "d", "présent", "présente", "été"],
        "nl": ["het", "een", "van", "voor", "met", "wordt", "worden", "zijn", "door", "bij",
               "aan", "of", "dat", "die", "deze", "niet", "ook", "naar", "om", "te", "tot", "wet",
               "hun", "zij", "kan", "onder", "over", "uit", "als", "heeft", "bedoeld"],
        "en": ["the", "and", "of", "to", "shall", "be", "by", "for", "with", "this", "that", "which",
               "or", "any", "an", "are", "under", "section", "from"],
        "de": ["der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "des", "ein",
               "eine", "wird", "werden", "auf", "für", "nach", "oder", "sich", "zu"],
    ]

    /// Counts per language for these words, as lower-case words without punctuation.
    static func counts<S: Sequence>(_ words: S) -> [String: Int] where S.Element: StringProtocol {
        var counts: [String: Int] = [:]
        for raw in words {
            for piece in raw.lowercased().split(whereSeparator: { !$0.isLetter }) {
                let word = String(piece)
                for (language, set) in functionWords where set.contains(word) {
                    counts[language, default: 0] += 1
                }
            }
        }
        return counts
    }

    /// The language of these words when one clearly leads (at least `minimum` hits and
    /// twice the next), otherwise nil.
    static func language<S: Sequence>(of words: S, minimum: Int = 3) -> String? where S.Element: StringProtocol {
        let ranked = counts(words).sorted { $0.value > $1.value }
        guard let best = ranked.first, best.value >= minimum else { return nil }
        let second = ranked.dropFirst().first?.value ?? 0
        return best.value >= 2 * second ? best.key : nil
    }

    /// Words that are function words in one language and ordinary words in another
    /// (French `met`, "puts"; `te`, "you"): never proof of a foreign sentence.
    static let sharedSpellings: Set<String> = ["met", "te", "die", "of", "over"]

    /// The words here that are function words of `other` and not of `language`:
    /// used to prove that an article body holds no words of the other language.
    public static func foreignWords<S: Sequence>(in words: S, language: String, other: String) -> [String]
    where S.Element: StringProtocol {
        guard let own = functionWords[language], let foreign = functionWords[other] else { return [] }
        var found: [String] = []
        for raw in words {
            for piece in raw.lowercased().split(whereSeparator: { !$0.isLetter }) {
                let word = String(piece)
                if foreign.contains(word), !own.contains(word), !sharedSpellings.contains(word) { found.append(word) }
            }
        }
        return found
    }
}
