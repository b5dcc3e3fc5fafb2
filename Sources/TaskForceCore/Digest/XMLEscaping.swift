/// Text made safe for the XML of a DOCX or ODT digest, in an element or an attribute:
/// `<` `>` `&` `"` `'` become entities, scalar by scalar (as `HTMLEscaping` does, so a quote
/// followed by a combining mark is still a quote), and every scalar XML 1.0 does not allow
/// is dropped (C0 controls but tab and newline, U+FFFE, U+FFFF), so that no comment can make
/// a document unreadable. The digest's text is already sanitized (`Sanitizer`, `.export`):
/// this is the second line, not the first.
enum XMLEscaping {
    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { needsWork($0) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: if allowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// XML 1.0's `Char` production (Swift strings hold no lone surrogates).
    static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xFFFD: true
        case 0x10000...: true
        default: false
        }
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "<", ">", "&", "\"", "'": true
        default: !allowed(scalar)
        }
    }
}
