/// A file path written so plainly that `URL(fileURLWithPath:)` would keep it as it is: its
/// `relativePath`, `lastPathComponent` and `pathExtension` are then read off the string.
/// `parse FILE` uses it: making the URL and asking it for these was 0.15 to 0.18 ms and 21
/// page faults of a one-article parse's 3.3 ms (Foundation decodes the path through a
/// `Set<UInt8>`, whose type the runtime looks up by name at its first use in each run).
///
/// Printable ASCII only, without `~` first (URL expands it), a `/` last (URL drops it), `.`
/// or `..` last (URL resolves them) or `//`; anything else is nil and goes through URL.
/// PlainFilePathTests holds both to the same answers on every path of a large generated set.
public struct PlainFilePath: Sendable, Equatable {
    /// URL's `relativePath`: the string itself.
    public var path: String
    /// URL's `lastPathComponent`: what follows the last `/`.
    public var lastComponent: String
    /// URL's `pathExtension`: what follows the last dot of the last component, unless the dot
    /// begins or ends it, or what comes before it is `.` or `..`, or what follows holds a space.
    public var pathExtension: String

    public init?(_ path: String) {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        let bytes = Array(path.utf8)
        guard let first = bytes.first, first != UInt8(ascii: "~"), bytes.last != slash else { return nil }
        // One loop over the bytes: splitting into components, or a key path, would make the
        // runtime build their types' metadata at start-up (0.05 ms).
        var nameStart = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte >= 0x20, byte < 0x7F else { return nil }
            guard byte == slash else { continue }
            if index > 0, bytes[index - 1] == slash { return nil }
            nameStart = index + 1
        }
        let name = bytes[nameStart...]
        guard !name.elementsEqual([dot]), !name.elementsEqual([dot, dot]) else { return nil }
        self.path = path
        lastComponent = String(decoding: name, as: UTF8.self)
        pathExtension = ""
        if let lastDot = name.lastIndex(of: dot), lastDot != name.startIndex, lastDot != name.endIndex - 1 {
            let stem = name[..<lastDot], ext = name[(lastDot + 1)...]
            let stemIsDotOrDots = stem.count <= 2 && stem.allSatisfy { $0 == dot }
            if !stemIsDotOrDots, !ext.contains(UInt8(ascii: " ")) {
                pathExtension = String(decoding: ext, as: UTF8.self)
            }
        }
    }
}
