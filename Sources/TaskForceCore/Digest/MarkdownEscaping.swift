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
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var atStart = true
        var leadingDigits = 0
        for scalar in text.unicodeScalars {
            let c: Unicode.Scalar = scalar == "\n" || scalar == "\r" ? " " : scalar
            if atStart {
                if c == " ", leadingDigits == 0 { continue }
                if ("0"..."9").contains(c) { leadingDigits += 1; out.append(c); continue }
                if leadingDigits > 0, c == "." || c == ")" { out.append("\\") }
                else if leadingDigits == 0, lineStart.contains(c) { out.append("\\") }
                atStart = false
            }
            if inline.contains(c) { out.append("\\") }
            out.append(c)
        }
        return String(out)
    }

    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { MarkdownEscaping.escape(text) }
    }
}
