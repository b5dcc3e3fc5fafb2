/// `{name}` placeholders, in interface strings and digest labels alike.
///
/// Replaces each `{name}` in `template` by `values[name]`. One pass, left to right: a value
/// is never searched again, so an article label or a folder name containing braces comes
/// out as it is. A placeholder without a value is left visible, so the mistake shows.
public func format(_ template: String, _ values: [String: String]) -> String {
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
        result += rest[..<open]
        let afterOpen = rest.index(after: open)
        if let close = rest[afterOpen...].firstIndex(of: "}"),
           Placeholders.isName(rest[afterOpen..<close]),
           let value = values[String(rest[afterOpen..<close])] {
            result += value
            rest = rest[rest.index(after: close)...]
        } else {
            result += "{"
            rest = rest[afterOpen...]
        }
    }
    return result + rest
}

/// Reading the `{name}` placeholders of a template.
public enum Placeholders {
    /// The placeholder names in `template`, sorted, with repeats: the tests compare them
    /// across languages (the order may differ, grammar permitting).
    public static func names(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), isName(rest[afterOpen..<close]) {
                names.append(String(rest[afterOpen..<close]))
                rest = rest[rest.index(after: close)...]
            } else {
                rest = rest[afterOpen...]
            }
        }
        return names.sorted()
    }

    /// Names are plain ASCII letters, so that stray braces in prose are never taken for one.
    static func isName(_ s: Substring) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
    }
}
