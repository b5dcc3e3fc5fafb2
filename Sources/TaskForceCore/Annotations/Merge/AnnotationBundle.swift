/// A bundle (Annotations/README.md): every annotation of a folder in one file, to carry on a USB
/// stick to another city. The file is a ustar archive (see `UStar`): first the
/// `MANIFEST` (see `BundleManifest`), then each annotation file under its path
/// `<text-id>/<id>.json` and each session record under `sessions/<code>.json` (the
/// headcounts the digest's breakdown needs), their bytes exactly those of the files.
///
/// A bundle is all or nothing: `verify` accepts it only if every member is listed in
/// the manifest with its SHA-256, every listed member is there, and every member is a
/// valid annotation in its right place. One problem refuses the whole bundle.
///
/// Copies kept aside in `conflicts/` are not bundled: they wait for a person to decide,
/// in the folder where the conflict was found.
public enum AnnotationBundle {
    /// Checked before reading: about 300,000 annotations.
    public static let sizeLimit = 512 * 1024 * 1024

    /// What a verified bundle holds.
    public struct Contents: Sendable {
        public var files: [AnnotationLoader.File]
        public var sessions: [SessionFile]
    }

    /// The bundle of `files` and `sessions`, sorted by path.
    public static func archive(_ files: [AnnotationLoader.File], sessions: [SessionFile] = []) throws(BundleDefect) -> [UInt8] {
        let sorted = (files.map { (path: $0.path, bytes: $0.bytes) } + sessions.map { (path: $0.path, bytes: $0.bytes) })
            .sorted { $0.path < $1.path }
        let members = [UStar.Member(name: BundleManifest.memberName, bytes: BundleManifest(members: sorted).bytes)]
            + sorted.map { UStar.Member(name: $0.path, bytes: $0.bytes) }
        do { return try UStar.archive(members) } catch { throw BundleDefect(error.message) }
    }

    /// The annotation files and session records of a bundle, after every check has
    /// passed; `name` is the bundle's path, for the files' `origin`.
    public static func verify(_ archive: [UInt8], name: String) throws(BundleDefect) -> Contents {
        let members: [UStar.Member]
        do {
            members = try UStar.members(of: archive) {
                $0 == BundleManifest.memberName ? BundleManifest.sizeLimit : AnnotationCodec.sizeLimit
            }
        } catch { throw BundleDefect(error.message) }
        guard let first = members.first, first.name == BundleManifest.memberName else {
            throw BundleDefect("it does not start with its \(BundleManifest.memberName)")
        }
        let manifest = try BundleManifest.parse(first.bytes)
        var files: [AnnotationLoader.File] = []
        var sessions: [SessionFile] = []
        var seen: Set<String> = []
        for member in members.dropFirst() {
            let path = member.name
            if let problem = BundleManifest.pathProblem(path) { throw BundleDefect("the member \(path) \(problem)") }
            guard seen.insert(path).inserted else { throw BundleDefect("it holds \(path) twice") }
            guard let hash = manifest.hashes[path] else { throw BundleDefect("it holds \(path), which its manifest does not list") }
            guard BundleManifest.sha256(member.bytes) == hash else {
                throw BundleDefect("\(path) does not match its SHA-256 in the manifest (damaged or altered)")
            }
            if path.hasPrefix("sessions/") {
                let record: SessionRecord
                do { record = try SessionRecordCodec.decode(member.bytes) } catch {
                    throw BundleDefect("\(path) is not a valid session record: \(error.message)")
                }
                let file = SessionFile(record: record, bytes: member.bytes, origin: "\(name):\(path)")
                guard file.path == path else { throw BundleDefect("\(path) holds the session record \(file.path)") }
                sessions.append(file)
                continue
            }
            let a: Annotation
            do { a = try AnnotationCodec.decode(member.bytes) } catch {
                throw BundleDefect("\(path) is not a valid annotation: \(error.message)")
            }
            guard path == "\(a.text)/\(a.id.value).json" else {
                throw BundleDefect("\(path) holds the annotation \(a.text)/\(a.id.value).json")
            }
            files.append(AnnotationLoader.File(annotation: a, bytes: member.bytes, path: path, origin: "\(name):\(path)"))
        }
        if let missing = manifest.hashes.keys.sorted().first(where: { !seen.contains($0) }) {
            throw BundleDefect("its manifest lists \(missing), which is missing")
        }
        return Contents(files: files, sessions: sessions)
    }
}

/// Why a bundle is refused, as the end of a sentence about it.
public struct BundleDefect: Error, Sendable, Equatable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
