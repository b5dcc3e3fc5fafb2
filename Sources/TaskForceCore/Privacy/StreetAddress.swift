/// A street and a house number, as written in Belgium, France, the Netherlands and in
/// English: the number is what makes a street an address, so a street without one
/// ("dans la rue", "op de Grote Markt") is left alone.
///
/// - the kind of street first, then its name with a capital, the number after or before:
///   `rue Neuve 12`, `rue de la Loi 16`, `chaussée d'Ixelles, 100`, `12 rue Neuve`,
///   `12, avenue Louise`, `bd Anspach 1`;
/// - the name first, then the kind: `Grote Markt 1`, `Baker Street 221`, `10 Downing Street`;
/// - Dutch compounds: `Nieuwstraat 12`, `Sint-Jansplein 5`, `Gentsesteenweg 100`, `Louizalaan 5`
///   (in any case for `straat`, `laan`, `steenweg`, `plein`…, with a capital for the endings
///   that end other words too: `weg`, `baan`, `markt`, `lei`).
///
/// The number is one to four digits, with a letter (`12a`, not `20h`), `bis`, `ter` or a
/// box (`12/3`, `12-14`). The name needs a capital: "la rue la nuit 3 fois" is no address,
/// "rue neuve 12" typed all in lower case is not found either.
enum StreetAddress {
    /// Kinds of street written before the name.
    static let before: Set<String> = [
        "rue", "avenue", "av", "ave", "chaussée", "chée", "boulevard", "bd", "bld", "bvd", "place", "pl", "square", "quai",
        "impasse", "allée", "chemin", "drève", "galerie", "parvis", "route", "sentier", "rond-point",
    ]
    /// Kinds of street written after the name, as a word of their own.
    static let after: Set<String> = [
        "street", "st", "road", "rd", "avenue", "ave", "lane", "square", "drive", "boulevard", "place", "terrace",
        "straat", "laan", "steenweg", "plein", "lei", "dreef", "kaai", "weg", "baan", "dijk", "gracht", "markt", "kade",
        "singel", "vest", "plaats", "strasse", "straße",
    ]
    /// Endings of Dutch compounds that are a street in any case.
    static let endings = ["straat", "laan", "steenweg", "plein", "dreef", "kaai", "gracht", "kade", "singel", "strasse", "straße"]
    /// Endings that end other words too (`onderweg`, `loopbaan`, `arbeidsmarkt`): with a capital only.
    static let capitalEndings = ["weg", "baan", "dijk", "markt", "lei", "vest", "plaats"]
    /// Small words inside a street's name.
    static let particles: Set<String> = [
        "de", "du", "des", "la", "le", "les", "l", "d", "aux", "au", "sur", "en", "van", "der", "den", "het", "ten", "ter", "of",
        "the", "op", "sint", "saint", "sainte", "st",
    ]

    private enum Token: Equatable { case word, number }

    /// Addresses, as (start, end) in folded offsets, skipping `taken`.
    static func find(_ chars: FoldedText, taken: [Bool]) -> [(Int, Int)] {
        // Letter runs (joined by `-` into one word: `Sint-Jansplein`, `rond-point`) and digit runs.
        var tokens: [(start: Int, end: Int, kind: Token)] = []
        var i = 0
        while i < chars.count {
            if taken[i] { i += 1; continue }
            let s = i
            if chars.isDigit(i) {
                while i < chars.count, !taken[i], chars.isDigit(i) { i += 1 }
                tokens.append((s, i, .number))
            } else if chars.isLetter(i) {
                while i < chars.count, !taken[i],
                      chars.isLetter(i) || chars[i] == "-" && i + 1 < chars.count && chars.isLetter(i + 1) && i > s { i += 1 }
                tokens.append((s, i, .word))
            } else {
                i += 1
            }
        }
        guard tokens.contains(where: { $0.kind == .number }) else { return [] }
        var found: [(Int, Int)] = []
        var used = [Bool](repeating: false, count: tokens.count)
        func word(_ k: Int) -> String? {
            k >= 0 && k < tokens.count && tokens[k].kind == .word ? chars.lowercased(tokens[k].start, tokens[k].end) : nil
        }
        func capital(_ k: Int) -> Bool { tokens[k].kind == .word && chars[tokens[k].start].isUppercase }
        func gap(_ a: Int, _ b: Int) -> ArraySlice<Character> { chars[tokens[a].end..<tokens[b].start] }
        /// Within a name: a space, or an apostrophe (`d'Ixelles`).
        func nameGap(_ a: Int, _ b: Int) -> Bool {
            let g = gap(a, b)
            return g == [" "] || g == ["'"] || g == ["\u{2019}"] || g == ["'", " "]
        }
        /// Between a street and its number: a space or a comma and a space; after an
        /// abbreviation, its dot (`av. Louise`).
        func numberGap(_ a: Int, _ b: Int) -> Bool { [[" "], [",", " "], [" ", ",", " "]].contains(Array(gap(a, b))) }
        func typeGap(_ a: Int, _ b: Int) -> Bool { [[" "], [".", " "], ["."]].contains(Array(gap(a, b))) }
        /// The house number at token `k`, and the token it ends with.
        func houseNumber(_ k: Int) -> Int? {
            guard k >= 0, k < tokens.count, tokens[k].kind == .number, tokens[k].end - tokens[k].start <= 4,
                  tokens[k].start == 0 || !chars.isLetter(tokens[k].start - 1) && !chars.isDigit(tokens[k].start - 1) else { return nil }
            let end = tokens[k].end
            var last = k
            // `12a`, `12B`: one glued letter, not an hour (`20h`) nor a unit.
            if end < chars.count, chars.isLetter(end), k + 1 < tokens.count, tokens[k + 1].start == end {
                let w = chars.lowercased(tokens[k + 1].start, tokens[k + 1].end)
                guard w.count == 1 && w != "h" || w == "bis" || w == "ter" else { return nil }
                last = k + 1
            } else if k + 1 < tokens.count, let w = word(k + 1), ["bis", "ter", "bte", "boîte", "bus", "box"].contains(w),
                      gap(k, k + 1) == [" "] {
                last = k + 1
                if k + 2 < tokens.count, tokens[k + 2].kind == .number, gap(k + 1, k + 2) == [" "] { last = k + 2 }
            }
            // `12/3`, `12-14`.
            if last == k, k + 1 < tokens.count, tokens[k + 1].kind == .number, gap(k, k + 1) == ["/"] || gap(k, k + 1) == ["-"],
               tokens[k + 1].end - tokens[k + 1].start <= 3 {
                last = k + 1
            }
            // Not an amount, a percentage or a time, nor the start of a date (`2026-11-23`).
            let after = tokens[last].end
            if after + 1 < chars.count, "./-".contains(chars[after]), chars.isDigit(after + 1) { return nil }
            if after < chars.count, "€%$£:".contains(chars[after]) { return nil }
            if after + 1 < chars.count, chars[after] == " ", "€%$£".contains(chars[after + 1]) { return nil }
            return last
        }
        /// The first token of a house number that ends with token `t` and stands before
        /// token `t + 1` (`12 rue`, `221B Baker`, `12, rue`).
        func numberBefore(_ t: Int) -> Int? {
            guard t >= 0, t + 1 < tokens.count, numberGap(t, t + 1) else { return nil }
            return (max(0, t - 3)...t).reversed().first { tokens[$0].kind == .number && houseNumber($0) == t }
        }
        /// A street's name from token `k` on: capitalised words, with particles between.
        func nameForward(_ k: Int) -> Int? {
            var j = k, lastCapital: Int?
            while j < tokens.count, j - k < 6, tokens[j].kind == .word {
                if capital(j) { lastCapital = j } else if !particles.contains(word(j)!) { break }
                guard j + 1 < tokens.count, nameGap(j, j + 1) else { break }
                j += 1
            }
            return lastCapital
        }
        /// Backward from token `k`: capitalised words (at most three) before a kind of street.
        func nameBackward(_ k: Int) -> Int? {
            var j = k, first: Int?
            while j >= 0, k - j < 3, tokens[j].kind == .word, tokens[j].start == 0 || !chars.isDigit(tokens[j].start - 1),
                  capital(j) || first != nil && particles.contains(word(j)!) {
                if capital(j) { first = j }
                guard j > 0, nameGap(j - 1, j) else { break }
                j -= 1
            }
            return first
        }
        func isCompound(_ k: Int) -> Bool {
            guard let w = word(k) else { return false }
            if endings.contains(where: { w.count >= $0.count + 3 && w.hasSuffix($0) }) { return true }
            return capital(k) && capitalEndings.contains { w.count >= $0.count + 3 && w.hasSuffix($0) }
        }
        func add(_ a: Int, _ b: Int) {
            guard !(a...b).contains(where: { used[$0] }) else { return }
            for t in a...b { used[t] = true }
            found.append((tokens[a].start, tokens[b].end))
        }

        for k in tokens.indices where tokens[k].kind == .word {
            guard let w = word(k) else { continue }
            // `rue Neuve 12`, `12 rue Neuve`, `12, rue de la Loi`.
            if before.contains(w), k + 1 < tokens.count, typeGap(k, k + 1), let end = nameForward(k + 1) {
                if end + 1 < tokens.count, numberGap(end, end + 1), let last = houseNumber(end + 1) {
                    add(k, last); continue
                }
                if let first = numberBefore(k - 1) { add(first, end); continue }
            }
            // `Grote Markt 1`, `Baker Street 221`, `10 Downing Street`.
            if after.contains(w), k >= 1, nameGap(k - 1, k), let first = nameBackward(k - 1) {
                if k + 1 < tokens.count, numberGap(k, k + 1), let last = houseNumber(k + 1) { add(first, last); continue }
                if let number = numberBefore(first - 1) { add(number, k); continue }
            }
            // `Nieuwstraat 12`, `12 Nieuwstraat`.
            if isCompound(k) {
                if k + 1 < tokens.count, numberGap(k, k + 1), let last = houseNumber(k + 1) { add(k, last); continue }
                if let first = numberBefore(k - 1) { add(first, k); continue }
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }
}
