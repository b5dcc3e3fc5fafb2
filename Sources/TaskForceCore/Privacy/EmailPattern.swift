/// E-mail addresses, plain or written to dodge a filter.
///
/// The `@` may be written `@`, `＠`, `%40`, `&#64;`, in brackets (`[at]`, `(at)`, `{@}`,
/// `<arobase>`), as a word between spaces, underscores or dashes (`at`, `arobase`,
/// `apenstaartje`, `-at-`), or with spaces around it; the dots as `.`, `[dot]`, `(.)`,
/// ` dot `, ` point `, ` punt `, `-dot-`. Letter by letter (`m a r i e @ g m a i l . c o m`)
/// it is read without the spaces between single letters (`FoldedText.squeezingSpacedLetters`).
/// Letters may be accented or in any script (`josé@exemple.be`), upper or lower case; a
/// `mailto:` before the address goes with it.
///
/// How sure the `@` is decides how much of a domain is needed:
/// - a plain `@` between two words, a bracketed `[at]`, or `arobase`/`apenstaartje`: a
///   domain without a dot is enough (`name@gmail`, `name [at] gmail`);
/// - the English word `at`, or `@` with spaces around it: it must be followed by a domain
///   that has a dot and ends in a common top-level domain (`name at gmail dot com`,
///   `name at gmail.com`), or by a mail provider's name (`name at gmail`), so that "meet at
///   the station", "at this point in time" or "rdv @ la gare" stay as written.
///
/// Written by hand rather than with a regex so that it stays linear: each `@` looks at most
/// 64 characters back (the longest local part) and 255 ahead (the longest domain).
enum EmailPattern {
    static func matches(_ chars: FoldedText) -> [(Int, Int)] {
        var results: [(Int, Int)] = []
        var i = 0
        while i < chars.count {
            guard let at = atSign(chars, i) else { i += 1; continue }
            if let match = address(chars, around: at), results.last.map({ $0.1 <= match.0 }) ?? true {
                results.append(match)
                i = match.1
            } else {
                i += 1
            }
        }
        return results
    }

    private struct AtSign {
        var start: Int
        var end: Int
        /// Only an e-mail address would have it: `@` between words, `[at]`, `arobase`.
        var sure: Bool
    }

    static let atWords: Set<String> = ["at", "arobase", "arobas", "arrobase", "arroba", "apenstaartje", "apenstaart", "aapje"]
    static let dotWords: Set<String> = ["dot", "point", "punt", "punkt"]
    /// What a bare ` at ` must be followed by to be read as `@`: common top-level domains
    /// that are not also short English words (`it`, `in`, `is`, `me`, `no`…).
    private static let commonTLDs: Set<String> = [
        "com", "org", "net", "info", "biz", "edu", "gov", "int", "eu", "be", "fr", "nl", "de", "lu", "uk", "es", "pt",
        "ro", "bg", "pl", "ch", "cz", "hu", "gr", "ma", "dz", "tn", "ng", "gh", "ru", "ua", "tr", "br", "ca", "io", "co",
        "mail", "email", "online", "app", "dev",
    ]
    /// Mail providers whose name is enough to write to someone (`name at gmail`), and that are
    /// not words of their own (no `orange`, `free`, `live`).
    static let providers: Set<String> = [
        "gmail", "googlemail", "hotmail", "outlook", "yahoo", "icloud", "protonmail", "proton", "skynet", "telenet",
        "gmx", "msn", "aol", "yandex", "laposte", "wanadoo", "tutanota",
    ]
    /// A bare ` at ` followed by these is English prose (`at the dot com bubble`).
    private static let notDomains: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "our", "their"]

    private static func atSign(_ chars: FoldedText, _ i: Int) -> AtSign? {
        let c = chars[i]
        if c == "@" {
            var s = i, e = i + 1
            while s > 0, i - s < 2, chars[s - 1] == " " { s -= 1 }
            while e < chars.count, e - i < 3, chars[e] == " " { e += 1 }
            return AtSign(start: s, end: e, sure: s == i && e == i + 1)
        }
        // HTML entities (`%40` is decoded with the text).
        if c == "&" {
            for code in ["&#64;", "&#x40;", "&commat;"] where matches(chars, i, code) {
                return AtSign(start: i, end: i + code.count, sure: true)
            }
        }
        if c == "(" || c == "<" {
            // `[at]`, `(at)`, `{@}`, `< arobase >`, with spaces around.
            var j = i + 1
            while j < chars.count, j - i < 3, chars[j] == " " { j += 1 }
            if j < chars.count, chars[j] == "@" {
                j += 1
            } else if let w = word(chars, j), atWords.contains(w.text) {
                j = w.end
            } else {
                return nil
            }
            while j < chars.count, j - i < 16, chars[j] == " " { j += 1 }
            guard j < chars.count, chars[j] == ")" || chars[j] == ">" else { return nil }
            var s = i, e = j + 1
            while s > 0, i - s < 2, chars[s - 1] == " " { s -= 1 }
            while e < chars.count, e - j < 3, chars[e] == " " { e += 1 }
            return AtSign(start: s, end: e, sure: true)
        }
        if c == "-" {
            // ` -at- `, `-arobase-`: dashes around a word for `@`, spaces outside them or not.
            guard i > 0, chars[i - 1] != "-" else { return nil }
            var j = i
            while j < chars.count, chars[j] == "-", j - i < 2 { j += 1 }
            guard j < chars.count, chars[j] == "a" || chars[j] == "A", let w = word(chars, j), atWords.contains(w.text),
                  w.end < chars.count, chars[w.end] == "-" else { return nil }
            var e = w.end
            while e < chars.count, chars[e] == "-", e - w.end < 2 { e += 1 }
            var s = i
            while s > 0, i - s < 2, chars[s - 1] == " " { s -= 1 }
            let dashes = e
            while e < chars.count, e - dashes < 2, chars[e] == " " { e += 1 }
            return AtSign(start: s, end: e, sure: w.text != "at")
        }
        if c == " " || c == "_" {
            // ` at `, ` AT `, ` arobase `, `_at_`: the same delimiter on both sides.
            var j = i
            while j < chars.count, chars[j] == c, j - i < 2 { j += 1 }
            // Every word for `@` starts with an a.
            guard i > 0, chars[i - 1] != c, j < chars.count, chars[j] == "a" || chars[j] == "A",
                  let w = word(chars, j), atWords.contains(w.text), w.end < chars.count, chars[w.end] == c
            else { return nil }
            var e = w.end
            while e < chars.count, chars[e] == c, e - w.end < 2 { e += 1 }
            return AtSign(start: i, end: e, sure: w.text != "at")
        }
        return nil
    }

    /// The address around `at`, as (start, end), if its two sides look like one.
    private static func address(_ chars: FoldedText, around at: AtSign) -> (Int, Int)? {
        guard let start = localStart(chars, before: at.start) else { return nil }
        // The domain: labels separated by dot forms.
        var labels: [(start: Int, end: Int)] = []
        var p = at.end
        while p < chars.count, p - at.end < 255 {
            var e = p
            // A label ends before `-dot-`.
            while e < chars.count, e - p < 63, chars.isLetter(e) || chars.isDigit(e) || chars[e] == "-" && dashedDot(chars, e) == nil {
                e += 1
            }
            while e > p, chars[e - 1] == "-" { e -= 1 }
            guard e > p else { break }
            labels.append((p, e))
            guard let next = dotSign(chars, e) else { break }
            p = next
        }
        guard let first = labels.first else { return nil }
        let firstLabel = String(chars[first.start..<first.end]).lowercased()
        // `at www.belgium.be` is a website.
        if !at.sure, notDomains.contains(firstLabel) || firstLabel == "www" { return nil }
        // The longest acceptable domain: a sentence may go on after it (`a@b.be.Next`).
        for n in stride(from: labels.count - 1, through: 1, by: -1) {
            let last = labels[n]
            let tld = String(chars[last.start..<last.end])
            guard tld.count >= 2, tld.allSatisfy(\.isLetter) else { continue }
            if at.sure || commonTLDs.contains(tld.lowercased()) {
                return (withMailto(chars, start), last.end)
            }
        }
        // No dot: `name@gmail`, `name [at] gmail`; a letter is needed (`5@10` is no address).
        // After a bare ` at `, only a mail provider's name (`name at gmail`, not `at home`).
        if at.sure ? first.end - first.start >= 2 && chars[first.start..<first.end].contains(where: \.isLetter)
            : providers.contains(firstLabel) {
            return (withMailto(chars, start), first.end)
        }
        return nil
    }

    /// Where the domain goes on after a dot form starting at `i`: `.`, ` . `, `[dot]`,
    /// `(.)`, ` dot `, ` point `, ` punt `, `_dot_`.
    private static func dotSign(_ chars: FoldedText, _ i: Int) -> Int? {
        var j = i
        while j < chars.count, j - i < 2, chars[j] == " " || chars[j] == "_" { j += 1 }
        let spaced = j > i
        guard j < chars.count else { return nil }
        let plain: Bool
        if chars[j] == "." {
            j += 1
            plain = !spaced
        } else if chars[j] == "(" || chars[j] == "<" {
            var k = j + 1
            while k < chars.count, k - j < 3, chars[k] == " " { k += 1 }
            if k < chars.count, chars[k] == "." {
                k += 1
            } else if let w = word(chars, k), dotWords.contains(w.text) {
                k = w.end
            } else {
                return nil
            }
            while k < chars.count, k - j < 12, chars[k] == " " { k += 1 }
            guard k < chars.count, chars[k] == ")" || chars[k] == ">" else { return nil }
            j = k + 1
            plain = false
        } else if spaced, let w = word(chars, j), dotWords.contains(w.text), w.end < chars.count, chars[w.end] == chars[i] {
            j = w.end
            plain = false
        } else if let end = dashedDot(chars, j) {
            j = end
            plain = false
        } else {
            return nil
        }
        // A plain dot with a space after it ends a sentence (`at home. Com…`).
        if !plain {
            while j < chars.count, j - i < 16, chars[j] == " " || chars[j] == "_" { j += 1 }
        }
        return j < chars.count && (chars.isLetter(j) || chars.isDigit(j)) ? j : nil
    }

    /// After `-dot-`, `--point--` starting at `i`: where its dashes end.
    private static func dashedDot(_ chars: FoldedText, _ i: Int) -> Int? {
        var k = i
        while k < chars.count, chars[k] == "-", k - i < 2 { k += 1 }
        guard k > i, let w = word(chars, k), dotWords.contains(w.text), w.end < chars.count, chars[w.end] == "-" else { return nil }
        var e = w.end
        while e < chars.count, chars[e] == "-", e - w.end < 2 { e += 1 }
        return e
    }

    /// Where the local part ending at `end` starts: letters, digits and `._%+-'=&`, at most
    /// 64, and dots written as words or in brackets (`jean [dot] dupont [at] …`).
    private static func localStart(_ chars: FoldedText, before end: Int) -> Int? {
        var s = end
        while s > 0, end - s < 64, isLocal(chars, s - 1) { s -= 1 }
        while s < end, chars[s] == "." { s += 1 }
        guard s < end, chars[s..<end].contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        // Obfuscated dots before: try each short stretch that could be one.
        var parts = 0
        while parts < 8 {
            var found: Int?
            for back in 2...14 where s - back > 0 {
                if dotSign(chars, s - back) == s, isLocal(chars, s - back - 1) { found = s - back; break }
            }
            guard let f = found else { break }
            var b = f
            while b > 0, f - b < 64, isLocal(chars, b - 1) { b -= 1 }
            guard b < f else { break }
            s = b
            parts += 1
        }
        return s
    }

    private static func withMailto(_ chars: FoldedText, _ s: Int) -> Int {
        s >= 7 && String(chars[(s - 7)..<s]).lowercased() == "mailto:" ? s - 7 : s
    }

    private static func isLocal(_ chars: FoldedText, _ i: Int) -> Bool {
        if chars.isAlphanumeric(i) { return true }
        switch chars[i] {
        case ".", "_", "%", "+", "-", "'", "=", "&": return true
        default: return false
        }
    }

    private static func matches(_ chars: FoldedText, _ i: Int, _ code: String) -> Bool {
        var j = i
        for c in code {
            guard j < chars.count, chars[j].lowercased() == String(c) else { return false }
            j += 1
        }
        return true
    }

    /// The word (letters only, at most 16) starting at `i`, lower-cased.
    private static func word(_ chars: FoldedText, _ i: Int) -> (text: String, end: Int)? {
        guard i < chars.count, chars.isLetter(i), i == 0 || !chars.isLetter(i - 1) else { return nil }
        var e = i
        while e < chars.count, chars.isLetter(e), e - i < 16 { e += 1 }
        guard e == chars.count || !chars.isLetter(e) else { return nil }
        return (chars.lowercased(i, e), e)
    }
}
