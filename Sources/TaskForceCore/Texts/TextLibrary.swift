import Foundation

/// The texts of a `Texts/` folder: files named `<text-id>.<lang>.<ext>` grouped into
/// one text per id with one version per language (ARCHITECTURE: Texts), and the problems found
/// on the way. A bad file never hides the good ones: it is listed with its problem.
public struct TextLibrary: Sendable {
    public struct Version: Sendable {
        public var language: String
        public var url: URL
        /// Nil when the file could not be read or split; see the text's problems.
        public var file: TextFile?
    }

    public struct LegalText: Sendable {
        public var id: TextID
        public var versions: [Version]
        public var problems: [TextProblem]

        /// The title of the first readable version in `preferredLanguages` order.
        public func title(preferring preferredLanguages: [String] = TextLibrary.defaultLanguages) -> String {
            let readable = versions.filter { $0.file != nil }
            for language in preferredLanguages {
                if let v = readable.first(where: { $0.language == language }) { return v.file!.split.title }
            }
            return readable.first?.file?.split.title ?? id.rawValue
        }

        public func version(_ language: String) -> Version? {
            versions.first { $0.language == language }
        }
    }

    /// French first: the union works mostly in French and Dutch, in that order.
    public static let defaultLanguages = ["fr", "nl", "en", "de"]
    public static let extensions = ["txt", "md", "xml"]

    public var directory: URL
    public var texts: [LegalText]
    /// Files that are not named `<text-id>.<lang>.<ext>`.
    public var strayFiles: [TextProblem]

    public func text(_ id: TextID) -> LegalText? { texts.first { $0.id == id } }

    public static func load(_ directory: URL) throws(InputError) -> TextLibrary {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        } catch {
            throw InputError(.io, file: directory.path, "cannot list the texts folder (\(error.localizedDescription))")
        }
        var byID: [TextID: [Version]] = [:]
        var problemsByID: [TextID: [TextProblem]] = [:]
        var stray: [TextProblem] = []
        for name in names where !name.hasPrefix(".") && !name.lowercased().hasPrefix("readme") {
            let url = directory.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                continue
            }
            guard let parsed = TextFileName(name) else {
                stray.append(TextProblem(file: url.relativePath, line: nil,
                    message: "not read: texts must be named <text-id>.<language>.<txt|md|xml>, e.g. my-bill.fr.txt"))
                continue
            }
            var version = Version(language: parsed.language, url: url, file: nil)
            do {
                version.file = try TextFile.load(url, language: parsed.language)
                problemsByID[parsed.id, default: []] += version.file!.split.problems
            } catch {
                problemsByID[parsed.id, default: []].append(
                    TextProblem(file: error.file, line: error.line, message: error.message))
            }
            byID[parsed.id, default: []].append(version)
        }
        var texts: [LegalText] = []
        for id in byID.keys.sorted() {
            let versions = byID[id]!
            var problems = problemsByID[id] ?? []
            problems += VersionComparison.problems(versions.compactMap { v in v.file.map { (v.language, $0) } })
            texts.append(LegalText(id: id, versions: versions, problems: problems))
        }
        return TextLibrary(directory: directory, texts: texts, strayFiles: stray)
    }
}

/// `<text-id>.<lang>.<ext>` with `text-id` in `[a-z0-9-]+` and a 2–3 letter language.
public struct TextFileName: Sendable, Equatable {
    public var id: TextID
    public var language: String
    public var ext: String

    public init?(_ name: String) {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        let language = String(parts[1]), ext = String(parts[2])
        guard let id = TextID(String(parts[0])),
              (2...3).contains(language.count), language.allSatisfy({ $0 >= "a" && $0 <= "z" }),
              TextLibrary.extensions.contains(ext) else { return nil }
        self.id = id
        self.language = language
        self.ext = ext
    }

    public static func isValidID(_ id: String) -> Bool { TextID.isValid(id) }
}

/// The language versions of one text must have the same article numbers (Belgian laws
/// are published in French and Dutch with the same numbering): annotations are keyed
/// by number, so a mismatch would attach a comment to the wrong article.
enum VersionComparison {
    static func problems(_ versions: [(language: String, file: TextFile)]) -> [TextProblem] {
        guard let reference = versions.first else { return [] }
        let referenceNumbers = reference.file.split.articles.map(\.number)
        var problems: [TextProblem] = []
        for other in versions.dropFirst() {
            let numbers = other.file.split.articles.map(\.number)
            if numbers == referenceNumbers { continue }
            let missing = referenceNumbers.filter { !Set(numbers).contains($0) }
            let extra = numbers.filter { !Set(referenceNumbers).contains($0) }
            var parts: [String] = []
            if !missing.isEmpty { parts.append("lacks article\(missing.count > 1 ? "s" : "") \(list(missing)) of the \(reference.language) version") }
            if !extra.isEmpty { parts.append("has article\(extra.count > 1 ? "s" : "") \(list(extra)) that the \(reference.language) version lacks") }
            if parts.isEmpty { parts.append("numbers its articles in another order than the \(reference.language) version") }
            problems.append(TextProblem(file: other.file.url.relativePath, line: nil,
                                        message: "the \(other.language) version " + parts.joined(separator: " and ")))
        }
        return problems
    }

    private static func list(_ numbers: [String]) -> String {
        numbers.count <= 6 ? numbers.joined(separator: ", ")
            : numbers.prefix(6).joined(separator: ", ") + " and \(numbers.count - 6) more"
    }
}
