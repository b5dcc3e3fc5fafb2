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
        let bytes = Array(path.utf8)
        guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: "~"), last != UInt8(ascii: "/"),
              bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        let components = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        // An empty component is a `//`, except before a leading `/`.
        guard !components.dropFirst().contains(where: \.isEmpty) else { return nil }
        let name = components[components.count - 1]
        guard !name.elementsEqual([0x2E]), !name.elementsEqual([0x2E, 0x2E]) else { return nil }  // `.`, `..`
        self.path = path
        lastComponent = String(decoding: name, as: UTF8.self)
        pathExtension = ""
        let dot = UInt8(ascii: ".")
        if let lastDot = name.lastIndex(of: dot), lastDot != name.startIndex, lastDot != name.endIndex - 1 {
            let stem = name[..<lastDot], ext = name[(lastDot + 1)...]
            let stemIsDotOrDots = stem.count <= 2 && stem.allSatisfy { $0 == dot }
            if !stemIsDotOrDots, !ext.contains(UInt8(ascii: " ")) {
                pathExtension = String(decoding: ext, as: UTF8.self)
            }
        }
    }
}
