import Crypto

/// The first member of a bundle, named `MANIFEST`: a format line, then one line per
/// annotation (and session record) in the style of `sha256sum`, sorted by path:
///
///     taskforce.bundle.v1
///     <SHA-256 of the file, 64 lowercase hex>  <text-id>/<id>.json
///     <SHA-256 of the file, 64 lowercase hex>  sessions/<code>.json
///
/// After `tar xf x.tfbundle`, `tail -n +2 MANIFEST | sha256sum -c` checks the files by hand.
public struct BundleManifest: Sendable, Equatable {
    public static let format = "taskforce.bundle.v1"
    public static let memberName = "MANIFEST"
    /// A line is at most about 210 bytes: room for some 300,000 annotations.
    public static let sizeLimit = 64 * 1024 * 1024

    /// SHA-256 in lowercase hex, by member path.
    public var hashes: [String: String]

    public init(hashes: [String: String]) {
        self.hashes = hashes
    }

    /// The manifest of these members (path, bytes), hashed now.
    public init(members: [(path: String, bytes: [UInt8])]) {
        hashes = Dictionary(members.map { ($0.path, Self.sha256($0.bytes)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The manifest of these annotation files.
    public init(files: [AnnotationLoader.File]) {
        self.init(members: files.map { (path: $0.path, bytes: $0.bytes) })
    }

    public var bytes: [UInt8] {
        let lines = [Self.format] + hashes.keys.sorted().map { "\(hashes[$0]!)  \($0)" }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    public static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    /// Reads a manifest strictly: the format line, then well-formed lines only, each
    /// path once.
    public static func parse(_ bytes: [UInt8]) throws(BundleDefect) -> BundleManifest {
        guard let text = String(validating: bytes, as: UTF8.self), text.hasSuffix("\n") else {
            throw BundleDefect("its manifest is not UTF-8 text ending with a new line")
        }
        var lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        let first = lines.removeFirst()
        guard first == format else {
            throw BundleDefect("its manifest is not \(format) (it starts with \"\(first.prefix(40))\")")
        }
        var hashes: [String: String] = [:]
        for (index, line) in lines.enumerated() {
            let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, parts[1].isEmpty, parts[0].utf8.count == 64,
                  parts[0].utf8.allSatisfy(AnnotationRules.isLowerHex) else {
                throw BundleDefect("line \(index + 2) of its manifest is not \"<SHA-256>  <path>\"")
            }
            let path = String(parts[2])
            if let problem = pathProblem(path) { throw BundleDefect("its manifest lists \(path), which \(problem)") }
            guard hashes[path] == nil else { throw BundleDefect("its manifest lists \(path) twice") }
            hashes[path] = String(parts[0])
        }
        return BundleManifest(hashes: hashes)
    }

    /// Why `path` cannot be an annotation's place in a folder, `<text-id>/<id>.json`, or a
    /// session record's, `sessions/<code>.json`, as the end of a sentence; nil when it
    /// can. The destination builds its own path from the record anyway: this refuses a
    /// bundle that tries anything else.
    static func pathProblem(_ path: String) -> String? {
        if path.hasPrefix("/") { return "is an absolute path" }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains(where: { $0 == ".." || $0 == "." }) { return "points outside its folder (\"..\" or \".\")" }
        if parts.count == 2, parts[0] == "sessions" {
            guard parts[1].hasSuffix(".json"), AnnotationRules.isSessionCode(String(parts[1].dropLast(5))) else {
                return "is not named sessions/<session code>.json"
            }
            return nil
        }
        guard parts.count == 2, TextFileName.isValidID(String(parts[0])), parts[0].count <= 100,
              parts[1].hasSuffix(".json"), AnnotationID(String(parts[1].dropLast(5))) != nil else {
            return "is not named <text-id>/<id>.json"
        }
        if AnnotationStore.reservedFolders.contains(String(parts[0])) { return "is in the reserved folder \(parts[0])/" }
        return nil
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
