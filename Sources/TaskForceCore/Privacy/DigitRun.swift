/// The groups of digits in a folded text, and how each is joined to the one before, as
/// people write phone numbers (`0470 12 34 56`, `+32 (0)470/12.34.56`, `0470-123456`) and
/// national numbers (`85.07.30-033.28`). The detectors try every stretch of joined groups,
/// so a number followed or preceded by another one (`0470 12 34 56 24/7`) is still found.
struct DigitGroups {
    struct Group {
        var start: Int
        var end: Int
        var digits: [UInt8]
        /// A letter right before the first digit (`tel0470…`, `art5`).
        var gluedBefore: Bool
        /// A letter right after the last digit (`5bis`, `22h30`).
        var gluedAfter: Bool
        /// Where a `+` written before it starts (`+32`, `+ 32`, `+(32)`).
        var plus: Int?
        /// Joined to the previous group by a short run of separators.
        var linked = false
        /// The separators before it (when linked).
        var gap: ArraySlice<Character> = []
        /// The gap has an unusual separator (`,` `_` `:` `*` `|` a symbol…): only a number
        /// that is a phone anyway (`0470,12,34,56`) may use them, never a list of amounts.
        var weakLink = false
        var newlineLink = false
        /// Part of a date (`23/11/2026`, `2026-11-23`, `11/2026`) or of opening hours
        /// (`08.30-12.30`), which no number crosses.
        var inDate = false
    }

    let groups: [Group]

    /// The groups of `text`, skipping characters already `taken` by another finding.
    init(_ chars: FoldedText, taken: [Bool]) {
        var groups: [Group] = []
        var i = 0
        while i < chars.count {
            guard !taken[i], chars.isLetter(i) || chars.isDigit(i) else { i += 1; continue }
            // One token: letters and digits together (`tel0470123456`, `O470`, `5bis`).
            var t = i
            var digits = 0, lookAlikes = 0, letters = 0
            while t < chars.count, !taken[t], chars.isLetter(t) || chars.isDigit(t) {
                if chars.isDigit(t) { digits += 1 } else if Self.lookAlike(chars[t]) != nil { lookAlikes += 1 } else { letters += 1 }
                t += 1
            }
            if digits > 0, letters == 0, lookAlikes > 0, lookAlikes <= digits {
                // `O470 l2 34 56`: O for 0 and l or I for 1, in a token with no other letter.
                groups.append(Group(start: i, end: t, digits: chars[i..<t].map { Self.digitValue($0) ?? Self.lookAlike($0)! },
                                    gluedBefore: false, gluedAfter: false))
            } else if digits > 0 {
                var j = i
                while j < t {
                    guard chars.isDigit(j) else { j += 1; continue }
                    var e = j
                    while e < t, chars.isDigit(e) { e += 1 }
                    groups.append(Group(start: j, end: e, digits: chars[j..<e].map { Self.digitValue($0)! },
                                        gluedBefore: j > i, gluedAfter: e < t))
                    j = e
                }
            }
            i = t
        }
        for k in groups.indices {
            groups[k].plus = Self.plus(before: groups[k].start, chars, taken)
            guard k > 0, groups[k].plus == nil, !groups[k].gluedBefore, !groups[k - 1].gluedAfter else { continue }
            let gap = chars[groups[k - 1].end..<groups[k].start]
            guard let kind = Self.separators(gap), !gap.indices.contains(where: { taken[$0] }) else { continue }
            groups[k].linked = true
            groups[k].gap = gap
            groups[k].weakLink = kind.weak
            groups[k].newlineLink = kind.newline
        }
        Self.markDates(&groups)
        self.groups = groups
    }

    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isWholeNumber }

    static func digitValue(_ c: Character) -> UInt8? { isDigit(c) ? UInt8(c.asciiValue! - 48) : nil }

    private static func lookAlike(_ c: Character) -> UInt8? {
        switch c {
        case "O", "o": 0
        case "I", "l": 1
        default: nil
        }
    }

    /// `+` just before a group: `+32`, `+ 32`, `+(32)`, `(+32)`.
    private static func plus(before start: Int, _ chars: FoldedText, _ taken: [Bool]) -> Int? {
        var j = start - 1
        if j >= 0, chars[j] == "(" { j -= 1 }
        if j >= 0, chars[j] == " " { j -= 1 }
        guard j >= 0, chars[j] == "+", !taken[j] else { return nil }
        // `U+2066` is a code point, `A+20` a grade; `tel+32…` is a phone.
        if j > 0, chars.isLetter(j - 1) || chars.isDigit(j - 1), !PhoneNumber.hasLabel(chars, before: j) { return nil }
        return j
    }

    /// Whether `gap` can sit inside one written number: at most six characters, at most two
    /// of them not spaces (a run of one sign, `...`, counts once), at most one line break.
    private static func separators(_ gap: ArraySlice<Character>) -> (weak: Bool, newline: Bool)? {
        guard (1...6).contains(gap.count) else { return nil }
        var symbols = 0, newlines = 0, weak = false
        var previous: Character = " "
        for c in gap {
            defer { previous = c }
            if c == previous, c != "\n" { continue }
            switch c {
            case " ": continue
            case "\n": newlines += 1
            case ".", "-", "/", "(", ")", "\u{2026}": symbols += 1
            case ",", "_", ":", "*", "|", "~", "'", "\u{2019}", "=", "\\", "#":
                symbols += 1; weak = true
            default:
                // Emoji and other symbols used as dividers (`0470 ☎ 12 34 56`, `0470 ± 12`);
                // not `°` (`1°, 2°`), not currency signs (amounts), not ASCII `+ < >`.
                let category = c.unicodeScalars.first!.properties.generalCategory
                guard c != "°", category == .otherSymbol || category == .mathSymbol && !c.isASCII else { return nil }
                symbols += 1; weak = true
            }
        }
        guard symbols <= 2, newlines <= 1 else { return nil }
        return (weak, newlines > 0)
    }

    /// `23/11/2026`, `23.11.2026`, `2026-11-23` (one separator used twice, a plausible day,
    /// month and year), `11/2026` and hours (`08.30-12.30`): they are no phone numbers, and
    /// no phone number runs into one (`0470 12 34 56 23/11/2026`).
    private static func markDates(_ groups: inout [Group]) {
        func value(_ g: Group) -> Int { g.digits.reduce(0) { $0 * 10 + Int($1) } }
        func year(_ g: Group) -> Bool { g.digits.count == 4 && (1800...2099).contains(value(g)) }
        func month(_ g: Group) -> Bool { g.digits.count <= 2 && (1...12).contains(value(g)) }
        func day(_ g: Group) -> Bool { g.digits.count <= 2 && (1...31).contains(value(g)) }
        func hour(_ g: Group) -> Bool { g.digits.count <= 2 && value(g) <= 24 }
        func minutes(_ g: Group) -> Bool { g.digits.count == 2 && value(g) <= 59 }
        func joined(_ g: Group, _ seps: Set<Character>) -> Bool {
            g.linked && g.gap.count == 1 && seps.contains(g.gap.first!)
        }
        for k in groups.indices {
            if k + 2 < groups.count, joined(groups[k + 1], [".", "/", "-"]), groups[k + 2].gap == groups[k + 1].gap,
               day(groups[k]) && month(groups[k + 1]) && year(groups[k + 2])
                || year(groups[k]) && month(groups[k + 1]) && day(groups[k + 2]) {
                for d in k...(k + 2) { groups[d].inDate = true }
            }
            if k + 1 < groups.count, joined(groups[k + 1], ["/"]), groups[k].digits.count == 2,
               month(groups[k]), year(groups[k + 1]) {
                groups[k].inDate = true
                groups[k + 1].inDate = true
            }
            // Opening hours: `08.30-12.30`, `8:30 - 17:00`.
            if k + 3 < groups.count, joined(groups[k + 1], [".", ":"]), groups[k + 3].gap == groups[k + 1].gap,
               groups[k + 2].linked, groups[k + 2].gap.contains("-"),
               hour(groups[k]), minutes(groups[k + 1]), hour(groups[k + 2]), minutes(groups[k + 3]) {
                for t in k...(k + 3) { groups[t].inDate = true }
            }
        }
    }
}
