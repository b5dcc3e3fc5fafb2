/// A cheap look at a text, before `IdentifyingDetails.find` folds it and runs every detector:
/// most comments hold no digit, no `@` and no run of number words, and for those the answer
/// is known without folding (on a digest of 100,000 comments, folding and detecting was a
/// third of the time). It never says "nothing" where a detector could find something; when
/// in doubt it says "maybe", and `find` does its full work.
///
/// It reads only texts of plain characters: printable ASCII, line feeds, and the letters of
/// Latin-1 (`é`, `ü`, `ç`: U+00C0–U+00FF, written as two bytes `C3 80`–`C3 BF`), which
/// `FoldedText` keeps as they are. Anything else (another script, a look-alike digit, an
/// invisible character, a full-width sign, a control) answers "maybe". In a plain text:
///
/// - phone numbers, IBANs, national and account numbers all need a digit, and a digit of a
///   plain text is an ASCII digit: none, none of these;
/// - an e-mail address needs an `@` (or `%40`, an entity with `&`), or one of the words
///   `EmailPattern` takes for it. A bare `at` only counts when a domain follows it: a
///   mail provider's name, or a word followed by a dot form (`.`, a bracket, `dot`,
///   `point`, `punt`, `punkt`); "at risk who" cannot be an address;
/// - a name needs an introduction (`PersonName`): its words in a row, and for a weak one
///   (`je suis`, `I am`) a next word with a capital;
/// - a spelled-out number needs nine digits' worth, and no number word is worth more than
///   three (`hundred`, `doscientos`): so three number words in one stretch (joined only by
///   the separators `SpelledNumber` allows, or its joining words: `et`, `and`, `y`, `e`…).
///   The number words and the joining words are `SpelledNumber`'s own, read from its lists,
///   so a language added there is known here. Romanian with diacritics and Bulgarian are
///   not plain text: "maybe", and `find` reads them.
///
/// `DetailPrefilterTests` checks, on the whole catalogue of details and on thousands of
/// generated texts, that whenever it says "nothing", `find` finds nothing.
enum DetailPrefilter {
    /// False only when `IdentifyingDetails.find` would certainly find nothing in `text`.
    static func mayHoldDetail(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayHoldDetail(bytes: $0) }
    }

    private static func mayHoldDetail(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The words of the text: maximal runs of letters, with what lies between them.
        var words: [(start: Int, end: Int)] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if isASCIILetter(b) || b == 0xC3 {
                let start = i
                while i < bytes.count {
                    if isASCIILetter(bytes[i]) { i += 1; continue }
                    // A Latin-1 letter; any other non-ASCII byte is no plain text.
                    guard bytes[i] == 0xC3 else { break }
                    guard i + 1 < bytes.count, (0x80...0xBF).contains(bytes[i + 1]), bytes[i + 1] != 0x97, bytes[i + 1] != 0xB7
                    else { return true }
                    i += 2
                }
                words.append((start, i))
                continue
            }
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "@"), UInt8(ascii: "%"), UInt8(ascii: "&"):
                return true
            case 0x0A, 0x20..<0x7F:
                i += 1
            default:
                return true  // a control, or a character outside plain text
            }
        }
        var chain = 0
        var previous: [PackedWord?] = []
        for (k, w) in words.enumerated() {
            let word = PackedWord(bytes, w)
            let lists = lists(of: word)
            defer { previous.append(word); if previous.count > 2 { previous.removeFirst() } }
            // A name after an introduction: a strong one, or a weak one before a capital.
            if lists.contains(.introduction), let word, let triggers = introductions[word] {
                for t in triggers where t.words.count - 1 <= previous.count
                    && zip(t.words.dropLast().reversed(), previous.reversed()).allSatisfy({ $0 == $1 }) {
                    if t.strong || k + 1 < words.count && startsWithCapital(bytes, words[k + 1].start) { return true }
                }
            }
            if lists.contains(.at) {
                if word != atWord || domainFollows(bytes, after: w.end, words: words, from: k + 1) { return true }
            }
            // Spelled numbers: count the number words of one stretch.
            if k > 0, !joinsNumbers(bytes, words[k - 1].end, w.start) { chain = 0 }
            if lists.contains(.number) || isDutchCompound(bytes, w) {
                chain += 1
                if chain >= 3 { return true }
            } else if !lists.contains(.joiner) {
                chain = 0
            }
        }
        return false
    }

    /// `A`–`Z`, or a Latin-1 capital (`C3 80`–`C3 9E`, not ×): what `Character.isUppercase` says of them.
    private static func startsWithCapital(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        if bytes[i] >= 0x41 && bytes[i] <= 0x5A { return true }
        return bytes[i] == 0xC3 && i + 1 < bytes.count && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9E && bytes[i + 1] != 0x97
    }

    private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// A word's bytes lower-cased (A–Z, and Latin-1 capitals `C3 80`–`C3 9E`, not ×) and
    /// packed into two integers: looked up in the lists without making an array of each
    /// word of every comment (that, and hashing it byte by byte, was most of the prefilter's
    /// time). No word of the lists is longer than 16 bytes, so a longer word is in none.
    struct PackedWord: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0

        static let capacity = 16

        /// Nil when the word is longer than `capacity` bytes.
        init?(_ bytes: UnsafeBufferPointer<UInt8>, _ w: (start: Int, end: Int)) {
            guard w.end - w.start <= Self.capacity else { return nil }
            var k = w.start
            var lowerNext = false
            while k < w.end {
                var b = bytes[k]
                if lowerNext {
                    if b <= 0x9E { b += 0x20 }
                    lowerNext = false
                } else if b == 0xC3 {
                    lowerNext = true
                } else if b >= 0x41 && b <= 0x5A {
                    b += 0x20
                }
                append(b)
                k += 1
            }
        }

        /// Whether a listed word can be a word of a plain text at all (ASCII and Latin-1
        /// letters only): words of other scripts make the text "maybe" before any lookup.
        static func isPlain(_ word: String) -> Bool {
            word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || (0xDF...0xFF).contains($0.value) && $0.value != 0xF7 }
        }

        /// A word of the lists, already lower-case.
        init(listed word: String) {
            let bytes = Array(word.utf8)
            precondition(bytes.count <= Self.capacity, "a listed word longer than PackedWord holds")
            for b in bytes { append(b) }
        }

        private mutating func append(_ b: UInt8) {
            if count < 8 { low |= UInt64(b) << (8 * count) } else { high |= UInt64(b) << (8 * (count - 8)) }
            count += 1
        }
    }

    /// `SpelledNumber` goes on from one token to the next over one to three of these, and
    /// only these (a joining word is checked by the caller).
    private static func joinsNumbers(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, _ start: Int) -> Bool {
        let gap = start - end
        guard gap >= 1 && gap <= 3 else { return false }
        return bytes[end..<start].allSatisfy {
            switch $0 {
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "/"), 0x0A: true
            default: false
            }
        }
    }

    /// After a bare `at`: a domain `EmailPattern` would take, i.e. a mail provider's name, or
    /// a label followed by a dot form. Looked at loosely (more "maybe" than needed).
    private static func domainFollows(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int,
                                      words: [(start: Int, end: Int)], from next: Int) -> Bool {
        // `(at)`, `[at]`, `<at>`: a sure `@`, whatever follows.
        var p = end
        while p < bytes.count, bytes[p] == UInt8(ascii: " ") { p += 1 }
        if p < bytes.count, ")]}>".utf8.contains(bytes[p]) { return true }
        guard next < words.count else { return false }
        let label = words[next]
        if lists(of: PackedWord(bytes, label)).contains(.provider) { return true }
        // The label runs on over letters and `-`, up to a `-dot-`; then at most two spaces or underscores.
        var e = label.end
        while e < bytes.count {
            if bytes[e] == UInt8(ascii: "-") {
                if dashedDotWord(bytes, e) { return true }
                e += 1
            } else if isASCIILetter(bytes[e]) { e += 1 } else if bytes[e] == 0xC3 { e += 2 } else { break }
        }
        var j = e
        while j < bytes.count, j - e < 2, bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "_") { j += 1 }
        guard j < bytes.count else { return false }
        if dashedDotWord(bytes, j) { return true }
        if "([{<".utf8.contains(bytes[j]) { return true }
        if bytes[j] == UInt8(ascii: ".") {
            // A dot goes on to a next label, after spaces or underscores at most.
            var k = j + 1
            while k < bytes.count, bytes[k] == UInt8(ascii: " ") || bytes[k] == UInt8(ascii: "_") { k += 1 }
            return k < bytes.count && (isASCIILetter(bytes[k]) || bytes[k] == 0xC3)
        }
        guard let dot = words.first(where: { $0.start == j }) else { return false }
        return lists(of: PackedWord(bytes, dot)).contains(.dot)
    }

    /// `-dot-`, `--punt`: one or two dashes and a dot word (looked at loosely).
    private static func dashedDotWord(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var k = i
        while k < bytes.count, k - i < 2, bytes[k] == UInt8(ascii: "-") { k += 1 }
        guard k > i else { return false }
        var e = k
        while e < bytes.count, isASCIILetter(bytes[e]) { e += 1 }
        return e > k && lists(of: PackedWord(bytes, (k, e))).contains(.dot)
    }

    /// Dutch compounds (`vierendertig`) all end in `tig`: the last three bytes, lower-cased
    /// (the second byte of a Latin-1 letter is never an ASCII letter).
    private static func isDutchCompound(_ bytes: UnsafeBufferPointer<UInt8>, _ w: (start: Int, end: Int)) -> Bool {
        guard w.end - w.start > 3 else { return false }
        return bytes[w.end - 3] | 0x20 == UInt8(ascii: "t") && bytes[w.end - 2] | 0x20 == UInt8(ascii: "i")
            && bytes[w.end - 1] | 0x20 == UInt8(ascii: "g")
    }

    /// The lists a word is on: one lookup per word, and none for a word whose length and
    /// first letter no listed word has (most words of a comment).
    struct Lists: OptionSet {
        let rawValue: UInt8
        static let at = Lists(rawValue: 1), dot = Lists(rawValue: 2), provider = Lists(rawValue: 4)
        static let joiner = Lists(rawValue: 8), number = Lists(rawValue: 16)
        /// The last word of an introduction (`appelle`, `heet`, `is`): `introductions` says which.
        static let introduction = Lists(rawValue: 32)
    }

    private static func lists(of word: PackedWord?) -> Lists {
        guard let word, startsListed[word.count * 256 + Int(word.low & 0xFF)] else { return [] }
        return listed[word] ?? []
    }

    private static let atWord = PackedWord(listed: "at")
    private static let listed: [PackedWord: Lists] = {
        var listed: [PackedWord: Lists] = [:]
        func add(_ words: some Sequence<String>, _ list: Lists) {
            for w in words.map(\.precomposedStringWithCanonicalMapping) where PackedWord.isPlain(w) {
                listed[PackedWord(listed: w), default: []].insert(list)
            }
        }
        add(EmailPattern.atWords, .at)
        add(EmailPattern.dotWords, .dot)
        add(EmailPattern.providers, .provider)
        add(SpelledNumber.joiners, .joiner)
        add(SpelledNumber.words.keys, .number)
        add(PersonName.lastWords.keys, .introduction)
        return listed
    }()
    /// The introductions by their last word, their words packed like the text's.
    private static let introductions: [PackedWord: [(words: [PackedWord?], strong: Bool)]] =
        PersonName.lastWords.reduce(into: [:]) { table, entry in
            guard PackedWord.isPlain(entry.key) else { return }
            table[PackedWord(listed: entry.key)] = entry.value.map { t in
                (words: t.words.map { PackedWord.isPlain($0) ? PackedWord(listed: $0) : nil }, strong: t.strong)
            }
        }
    /// By byte length and first byte: whether some listed word has both.
    private static let startsListed: [Bool] = {
        var table = [Bool](repeating: false, count: (PackedWord.capacity + 1) * 256)
        for w in listed.keys { table[w.count * 256 + Int(w.low & 0xFF)] = true }
        return table
    }()
}
