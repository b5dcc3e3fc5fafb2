import Testing
@testable import TaskForceCore

/// The Markdown and HTML escaping works on UTF-8 bytes and returns a text that needs
/// nothing as it is: the result must be the bytes of escaping scalar by scalar.
@Suite struct DigestEscapingTests {
    /// The escaping as it was written first, scalar by scalar: the reference.
    static func markdownByScalar(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var atStart = true
        var leadingDigits = 0
        for scalar in text.unicodeScalars {
            let c: Unicode.Scalar = scalar == "\n" || scalar == "\r" ? " " : scalar
            if atStart {
                if c == " ", leadingDigits == 0 { continue }
                if ("0"..."9").contains(c) { leadingDigits += 1; out.append(c); continue }
                if leadingDigits > 0, c == "." || c == ")" { out.append("\\") }
                else if leadingDigits == 0, MarkdownEscaping.lineStart.contains(c) { out.append("\\") }
                atStart = false
            }
            if MarkdownEscaping.inline.contains(c) { out.append("\\") }
            out.append(c)
        }
        return String(out)
    }

    static let entities: [Unicode.Scalar: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"]

    static func htmlByScalar(_ text: String) -> String {
        text.unicodeScalars.map { entities[$0] ?? String($0) }.joined()
    }

    /// Texts of up to 12 pieces drawn from every kind of scalar the escaping looks at or
    /// must pass by: each ASCII character, marks, spaces of other scripts, digits of other
    /// scripts, emoji, CR LF.
    static func texts() -> [String] {
        let ascii = (0x20...0x7E).map { String(Unicode.Scalar(UInt8($0))) }
        let pieces = ascii + ["\n", "\r", "\r\n", "\t", "\u{301}", "\u{A0}", "\u{2003}", "é", "٤", "１", "\u{200B}",
                              "😀", "👩🏽‍⚕️", "\u{FEFF}", "日本", "12.", "3)", "  -", "\u{0}", "\u{85}"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var texts = pieces + [""]
        for _ in 0..<20_000 { texts.append((0..<next(13)).map { _ in pieces[next(pieces.count)] }.joined()) }
        return texts
    }

    @Test func escapingByteByByteIsEscapingScalarByScalar() {
        for text in Self.texts() {
            #expect(Array(MarkdownEscaping.escape(text).utf8) == Array(Self.markdownByScalar(text).utf8), "\(text.debugDescription)")
            #expect(Array(HTMLEscaping.escape(text).utf8) == Array(Self.htmlByScalar(text).utf8), "\(text.debugDescription)")
        }
    }
}
