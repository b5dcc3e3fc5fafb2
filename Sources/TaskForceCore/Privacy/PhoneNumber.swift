/// Phone numbers as people type them in Belgium and elsewhere.
///
/// Written with a prefix, in any grouping (`0470 12 34 56`, `0470/12.34.56`, `02 123 45 67`,
/// `+32 (0)470 12 34 56`, `0032 470123456`, `+33 6 12 34 56 78`, `+1 (555) 123-4567`):
/// - `+` and 8 to 16 digits (a `(0)` may be among them);
/// - `00`, a country code and 8 to 15 digits;
/// - `0` and 8 to 11 more digits: Belgian fixed lines have 9 digits, mobiles 10, and other
///   countries' national forms (French, Dutch and Romanian mobiles 10, British 11, German
///   up to 12) are found too;
/// - after a label (`tel`, `gsm`, `whatsapp`, `sms`, `wa.me/` …, even glued: `tel0470…`),
///   any 8 to 15 digits.
/// Without a prefix or a label, only shapes that ordinary numbers seldom have: a Belgian
/// mobile without its 0 (`470 12 34 56`), a Belgian number after 32 without its `+`, or 9 to
/// 12 digits in three or more groups of at most 4 (`555 123 4567`) that are not thousands
/// (`1 500 000 000`), not an amount (`… €`, `… %`) and do not start with a date.
enum PhoneNumber {
    /// Phone numbers among `groups` not already `used`, as (start, end) in folded offsets.
    /// The groups they take are marked `used`.
    static func find(_ chars: FoldedText, _ groups: [DigitGroups.Group], used: inout [Bool]) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        // Prefixed or labelled numbers first: an unprefixed stretch that starts earlier
        // must not swallow half of a real number (`12 13 0470 12 34 56`).
        for strong in [true, false] {
            var r = 0
            while r < groups.count {
                guard !used[r], !groups[r].inDate else { r += 1; continue }
                var e = r + 1
                while e < groups.count, groups[e].linked, !used[e], !groups[e].inDate { e += 1 }
                for (k, m, start) in cover(chars, groups, r..<e, strong: strong) {
                    for g in k...m { used[g] = true }
                    found.append(balanced(chars, start, groups[m].end))
                }
                r = e
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// The phone numbers that together cover the most digits of a stretch of joined groups
    /// (`02 123 45 67 02 765 43 21` is two numbers, not `02 123 45 67 02` and a rest), as
    /// (first group, last group, start of the text). Each number has at most 17 digits, so
    /// this stays linear.
    private static func cover(_ chars: FoldedText, _ groups: [DigitGroups.Group], _ run: Range<Int>,
                              strong: Bool) -> [(Int, Int, Int)] {
        // Best (digits covered, fewer numbers) from each group to the end of the run.
        var best = [(digits: Int, numbers: Int)](repeating: (0, 0), count: run.count + 1)
        var choice = [(m: Int, start: Int)?](repeating: nil, count: run.count)
        func better(_ a: (digits: Int, numbers: Int), _ b: (digits: Int, numbers: Int)) -> Bool {
            a.digits > b.digits || a.digits == b.digits && a.numbers < b.numbers
        }
        for k in run.reversed() {
            best[k - run.lowerBound] = best[k - run.lowerBound + 1]
            guard startsNumber(groups, k) else { continue }
            for (m, start) in ends(chars, groups, from: k, within: run, strong: strong) {
                // A last group glued to a word (`24h`) counts for nothing: taken only if needed.
                let digits = (k...m).reduce(0) { $0 + groups[$1].digits.count }
                    - (m > k && groups[m].gluedAfter ? groups[m].digits.count : 0)
                let rest = best[m + 1 - run.lowerBound]
                let total = (digits + rest.digits, rest.numbers + 1)
                if better(total, best[k - run.lowerBound]) {
                    best[k - run.lowerBound] = total
                    choice[k - run.lowerBound] = (m, start)
                }
            }
        }
        var numbers: [(Int, Int, Int)] = []
        var k = run.lowerBound
        while k < run.upperBound {
            if let (m, start) = choice[k - run.lowerBound] {
                numbers.append((k, m, start))
                k = m + 1
            } else {
                k += 1
            }
        }
        return numbers
    }

    /// A group that can start a number: the first of a stretch, or one after a space (`24/7
    /// 0470 12 34 56`), but not the middle of a reference (`85.07.30-033.29`, `978-2-07-036002-4`)
    /// nor the second half of a thousands figure (the `050 000` of `1 050 000`).
    private static func startsNumber(_ groups: [DigitGroups.Group], _ k: Int) -> Bool {
        let g = groups[k]
        guard k > 0, g.linked else { return true }
        guard g.gap.contains(" ") || g.gap.contains("\n") else { return false }
        return !(g.digits.count == 3 && groups[k - 1].digits.count <= 3 && isThousandsGap(g.gap))
    }

    /// Every last group that makes a phone number starting at group `k`, and where its text starts.
    private static func ends(_ chars: FoldedText, _ groups: [DigitGroups.Group], from k: Int, within run: Range<Int>,
                             strong: Bool) -> [(Int, Int)] {
        let first = groups[k]
        let start = first.plus ?? first.start
        let labelled = hasLabel(chars, before: start)
        if !strong, first.plus != nil || labelled || first.gluedBefore { return [] }
        if afterIBANCountry(chars, start) { return [] }
        var digits: [UInt8] = []
        var found: [(Int, Int)] = []
        var weakGap: ArraySlice<Character>?
        var consistent = true
        var m = k
        while m < run.upperBound {
            if m > k, groups[m].weakLink {
                if !strong { break }
                // Unusual separators only when they are all the same (`0470,12,34,56`, not
                // `0,5, 0,75, 1,25`).
                if weakGap == nil { weakGap = groups[m].gap } else if weakGap != groups[m].gap { consistent = false }
            }
            if m > k, !strong, groups[m].newlineLink { break }
            digits += groups[m].digits
            guard digits.count <= 17 else { break }
            // Without a prefix, a number ends where the writing leaves a space: `85.07.30-033`
            // is part of `85.07.30-033.29`, not a number of its own.
            let endsWord = m + 1 == run.upperBound || groups[m + 1].gap.contains(" ") || groups[m + 1].gap.contains("\n")
            if consistent, strong ? isStrongPhone(digits, plus: first.plus != nil, labelled: labelled)
                : endsWord && isWeakPhone(chars, groups, k, m, digits) {
                found.append((m, start))
            }
            m += 1
        }
        return found
    }

    private static func isStrongPhone(_ d: [UInt8], plus: Bool, labelled: Bool) -> Bool {
        if plus { return d[0] != 0 && (8...16).contains(d.count) }
        if d.count >= 3, d[0] == 0, d[1] == 0 { return d[2] != 0 && (10...17).contains(d.count) }
        if d.count >= 2, d[0] == 0, d[1] != 0, (9...12).contains(d.count) { return true }
        return labelled && (8...15).contains(d.count)
    }

    private static func isWeakPhone(_ chars: FoldedText, _ groups: [DigitGroups.Group], _ k: Int, _ m: Int,
                                    _ d: [UInt8]) -> Bool {
        guard !groups[m].gluedAfter, !isAmount(chars, groups[k].start, groups[m].end) else { return false }
        let thousands = m > k && groups[k].digits.count <= 3 && isThousandsGap(groups[k + 1].gap)
            && (k + 1...m).allSatisfy { groups[$0].digits.count == 3 && groups[$0].gap == groups[k + 1].gap }
        if thousands { return false }
        // A Belgian mobile without its 0, or a Belgian number after 32 without its +.
        if d.count == 9, d[0] == 4, d[1] >= 5 { return true }
        if d.count == 11, d[0] == 3, d[1] == 2, d[2] == 4, d[3] >= 5 { return true }
        if d.count == 10, d[0] == 3, d[1] == 2, d[2] != 0, d[2] != 4 { return true }
        // Grouped like a phone: three or more short groups (`555 123 4567`, `6 12 34 56 78`),
        // but not four-digit groups only (`5390 0754 7035`), a list
        // (`12 13 14 15 16`: all twos), a year and a figure (`2019 1 234 567`), a national
        // number whose check failed (`85.07.30-033.29`), a mistyped date (`131-03-1987`).
        let sizes = (k...m).map { groups[$0].digits.count }
        guard (9...12).contains(d.count), sizes.count >= 3, sizes.allSatisfy({ $0 <= 4 }),
              sizes.contains(where: { $0 <= 3 }), !sizes.allSatisfy({ $0 == 2 }),
              !(sizes[sizes.count - 1] == 3 && sizes[sizes.count - 2] == 3 && isThousandsGap(groups[m].gap)),
              !(sizes[0] == 4 && isYear(groups[k].digits)),
              !(d.count == 11 && BelgianNationalNumber.hasDate(d)),
              !(sizes[sizes.count - 1] == 4 && isYear(groups[m].digits) && !groups[m].gap.contains(" "))
        else { return false }
        return true
    }

    private static func isYear(_ d: [UInt8]) -> Bool {
        (1800...2099).contains(d.reduce(0) { $0 * 10 + Int($1) })
    }

    /// `BE68 ` right before: the rest of an IBAN whose check failed, not a phone (and no
    /// more identifying than any wrong number).
    private static func afterIBANCountry(_ chars: FoldedText, _ start: Int) -> Bool {
        guard start >= 5, chars[start - 1] == " " else { return false }
        let head = chars[(start - 5)..<(start - 1)]
        return head.prefix(2).allSatisfy { $0.isASCII && $0.isLetter } && head.suffix(2).allSatisfy(DigitGroups.isDigit)
            && (start == 5 || !chars.isLetter(start - 6))
    }

    /// Thousands separators: one space, dot or apostrophe.
    private static func isThousandsGap(_ gap: ArraySlice<Character>) -> Bool {
        gap.count == 1 && [" ", ".", "'", "\u{2019}"].contains(gap.first!)
    }

    /// Next to a currency or a percent sign: `1 500 000 000 €`, `EUR 450 000 000`, `12 %`.
    private static func isAmount(_ chars: FoldedText, _ start: Int, _ end: Int) -> Bool {
        var j = end
        if j < chars.count, chars[j] == " " { j += 1 }
        if j < chars.count, "€$£%‰".contains(chars[j]) { return true }
        if let word = word(chars, from: j), ["eur", "euro", "euros", "usd", "dollars", "percent", "pourcent", "procent"].contains(word) {
            return true
        }
        var b = start - 1
        if b >= 0, chars[b] == " " { b -= 1 }
        if b >= 0, "€$£".contains(chars[b]) { return true }
        return b >= 2 && String(chars[(b - 2)...b]).lowercased() == "eur" && (b < 3 || !chars.isLetter(b - 3))
    }

    private static func word(_ chars: FoldedText, from j: Int) -> String? {
        var e = j
        while e < chars.count, chars.isLetter(e), e - j < 12 { e += 1 }
        return e > j ? String(chars[j..<e]).lowercased() : nil
    }

    /// Words that announce a phone number.
    static let labels: Set<String> = [
        "tel", "tél", "tele", "télé", "telef", "telefoon", "telefoonnummer", "telefon", "telefono", "teléfono",
        "telephone", "téléphone", "phone", "ph", "fon", "mob", "mobile", "mobiel", "mobiele", "portable", "port",
        "gsm", "cell", "cellphone", "cel", "handy", "fax", "whatsapp", "whats", "wa", "wapp", "wa.me", "signal",
        "telegram", "viber", "sms", "txt", "app", "call", "bel", "bellen", "appel", "appelle", "appelez", "joindre",
    ]

    /// A label right before `start`, glued (`tel0470…`) or followed by at most four
    /// characters among space `:` `.` `-` `=` `/` `(` (`tél. : `, `wa.me/`).
    static func hasLabel(_ chars: FoldedText, before start: Int) -> Bool {
        var j = start - 1
        var skipped = 0
        while j >= 0, skipped < 4, " :.=-/(\n".contains(chars[j]) { j -= 1; skipped += 1 }
        var b = j
        while b >= 0, j - b < 24, chars.isLetter(b) || chars[b] == "." && b < j && b > 0 && chars.isLetter(b - 1) { b -= 1 }
        guard b < j else { return false }
        let word = String(chars[(b + 1)...j]).lowercased()
        if labels.contains(word) { return true }
        // Glued to the end of a longer word: `mijngsm0470…`.
        return skipped == 0 && labels.contains { $0.count >= 3 && word.hasSuffix($0) }
    }

    /// `(0470) 12 34 56` takes its opening bracket, `+32 (0)470` already has both.
    private static func balanced(_ chars: FoldedText, _ start: Int, _ end: Int) -> (Int, Int) {
        var depth = 0, unmatchedClose = false
        for c in chars[start..<end] {
            if c == "(" { depth += 1 } else if c == ")" { if depth == 0 { unmatchedClose = true } else { depth -= 1 } }
        }
        var s = start, e = end
        if unmatchedClose, s > 0, chars[s - 1] == "(" { s -= 1 }
        if depth > 0, e < chars.count, chars[e] == ")" { e += 1 }
        return (s, e)
    }
}
