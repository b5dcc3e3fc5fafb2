import Foundation

/// One SOURCE of a merge, read whole before anything is copied, and never changed: a
/// folder is read without quarantine (its bad files are listed as invalid and left
/// where they are); a bundle is verified whole or refused.
///
/// Session records (`sessions/<code>.json`) travel with the annotations: the digest's
/// headcounts and breakdowns by place need them.
public struct MergeSource: Sendable {
    /// The path as given, for messages.
    public var name: String
    /// Valid annotation files, each under `<text-id>/<id>.json`.
    public var files: [AnnotationLoader.File]
    /// Versions a source folder had itself kept aside in its `conflicts/`: carried along
    /// so that merging through an intermediate folder loses no version (associativity).
    /// They only ever go to the destination's `conflicts/`, never into its annotations.
    public var keptAside: [AnnotationLoader.File]
    public var invalid: [MergeReport.Invalid]
    /// Valid session records, each under `sessions/<code>.json`.
    public var sessions: [SessionFile]

    public init(name: String, files: [AnnotationLoader.File], keptAside: [AnnotationLoader.File] = [],
                invalid: [MergeReport.Invalid] = [], sessions: [SessionFile] = []) {
        self.name = name
        self.files = files
        self.keptAside = keptAside
        self.invalid = invalid
        self.sessions = sessions
    }

    /// A folder or a bundle file, by what `url` is.
    public init(reading url: URL) throws(InputError) {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            throw InputError(.io, file: url.relativePath, "cannot read it (\(String(cString: strerror(errno))))")
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: self = Self.folder(url)
        case S_IFREG:
            let contents = try BundleFile.read(url)
            self = MergeSource(name: url.relativePath, files: contents.files, sessions: contents.sessions)
        default: throw InputError(.badData, file: url.relativePath, "this is neither a folder nor a bundle file")
        }
    }

    static func folder(_ url: URL) -> MergeSource {
        let store = AnnotationStore(root: url)
        let loaded = AnnotationLoader.loadFiles(store, quarantine: false)
        var source = MergeSource(name: url.relativePath, files: loaded.files,
                                 invalid: loaded.defects.map { .init(file: $0.file, line: $0.line, reason: $0.message) })
        readKeptAside(store, into: &source)
        let sessions = SessionRecords.loadFiles(store, quarantine: false)
        source.sessions = sessions.files
        source.invalid += sessions.defects.map { .init(file: $0.file, line: $0.line, reason: $0.message) }
        return source
    }

    /// `conflicts/<text-id>/<id>.json` and `<id>.json.<n>`, checked like any annotation.
    private static func readKeptAside(_ store: AnnotationStore, into source: inout MergeSource) {
        let fm = FileManager.default
        let root = store.conflictsFolder
        guard isFolder(root), let texts = try? fm.contentsOfDirectory(atPath: root.path) else { return }
        // Session records kept aside (conflicts/sessions/) wait for a person: not carried.
        for name in texts.sorted() where !name.hasPrefix(".") && name != "sessions" {
            let folder = root.appendingPathComponent(name)
            guard isFolder(folder), let text = TextID(name),
                  let names = try? fm.contentsOfDirectory(atPath: folder.path) else {
                source.invalid.append(.init(file: folder.relativePath, reason: "not a folder of kept-aside annotations"))
                continue
            }
            for name in names.sorted() {
                let url = folder.appendingPathComponent(name)
                guard let id = keptAsideID(name) else {
                    source.invalid.append(.init(file: url.relativePath, reason: "the name is not <id>.json or <id>.json.<n>"))
                    continue
                }
                switch AnnotationLoader.readFile(url, textID: text, id: id) {
                case .success(let (a, bytes)):
                    source.keptAside.append(.init(annotation: a, bytes: bytes, path: "\(text)/\(id.value).json",
                                                  origin: url.relativePath))
                case .failure(let defect):
                    source.invalid.append(.init(file: url.relativePath, line: defect.line, reason: defect.message))
                }
            }
        }
    }

    /// The id in `<id>.json` or `<id>.json.<n>`.
    static func keptAsideID(_ name: String) -> AnnotationID? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[1] == "json" else { return nil }
        if parts.count == 3, parts[2].isEmpty || !parts[2].allSatisfy({ $0 >= "0" && $0 <= "9" }) { return nil }
        return AnnotationID(String(parts[0]))
    }

    private static func isFolder(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
