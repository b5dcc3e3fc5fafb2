/// A person's name where the writer introduces themself: "je m'appelle Marie", "mon nom est
/// Dupont", "ik heet Els", "mijn naam is Jan de Vries", "my name is Sophie", "I am called
/// Ana", and, with a capitalised name only, "je suis Marie Dupont", "ik ben Fatima", "I am
/// Maria", "I'm Ana", "moi c'est Nina"; and someone else's name, capitalised: "le gérant
/// s'appelle Marc", "hij heet Tom", "her name is Ana". Only the name is found, not the words
/// before it.
///
/// Names cannot be told from words by their letters, so only these introductions are read,
/// and only the words right after one (a space, a comma or a colon between), never after a
/// sentence's end: "je suis inquiète", "ik ben bang", "I am not sure" stay, and so do
/// "je suis Belge", "I am Catholic" (nationalities, religions and a few common words that
/// people capitalise are listed in `notNames`), and capitals-only words after the weak
/// introductions (`je suis TDS`: abbreviations).
///
/// - After the strong introductions ("m'appelle", "nom est", "heet", "naam is", "name is",
///   "called") the first word is a name in any case ("je m'appelle marie"), unless listed;
/// - after the weak ones ("je suis", "ik ben", "I am", "I'm", "moi c'est", and those naming
///   someone else: "s'appelle", "son nom est", "hij heet", "his name is", "se llama") it
///   must start with a capital;
/// - the name goes on over capitalised words and particles before one (`Jan de Vries`,
///   `Marie-Claire D'Angelo`), four words at most.
enum PersonName {
    /// Introductions, as words; `m'appelle` is `m`, `appelle` (the apostrophe is a gap).
    static let strong: [[String]] = [
        ["m", "appelle"], ["mon", "nom", "est"], ["mon", "prénom", "est"], ["ik", "heet"], ["mijn", "naam", "is"],
        ["mijn", "voornaam", "is"], ["my", "name", "is"], ["am", "called"], ["m", "called"], ["me", "llamo"],
    ]
    /// Weak too: someone else named ("le gérant s'appelle Marc", "hij heet Tom", "her name is
    /// Ana"): as identifying as one's own name, but "ça s'appelle comment" is no name.
    static let weak: [[String]] = [
        ["je", "suis"], ["ik", "ben"], ["i", "am"], ["i", "m"], ["moi", "c", "est"],
        ["s", "appelle"], ["son", "nom", "est"], ["hij", "heet"], ["zij", "heet"], ["ze", "heet"],
        ["his", "name", "is"], ["her", "name", "is"], ["se", "llama"],
    ]

    /// The last word of every introduction, and whether it is a strong one, for
    /// `DetailPrefilter` and for a quick first look here.
    static let lastWords: [String: [(words: [String], strong: Bool)]] = {
        var table: [String: [(words: [String], strong: Bool)]] = [:]
        for t in strong { table[t.last!, default: []].append((t, true)) }
        for t in weak { table[t.last!, default: []].append((t, false)) }
        return table
    }()

    /// Words that follow an introduction and are no name, written with a capital or not.
    static let notNames: Set<String> = [
        // English.
        "not", "the", "a", "an", "very", "so", "here", "there", "also", "still", "just", "really", "too", "afraid",
        "worried", "scared", "sure", "sorry", "happy", "tired", "angry", "ok", "okay", "against", "for", "in", "at",
        "from", "with", "one", "no", "yes", "sex", "worker", "human", "mother", "mom", "woman", "man", "anonymous",
        "belgian", "french", "dutch", "flemish", "walloon", "english", "british", "american", "african", "european",
        "romanian", "bulgarian", "nigerian", "moroccan", "brazilian", "spanish", "italian", "polish", "thai",
        "chinese", "latina", "latino", "muslim", "christian", "catholic", "jewish", "black", "white", "trans", "gay",
        "lesbian", "queer", "undocumented", "important", "secret", "irrelevant", "private",
        // French.
        "pas", "très", "trop", "aussi", "encore", "ici", "là", "contre", "pour", "une", "un", "la", "le", "les", "en",
        "de", "du", "dans", "à", "sans", "comme", "inquiète", "inquiet", "belge", "française", "français", "roumaine",
        "roumain", "bulgare", "nigériane", "nigérian", "marocaine", "marocain", "africaine", "africain",
        "européenne", "européen", "brésilienne", "brésilien", "espagnole", "espagnol", "italienne", "polonaise",
        "thaïlandaise", "chinoise", "musulmane", "musulman", "chrétienne", "chrétien", "catholique", "juive",
        "juif", "noire", "noir", "blanche", "blanc", "travailleuse", "travailleur", "escort", "mère", "maman",
        "femme", "homme", "sûre", "sûr", "désolée", "désolé", "fatiguée", "bruxelloise", "bruxellois", "wallonne",
        "flamande", "sans-papiers", "indépendante", "indépendant", "anonyme", "confidentiel", "moi", "elle", "lui",
        // Dutch.
        "niet", "ook", "heel", "erg", "zeer", "bang", "boos", "blij", "hier", "daar", "tegen", "voor", "een", "het",
        "belg", "belgisch", "belgische", "nederlands", "nederlandse", "nederlander", "roemeens", "roemeense",
        "bulgaars", "bulgaarse", "marokkaans", "marokkaanse", "nigeriaans", "nigeriaanse", "afrikaans",
        "afrikaanse", "europees", "europese", "braziliaans", "braziliaanse", "spaans", "spaanse", "moslim",
        "christen", "katholiek", "joods", "zwart", "wit", "sekswerker", "moeder", "mama", "vrouw", "vlaming",
        "brusselaar", "zelfstandige", "anoniem", "geheim", "belangrijk", "zo", "al", "nog", "wel", "dus", "je", "u",
        "jullie", "iedereen", "welkom",
    ]

    /// Small words inside a name, before a capitalised one: `Jan de Vries`, `Ana da Silva`.
    static let particles: Set<String> = ["de", "du", "des", "la", "le", "van", "der", "den", "von", "di", "da", "del", "dos", "ten", "ter", "el", "al", "bin", "ben"]

    /// Names after an introduction, as (start, end) in folded offsets, skipping `taken`.
    static func find(_ chars: FoldedText, taken: [Bool]) -> [(Int, Int)] {
        let words = Self.words(chars)
        var found: [(Int, Int)] = []
        var k = 0
        while k + 1 < words.count {
            defer { k += 1 }
            let w = words[k]
            guard w.end - w.start <= 7, let triggers = lastWords[chars.lowercased(w.start, w.end)],
                  let isStrong = introduction(endingAt: k, words, chars, triggers) else { continue }
            let first = words[k + 1]
            guard introductionGap(chars, w.end, first.start), !(w.start..<first.end).contains(where: { taken[$0] }) else { continue }
            guard let end = name(startingAt: k + 1, words, chars, strong: isStrong, taken: taken) else { continue }
            found.append((first.start, end.offset))
            k = end.word
        }
        return found
    }

    /// Whether an introduction ends at word `k`: strong (true), weak (false) or none (nil).
    private static func introduction(endingAt k: Int, _ words: [(start: Int, end: Int)], _ chars: FoldedText,
                                     _ triggers: [(words: [String], strong: Bool)]) -> Bool? {
        var best: Bool?
        for t in triggers where k + 1 >= t.words.count {
            let matched = (1..<t.words.count).allSatisfy { back in
                let a = words[k - back], b = words[k - back + 1]
                return wordGap(chars, a.end, b.start) && chars.lowercased(a.start, a.end) == t.words[t.words.count - 1 - back]
            }
            if matched { best = (best ?? false) || t.strong }
        }
        return best
    }

    /// The rest of a name from word `k`: (offset of its end, its last word), or nil when word
    /// `k` is not a name.
    private static func name(startingAt k: Int, _ words: [(start: Int, end: Int)], _ chars: FoldedText, strong: Bool,
                             taken: [Bool]) -> (offset: Int, word: Int)? {
        var last = piece(k, words, chars)
        let first = chars.lowercased(words[k].start, words[last].end)
        guard !notNames.contains(first) else { return nil }
        if !strong {
            guard chars[words[k].start].isUppercase else { return nil }
            // `TDS`, `CPAS`: abbreviations, not names.
            let letters = chars[words[k].start..<words[last].end].filter(\.isLetter)
            guard letters.count < 2 || !letters.allSatisfy(\.isUppercase) else { return nil }
        }
        var count = 1
        var next = last + 1
        while count < 4, next < words.count, nameGap(chars, words[next - 1].end, words[next].start) {
            // Up to two particles (`van den Berg`) before a capitalised word.
            var candidate = next
            while candidate - next < 2, particles.contains(chars.lowercased(words[candidate].start, words[candidate].end)),
                  candidate + 1 < words.count, nameGap(chars, words[candidate].end, words[candidate + 1].start) {
                candidate += 1
            }
            let s = words[candidate].start
            guard chars[s].isUppercase, !notNames.contains(chars.lowercased(s, words[candidate].end)),
                  !(words[next].start..<words[candidate].end).contains(where: { taken[$0] }) else { break }
            last = piece(candidate, words, chars)
            next = last + 1
            count += 1
        }
        guard !(words[k].start..<words[last].end).contains(where: { taken[$0] }) else { return nil }
        return (words[last].end, last)
    }

    /// The last word of a name piece from word `k`: words joined by one `-` or apostrophe
    /// (`Marie-Claire`, `D'Angelo`).
    private static func piece(_ k: Int, _ words: [(start: Int, end: Int)], _ chars: FoldedText) -> Int {
        var j = k
        while j + 1 < words.count, words[j + 1].start - words[j].end == 1, "-'\u{2019}".contains(chars[words[j].end]) { j += 1 }
        return j
    }

    /// Between the words of an introduction: one or two spaces, or an apostrophe (`m'appelle`, `I'm`).
    private static func wordGap(_ chars: FoldedText, _ end: Int, _ start: Int) -> Bool {
        let gap = chars[end..<start]
        return (1...2).contains(gap.count) && gap.allSatisfy { $0 == " " || $0 == "'" || $0 == "\u{2019}" }
    }

    /// Between an introduction and the name: spaces, a comma or a colon (`mon nom est : Marie`).
    private static func introductionGap(_ chars: FoldedText, _ end: Int, _ start: Int) -> Bool {
        let gap = chars[end..<start]
        return (1...3).contains(gap.count) && gap.allSatisfy { $0 == " " || $0 == "," || $0 == ":" } && gap.last == " "
    }

    /// Between the words of a name: one space.
    private static func nameGap(_ chars: FoldedText, _ end: Int, _ start: Int) -> Bool {
        start - end == 1 && chars[end] == " "
    }

    /// Maximal runs of letters.
    static func words(_ chars: FoldedText) -> [(start: Int, end: Int)] {
        var words: [(start: Int, end: Int)] = []
        var i = 0
        while i < chars.count {
            guard chars.isLetter(i) else { i += 1; continue }
            let s = i
            while i < chars.count, chars.isLetter(i) { i += 1 }
            words.append((s, i))
        }
        return words
    }
}
