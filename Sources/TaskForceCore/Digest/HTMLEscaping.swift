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
    ///
    /// Works on the UTF-8 bytes: the five are ASCII, and in UTF-8 an ASCII byte is always
    /// that scalar (the bytes of other scalars are all 0x80 or more), so this is the same
    /// as going scalar by scalar. A text without any of them is returned as it is.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { special($0) }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func special(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
    }

    static let contentTypeName = "HTML_STRICT"
}
