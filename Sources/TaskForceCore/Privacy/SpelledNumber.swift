/// Phone numbers spelled out, a common way round a filter: digit by digit (`zéro quatre sept
/// zéro …`, `nul vier zeven nul …`, `zero four seven zero …`) or in pairs as they are said
/// (`zéro quatre cent septante, douze, trente-quatre, cinquante-six`, `vierendertig`,
/// `treinta y cuatro`, `treizeci și patru`, `тридесет и четири`), mixed with written digits.
/// Numbers in the interface languages (English, French with the Belgian `septante` and
/// `nonante`, Dutch, Spanish, Brazilian Portuguese with its `meia` for six, Romanian with its
/// spoken `unșpe`, Bulgarian with its spoken `двайсет`), digits alone also in German. Nine
/// digits in a row and at least two number words (one if it starts with a zero: `0470
/// twelve 34 56`): prose that spells numbers (`vingt-deux ans`) never has that many.
enum SpelledNumber {
    static let words: [String: Int] = {
        var words: [String: Int] = [:]
        // Each list counts from zero; a word of another value is in `more` below.
        let lists: [[String]] = [
            ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"],
            ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
             "treize", "quatorze", "quinze", "seize"],
            ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
             "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"],
            ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
            ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
             "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
             "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
             "veintinueve"],
            ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze",
             "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"],
            ["zero", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă", "zece", "unsprezece",
             "doisprezece", "treisprezece", "paisprezece", "cincisprezece", "șaisprezece", "șaptesprezece",
             "optsprezece", "nouăsprezece"],
            // Romanian teens as they are said: `unșpe`, `doișpe`.
            ["", "", "", "", "", "", "", "", "", "", "", "unșpe", "doișpe", "treișpe", "paișpe", "cinșpe", "șaișpe",
             "șapteșpe", "optișpe", "nouășpe"],
            ["нула", "едно", "две", "три", "четири", "пет", "шест", "седем", "осем", "девет", "десет", "единадесет",
             "дванадесет", "тринадесет", "четиринадесет", "петнадесет", "шестнадесет", "седемнадесет", "осемнадесет",
             "деветнадесет"],
            // Bulgarian as it is said: `единайсет`, `двайсет`.
            ["", "", "", "", "", "", "", "", "", "", "", "единайсет", "дванайсет", "тринайсет", "четиринайсет",
             "петнайсет", "шестнайсет", "седемнайсет", "осемнайсет", "деветнайсет", "двайсет"],
        ]
        for list in lists { for (value, word) in list.enumerated() where !word.isEmpty { words[word] = value } }
        let more: [(String, Int)] = [
            ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
            ("ninety", 90), ("hundred", 100),
            ("vingt", 20), ("vingts", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60),
            ("septante", 70), ("huitante", 80), ("octante", 80), ("nonante", 90), ("cent", 100), ("cents", 100),
            ("twintig", 20), ("dertig", 30), ("veertig", 40), ("vijftig", 50), ("zestig", 60), ("zeventig", 70),
            ("tachtig", 80), ("negentig", 90), ("honderd", 100),
            ("treinta", 30), ("cuarenta", 40), ("cincuenta", 50), ("sesenta", 60), ("setenta", 70), ("ochenta", 80),
            ("noventa", 90), ("cien", 100), ("ciento", 100), ("doscientos", 200), ("trescientos", 300),
            ("cuatrocientos", 400), ("quinientos", 500), ("seiscientos", 600), ("setecientos", 700),
            ("ochocientos", 800), ("novecientos", 900),
            ("duas", 2), ("meia", 6), ("quatorze", 14), ("dezasseis", 16), ("dezassete", 17), ("dezanove", 19),
            ("vinte", 20), ("trinta", 30), ("quarenta", 40), ("cinquenta", 50), ("sessenta", 60), ("setenta", 70),
            ("oitenta", 80), ("noventa", 90), ("cem", 100), ("cento", 100), ("duzentos", 200), ("trezentos", 300),
            ("quatrocentos", 400), ("quinhentos", 500), ("seiscentos", 600), ("setecentos", 700), ("oitocentos", 800),
            ("novecentos", 900),
            ("două", 2), ("douăsprezece", 12), ("douăzeci", 20), ("treizeci", 30), ("patruzeci", 40),
            ("cincizeci", 50), ("șaizeci", 60), ("șaptezeci", 70), ("optzeci", 80), ("nouăzeci", 90), ("sută", 100),
            ("sute", 100),
            ("един", 1), ("една", 1), ("два", 2), ("двадесет", 20), ("тридесет", 30), ("трийсет", 30),
            ("четиридесет", 40), ("четирийсет", 40), ("петдесет", 50), ("шейсет", 60), ("шестдесет", 60),
            ("седемдесет", 70), ("осемдесет", 80), ("деветдесет", 90), ("сто", 100), ("двеста", 200),
            ("триста", 300), ("четиристотин", 400), ("петстотин", 500), ("шестстотин", 600), ("седемстотин", 700),
            ("осемстотин", 800), ("деветстотин", 900),
            // Without accents, or with the other `ș`.
            ("oh", 0), ("une", 1), ("een", 1), ("eén", 1), ("ein", 1), ("funf", 5), ("fuenf", 5),
        ]
        for (word, value) in more { words[word] = value }
        // Spanish and Portuguese typed without accents, Romanian without diacritics or
        // with the cedilla that older keyboards give (`ş`, `ţ`).
        for (word, value) in words {
            for variant in [unaccented(word), word.replacingOccurrences(of: "ș", with: "ş").replacingOccurrences(of: "ț", with: "ţ")]
            where words[variant] == nil { words[variant] = value }
        }
        // `dos cientos` is not written, but `doscientas` (before a feminine noun) is.
        for (word, value) in words where value >= 200 && word.hasSuffix("ientos") {
            words[String(word.dropLast(2)) + "as"] = value
        }
        return words
    }()

    /// The words that join the parts of one number: `vingt et un`, `twenty and one`,
    /// `vier en twintig`, `treinta y cuatro`, `trinta e quatro`, `douăzeci și doi`, `двадесет и две`.
    static let joiners: Set<String> = ["et", "and", "en", "y", "e", "și", "si", "şi", "и"]

    /// The letters of the number words without their accents (`três` `tres`, `nouă` `noua`).
    private static func unaccented(_ word: String) -> String {
        let plain: [Character: Character] = [
            "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ê": "e", "ô": "o", "ă": "a", "â": "a", "î": "i",
            "ș": "s", "ț": "t", "ş": "s", "ţ": "t",
        ]
        return String(word.map { plain[$0] ?? $0 })
    }

    /// Stretches of number words and digit groups (at most three separators between them:
    /// spaces, `-`, `,`, `.`, `/`; `et`, `and` inside a number), skipping characters `taken`.
    static func matches(_ chars: FoldedText, taken: [Bool]) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        var reading = Reading()
        var i = 0
        while i < chars.count {
            guard let token = token(chars, i, taken) else {
                if let match = reading.finish() { found.append(match) }
                // Skip the rest of a word so that no number is read from inside one.
                var j = i + 1
                if chars.isLetter(i) || chars.isDigit(i) { while j < chars.count, chars.isLetter(j) || chars.isDigit(j) { j += 1 } }
                i = j
                continue
            }
            reading.add(token, at: i, zero: chars[i] == "0" || chars[i] == "+" || words[chars.lowercased(i, token.end)] == 0)
            var g = token.end
            while g < chars.count, g - token.end < 3, !taken[g], " -,./\n".contains(chars[g]) { g += 1 }
            // `vingt et un`, `treinta y cuatro`, `duzentos e doze`: the joining word belongs to
            // the number, after a tens or a hundreds word.
            if g > token.end, let w = word(chars, g, taken), joiners.contains(w.text),
               reading.tens != nil || reading.hundred {
                var h = w.end
                while h < chars.count, h - w.end < 2, chars[h] == " " || chars[h] == "-" { h += 1 }
                if h > w.end, self.token(chars, h, taken) != nil { g = h }
            }
            if g > token.end, g < chars.count, self.token(chars, g, taken) != nil {
                i = g
            } else {
                if let match = reading.finish() { found.append(match) }
                i = max(g, token.end)
            }
        }
        if let match = reading.finish() { found.append(match) }
        return found
    }

    private enum Token {
        case digits(Int)
        case number(Int)
    }

    /// How many digits a stretch spells: `trente-quatre` is two, `cent vingt-trois` three.
    private struct Reading {
        var start = -1, end = -1, digits = 0, words = 0
        /// A tens word waiting for its unit (`trente` before `quatre`, `soixante` before `dix`).
        var tens: Int?
        /// A hundred waiting for its tens and units.
        var hundred = false
        var lastUnit: Int?
        /// `0470 twelve 34 56`: one word is enough when the stretch starts like a phone number.
        var startsWithZero = false

        mutating func add(_ token: (end: Int, value: Token), at i: Int, zero: Bool) {
            if start < 0 { start = i; startsWithZero = zero }
            end = token.end
            switch token.value {
            case .digits(let n):
                digits += n; tens = nil; hundred = false; lastUnit = nil
            case .number(let v):
                words += 1
                switch v {
                case 0...9:
                    if let t = tens, v > 0, t % 10 == 0 {
                        tens = nil; lastUnit = nil
                    } else if hundred {
                        hundred = false; lastUnit = nil
                    } else {
                        digits += 1; tens = nil; lastUnit = v
                    }
                case 10...19:
                    // `soixante-dix`, `quatre-vingt-douze`: one two-digit number.
                    if let t = tens, t == 60 || t == 80 { tens = v == 10 ? t + 10 : nil } else if hundred {
                        hundred = false; tens = v == 10 ? 10 : nil
                    } else { digits += 2; tens = v == 10 ? 10 : nil }
                    lastUnit = nil
                case 20...90:
                    if v == 20, lastUnit == 4 { digits += 1; tens = 80 } else if hundred { hundred = false; tens = v } else {
                        digits += 2; tens = v
                    }
                    lastUnit = nil
                case 100, 200, 300, 400, 500, 600, 700, 800, 900:
                    // `quatre cent` is three digits, `deux, cent vingt-trois` four: count the
                    // more, a spelled number is better taken once too often. `doscientos`,
                    // `двеста`: three digits in one word, as many as `cent`.
                    digits += 3
                    hundred = true; tens = nil; lastUnit = nil
                default:
                    // A Dutch compound (`vierendertig`): two digits.
                    digits += hundred ? 0 : 2
                    hundred = false; tens = nil; lastUnit = nil
                }
            }
        }

        mutating func finish() -> (Int, Int)? {
            defer { self = Reading() }
            return start >= 0 && digits >= 9 && (words >= 2 || words == 1 && startsWithZero) ? (start, end) : nil
        }
    }

    /// A number word or a group of at most four digits, as a whole word, at `i`.
    private static func token(_ chars: FoldedText, _ i: Int, _ taken: [Bool]) -> (end: Int, value: Token)? {
        guard i < chars.count, !taken[i], i == 0 || !(chars.isLetter(i - 1) || chars.isDigit(i - 1)) else { return nil }
        if chars.isDigit(i) {
            var e = i
            while e < chars.count, !taken[e], chars.isDigit(e) { e += 1 }
            guard e - i <= 4, e == chars.count || !chars.isLetter(e) else { return nil }
            return (e, .digits(e - i))
        }
        guard let w = word(chars, i, taken) else { return nil }
        if let v = words[w.text] { return (w.end, .number(v)) }
        return dutchCompound(w.text).map { (w.end, .number($0)) }
    }

    /// `vierendertig` (4 + 30), `tweeëntwintig`: a unit, `en` or `ën`, a tens word.
    private static func dutchCompound(_ word: String) -> Int? {
        // Every tens word below ends in `tig`: a word that does not cannot end in one.
        guard word.hasSuffix("tig") else { return nil }
        for tens in ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
        where word.hasSuffix(tens) {
            let head = word.dropLast(tens.count)
            for joint in ["en", "ën"] where head.hasSuffix(joint) {
                if let unit = words[String(head.dropLast(joint.count))], (1...9).contains(unit) { return words[tens]! + unit }
            }
        }
        return nil
    }

    private static func word(_ chars: FoldedText, _ i: Int, _ taken: [Bool]) -> (text: String, end: Int)? {
        guard i < chars.count, chars.isLetter(i) else { return nil }
        var e = i
        while e < chars.count, !taken[e], chars.isLetter(e), e - i < 16 { e += 1 }
        guard e == chars.count || !(chars.isLetter(e) || chars.isDigit(e)) else { return nil }
        return (chars.lowercased(i, e), e)
    }
}
