import Mustache

/// Entity-encodes text for HTML, one Unicode scalar at a time: `<` `>` `&` `"` `'` become
/// `&lt;` `&gt;` `&amp;` `&quot;` `&#39;` wherever they stand.
///
/// swift-mustache's own HTML content type compares whole Characters, so a `"` or `<`
/// followed by a combining mark (`"\u{301}`, one grapheme) is written as it is: harmless in
/// text, but a quote that ends an attribute value. A comment can hold any mark, so the
/// digest's templates use this content type (`HTML_STRICT`): the same five entities, and
/// no character ever slips through.
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
    }

    static let contentTypeName = "HTML_STRICT"
}
