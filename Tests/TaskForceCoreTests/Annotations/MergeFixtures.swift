import AnnotationFixtures
import Foundation
@testable import TaskForceCore

/// Folders of annotation files for the merge and bundle tests: written plainly (the
/// merge under test is what must be durable), compared as `[relative path: bytes]`.
struct MergeScratch {
    let url: URL

    init() throws {
        url = try PrivateTemporaryFolder.make(prefix: "taskforce-merge")
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    func folder(_ name: String) -> URL { url.appendingPathComponent(name) }
    func store(_ name: String) -> AnnotationStore { AnnotationStore(root: folder(name)) }

    /// Writes each annotation's canonical bytes at `<text-id>/<id>.json` under `name`.
    @discardableResult
    func write(_ annotations: [Annotation], into name: String) throws -> URL {
        try FileManager.default.createDirectory(at: folder(name), withIntermediateDirectories: true)
        for a in annotations { try writeFile(AnnotationCodec.encode(a), at: "\(a.text)/\(a.id.value).json", in: name) }
        return folder(name)
    }

    @discardableResult
    func writeFile(_ bytes: [UInt8], at path: String, in name: String) throws -> URL {
        let file = folder(name).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    func copy(_ from: String, to name: String) throws {
        if FileManager.default.fileExists(atPath: folder(from).path) {
            try FileManager.default.copyItem(at: folder(from), to: folder(name))
        } else {
            try FileManager.default.createDirectory(at: folder(name), withIntermediateDirectories: true)
        }
    }

    /// Merges the named folders (or files) into `name`, as `taskforce merge` does.
    @discardableResult
    func merge(_ sources: [String], into name: String) throws -> [MergeReport] {
        try AnnotationMerge.merge(sources.map(folder), into: store(name)).reports
    }
}

enum MergeFixtures {
    static let text: TextID = "demo-travail-du-sexe"
    static let day: Day = "2026-03-08"

    static func comment(_ body: String, article: ArticleNumber = "1", stance: Stance = .concern) -> Annotation {
        Annotation.comment(text: text, article: article, fingerprint: "0eb661f111e275d9", stance: stance,
                           tags: [.safety, .income], body: body, language: "fr", session: "BXL-2026-03", day: day)
    }

    /// The same annotation (same id) with other content: what a conflict is made of.
    static func variant(of a: Annotation, _ n: Int) -> Annotation {
        var v = a
        // Another day, not another count: a show of hands would need its facilitator's signature.
        if case .comment = v.payload { v.changeComment { $0.body += " (version \(n))" } } else { v.day = Day("2026-03-1\(n)")! }
        return v
    }

    /// Every regular file and symbolic link below `folder`, by path relative to it, with its
    /// bytes (a link's bytes are its target): what a user would see, less tmp/, drafts/ and
    /// quarantine/, where nothing merged belongs.
    static func contents(_ folder: URL, excluding skipped: Set<String> = ["tmp", "drafts", "quarantine"]) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        func walk(_ url: URL, _ prefix: String) {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
                if prefix.isEmpty, skipped.contains(name) { continue }
                let path = prefix.isEmpty ? name : "\(prefix)/\(name)"
                let child = url.appendingPathComponent(name)
                var info = stat()
                guard lstat(child.path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: walk(child, path)
                case S_IFLNK: out[path] = Array("-> \((try? FileManager.default.destinationOfSymbolicLink(atPath: child.path)) ?? "?")".utf8)
                case S_IFREG: out[path] = (try? Data(contentsOf: child)).map(Array.init) ?? []
                default: out[path] = Array("(special file)".utf8)
                }
            }
        }
        walk(folder, "")
        return out
    }

    /// Names in `folder`, unsorted; empty if it does not exist.
    static func names(in folder: URL) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    }

    /// The annotation files only (no conflicts/).
    static func annotations(_ folder: URL) -> [String: [UInt8]] {
        contents(folder, excluding: ["tmp", "drafts", "quarantine", "conflicts"])
    }

    /// Every version known of each annotation, by `<text-id>/<id>.json`: the annotation
    /// file and the copies kept aside in `conflicts/` (`<id>.json`, `<id>.json.<n>`).
    static func versions(_ folder: URL) -> [String: Set<[UInt8]>] {
        var out: [String: Set<[UInt8]>] = [:]
        for (path, bytes) in contents(folder) {
            var parts = path.split(separator: "/").map(String.init)
            if parts.first == "conflicts" { parts.removeFirst() }
            guard parts.count == 2 else { continue }
            let name = parts[1].split(separator: ".").prefix(2).joined(separator: ".")
            out["\(parts[0])/\(name)", default: []].insert(bytes)
        }
        return out
    }
}
