/// Article numbers as the splitter reads them and as every other part of taskforce
/// uses them: the normalised key (`1`, `5bis`, `371/1`, `136quinquies`) and an order
/// that follows how laws number their articles (5 < 5bis < 5ter < 5/1 < 6).
///
/// A value is a number an annotation may carry: 1 to 40 of `a`–`z`, `0`–`9`, `/`, `-`, `:`.
/// The splitter keeps its numbers as strings (it runs for every article of every text);
/// they become this type where they meet annotations. Not `Comparable`: the law's order is
/// `Key`, and the digest lists orphans in the order of the characters (`rawValue`).
public struct ArticleNumber: Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String

    /// Nil when `value` is not a normalised article number.
    public init?(_ value: String) {
        guard Self.isValid(value) else { return nil }
        rawValue = value
    }

    static func isValid(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 40 && s.utf8.allSatisfy {
            ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2F || $0 == 0x2D || $0 == 0x3A
        }
    }

    public var description: String { rawValue }

    /// Latin multiplicative adverbs used as suffixes (`5bis`), longest first so that
    /// `quater` does not stop `quaterdecies` short. Their rank orders `bis` < `ter` < ...
    static let latinSuffixes: [StaticString] = [
        "quinquiesdecies", "septiesdecies", "noniesdecies", "octiesdecies", "sexiesdecies",
        "quaterdecies", "duodevicies", "undevicies", "terdecies", "duodecies", "quindecies",
        "quinquies", "undecies", "sedecies", "septies", "sexies", "octies", "novies", "nonies",
        "decies", "vicies", "quater", "bis", "ter",
    ]
    /// The same, with their first bytes for the splitter's quick test.
    static let latinSuffixList = WordList(latinSuffixes)

    /// Rank of each suffix in counting order (bis = 2, ter = 3, ...), for sorting. A switch,
    /// not a dictionary: the first `1er` of each text built the dictionary, and its type, for
    /// about a tenth of a millisecond of every `parse` (BENCHMARKS: issue 16).
    static func suffixRank(_ suffix: String) -> Int? {
        switch suffix {
        case "bis": 2
        case "ter": 3
        case "quater": 4
        case "quinquies": 5
        case "sexies": 6
        case "septies": 7
        case "octies": 8
        case "novies", "nonies": 9
        case "decies": 10
        case "undecies": 11
        case "duodecies": 12
        case "terdecies": 13
        case "quaterdecies": 14
        case "quinquiesdecies", "quindecies": 15
        case "sexiesdecies", "sedecies": 16
        case "septiesdecies": 17
        case "octiesdecies", "duodevicies": 18
        case "noniesdecies", "undevicies": 19
        case "vicies": 20
        default: nil
        }
    }

    /// Normalises a number as written after the keyword: `1er` → `1`, `136Quinquies` →
    /// `136quinquies`, `5 bis` → `5bis`, `premier` → `1`.
    public static func normalise(_ written: String) -> String {
        // Most numbers are plain digits: nothing to do (this runs for every article).
        if !written.isEmpty, written.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return written }
        // Digits then one lower-case letter or Latin suffix (`4a`, `5bis`): already normal,
        // and the steps below would only say so after comparing dozens of suffixes.
        if let digits = written.utf8.firstIndex(where: { $0 < 0x30 || $0 > 0x39 }), digits != written.utf8.startIndex {
            let tail = written[digits...]
            if tail.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
               tail.utf8.count == 1 || suffixRank(String(tail)) != nil { return written }
        }
        var s = written.lowercased().filter { !$0.isWhitespace }
        while let last = s.last, last == "." || last == ":" { s.removeLast() }
        if s == "premier" || s == "première" || s == "eerste" || s == "first" { return "1" }
        // The French ordinal of 1 only ("1er", "1re"); "1e" is not used for articles.
        for ordinal in ["er", "re"] where s.hasSuffix(ordinal) {
            let stem = s.dropLast(2)
            if let c = stem.last, c.isNumber { return String(stem) }
        }
        // `1er bis` → `1bis`.
        for ordinal in ["er", "re"] {
            for suffix in latinSuffixes {
                let word = "\(suffix)"
                guard s.hasSuffix(ordinal + word) else { continue }
                let stem = s.dropLast(ordinal.count + word.count)
                if !stem.isEmpty, stem.allSatisfy(\.isNumber) { return String(stem) + word }
            }
        }
        // `1er A` (French Senate) → `1a`: the ordinal goes, the letters stay.
        for ordinal in ["era", "rea", "eraa", "reaa"] where s.hasSuffix(ordinal) {
            let stem = s.dropLast(ordinal.count)
            if let c = stem.last, c.isNumber, stem.allSatisfy(\.isNumber) { return String(stem) + ordinal.dropFirst(2) }
        }
        return s
    }

    /// A sort key: numeric parts compared as numbers, suffixes by rank.
    public struct Key: Comparable, Sendable {
        /// A number of digits only (nearly every article) is its value, with no array: the
        /// splitter makes a key for every label, and an array each was a heap block made
        /// and freed per article of a code. Any other number keeps its parts.
        private enum Storage: Sendable {
            case plain(Int)
            case parts([Int])
        }
        private let storage: Storage

        public init(_ number: String) {
            var value = 0
            var plain = !number.isEmpty
            for c in number.utf8 {
                guard c >= 0x30 && c <= 0x39 else { plain = false; break }
                value = value &* 10 &+ Int(c - 0x30)  // wrapping, as the parts below
            }
            storage = plain ? .plain(value) : .parts(Key.parts(of: number))
        }

        /// Normalised numbers are ASCII (`5bis`, `371/1`): read their bytes; anything
        /// else is a letter run or a separator just the same.
        private static func parts(of number: String) -> [Int] {
            var parts: [Int] = []
            var digits = 0
            var inDigits = false
            var letters: [UInt8] = []
            func flushLetters() {
                guard !letters.isEmpty else { return }
                let word = String(decoding: letters, as: UTF8.self)
                if let rank = ArticleNumber.suffixRank(word) {
                    parts.append(-1_000 + rank)  // a suffix sorts after the bare number
                } else if letters.count == 1 {
                    parts.append(-1_000 + Int(letters[0]) - 96)  // 4a, 4b ...
                } else if letters.allSatisfy({ $0 == letters[0] }) {
                    // 18aa after 18a and before 18b: the letter, then once more for each repeat.
                    for _ in letters { parts.append(-1_000 + Int(letters[0]) - 96) }
                } else {
                    parts.append(-1_000 + 500)
                }
                letters.removeAll(keepingCapacity: true)
            }
            for c in number.utf8 {
                if c >= 0x30 && c <= 0x39 {
                    flushLetters()
                    digits = digits &* 10 &+ Int(c - 0x30)
                    inDigits = true
                } else {
                    if inDigits { parts.append(digits); digits = 0; inDigits = false }
                    if (c >= 0x61 && c <= 0x7A) || c >= 0x80 {
                        letters.append(c)
                    } else {
                        flushLetters()
                        parts.append(-2_000)  // separators: "/" and "-" (5/1 after 5bis)
                    }
                }
            }
            if inDigits { parts.append(digits) }
            flushLetters()
            return parts
        }

        private var count: Int {
            switch storage {
            case .plain: return 1
            case .parts(let parts): return parts.count
            }
        }

        private func part(_ i: Int) -> Int? {
            switch storage {
            case .plain(let value): return i == 0 ? value : nil
            case .parts(let parts): return i < parts.count ? parts[i] : nil
            }
        }

        /// The leading number (5 for `5bis`, 371 for `371/1`), or nil.
        var base: Int? { part(0).flatMap { $0 >= 0 ? $0 : nil } }

        public static func < (a: Key, b: Key) -> Bool {
            if case .plain(let x) = a.storage, case .plain(let y) = b.storage { return x < y }
            // A missing part sorts first (5 < 5bis); suffixes (-1000+rank) before
            // separators would be wrong, so map them into an order: bare < suffix < sub.
            func rank(_ v: Int?) -> (Int, Int) {
                guard let v else { return (0, 0) }
                if v >= 0 { return (3, v) }
                if v == -2_000 { return (2, 0) }
                return (1, v)
            }
            for i in 0..<max(a.count, b.count) {
                let x = rank(a.part(i))
                let y = rank(b.part(i))
                if x != y { return x < y }
            }
            return false
        }

        public static func == (a: Key, b: Key) -> Bool { !(a < b) && !(b < a) }
    }
}

/// A bare JSON string, as in every file taskforce writes.
extension ArticleNumber: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let number = ArticleNumber(try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an article number")
        }
        self = number
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Article {
    /// The number as annotations carry it, nil when no annotation could (made on demand:
    /// the splitter itself keeps its strings).
    public var annotationNumber: ArticleNumber? { ArticleNumber(number) }
}
