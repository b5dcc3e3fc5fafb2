/// Decodes HTML character references: the named ones pages of legislation use (the
/// whole Latin-1 set, typographic quotes and dashes) and numeric ones (`&#233;`,
/// `&#xE9;`). An unknown or malformed reference is left as written.
enum HTMLEntities {
    static let named: [String: Character] = {
        // The Latin-1 entities in code point order, U+00A0 to U+00FF.
        let latin1 = """
            nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr \
            deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 \
            frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc \
            Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash \
            Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring \
            aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve \
            oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
            """.split(separator: " ")
        var table: [String: Character] = [:]
        for (offset, name) in latin1.enumerated() {
            table[String(name)] = Character(Unicode.Scalar(UInt32(0xA0 + offset))!)
        }
        let others: [String: UInt32] = [
            "quot": 0x22, "amp": 0x26, "apos": 0x27, "lt": 0x3C, "gt": 0x3E,
            "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178,
            "fnof": 0x192, "circ": 0x2C6, "tilde": 0x2DC, "ensp": 0x2002, "emsp": 0x2003,
            "thinsp": 0x2009, "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019,
            "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "dagger": 0x2020,
            "Dagger": 0x2021, "bull": 0x2022, "hellip": 0x2026, "permil": 0x2030, "lsaquo": 0x2039,
            "rsaquo": 0x203A, "euro": 0x20AC, "trade": 0x2122, "minus": 0x2212,
        ]
        for (name, value) in others { table[name] = Character(Unicode.Scalar(value)!) }
        return table
    }()

    static func decode(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            guard c == "&", let semicolon = text[i...].prefix(12).firstIndex(of: ";"),
                  let decoded = reference(text[text.index(after: i)..<semicolon]) else {
                out.append(c)
                i = text.index(after: i)
                continue
            }
            out.append(decoded)
            i = text.index(after: semicolon)
        }
        return out
    }

    /// The character for `name` (what stands between `&` and `;`), or nil.
    private static func reference(_ name: Substring) -> Character? {
        guard name.first == "#" else { return named[String(name)] }
        var digits = name.dropFirst()
        var radix = 10
        if digits.first == "x" || digits.first == "X" {
            radix = 16
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, let value = UInt32(digits, radix: radix) else { return nil }
        // Pages written in windows-1252 refer to its C1 range (&#146; for ’).
        if (0x80...0x9F).contains(value) {
            return Character(WebPageDecoding.windows1252(UInt8(value)))
        }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return Character(scalar)
    }
}
