import Mustache

/// Makes any text literal in Markdown (CommonMark and GitHub's tables): a comment can
/// never become a heading, a list, a link, an image, emphasis, a table cell border, raw
/// HTML or an entity. Used by the template engine for every `{{value}}` of a Markdown
/// template, so no value can be forgotten.
///
/// Works on Unicode scalars, not Characters: Markdown parsers read code points, so a `*`
/// followed by a combining accent is still a `*` to them (a Character comparison would
/// miss it and let emphasis or a link through).
enum MarkdownEscaping {
    /// Backslash-escaped wherever they stand: inline markup, raw HTML, entities, tables.
    static let inline: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "!", "{", "}"]
    /// Markup only at the start of a line: lists, setext headings, thematic breaks.
    static let lineStart: Set<Unicode.Scalar> = ["-", "+", "="]

    /// Newlines become spaces (a value is one line: the templates split bodies into lines
    /// themselves), leading spaces are dropped (four would start a code block), and an
    /// ordered-list marker (`1.` `1)`) is broken by escaping its dot or bracket.
    ///
    /// Works on the UTF-8 bytes: every scalar it looks for is ASCII, and in UTF-8 an ASCII
    /// byte is always that scalar (the bytes of other scalars are all 0x80 or more, and end
    /// the start of a line like any other scalar), so this is the same as going scalar by
    /// scalar. A text that needs nothing is returned as it is.
    static func escape(_ text: String) -> String {
        if let first = text.utf8.first, !marks[Int(first)], !text.utf8.contains(where: { $0 < 0x80 && escaped[Int($0)] }) {
            return text
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        var atStart = true
        var leadingDigits = 0
        let backslash = UInt8(ascii: "\\")
        for byte in text.utf8 {
            let c = byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") ? UInt8(ascii: " ") : byte
            if atStart {
                if c == UInt8(ascii: " "), leadingDigits == 0 { continue }
                if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) { leadingDigits += 1; out.append(c); continue }
                if leadingDigits > 0, c == UInt8(ascii: ".") || c == UInt8(ascii: ")") { out.append(backslash) }
                else if leadingDigits == 0, c < 0x80, lineStart.contains(Unicode.Scalar(c)) { out.append(backslash) }
                atStart = false
            }
            if c < 0x80, inline.contains(Unicode.Scalar(c)) { out.append(backslash) }
            out.append(c)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ASCII bytes that change anywhere: the inline marks and line breaks.
    private static let escaped: [Bool] = (0..<128).map { b in
        b == 0x0A || b == 0x0D || inline.contains(Unicode.Scalar(UInt8(b)))
    }

    /// First bytes that may change or be dropped: a space, a digit, a line-start mark (and
    /// everything in `escaped`); never a byte of 0x80 or more.
    private static let marks: [Bool] = (0..<256).map { b in
        b < 0x80 && (b == 0x20 || (0x30...0x39).contains(b) || lineStart.contains(Unicode.Scalar(UInt8(b))) || escaped[b])
    }

    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { MarkdownEscaping.escape(text) }
    }
}
