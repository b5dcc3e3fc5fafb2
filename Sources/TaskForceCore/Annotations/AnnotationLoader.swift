import Foundation

/// Reads every committed annotation of an `Annotations/` folder (Annotations/README.md). Each file
/// is checked before it is trusted: a regular file (no symlink, FIFO, device), under
/// the size cap (checked before reading), named `<id>.json` in its text's folder, then
/// strict JSON with exactly the allowed fields. A bad file never stops the load and is
/// never deleted: it is reported and moved to `quarantine/`.
public enum AnnotationLoader {
    public struct Defect: Sendable, Equatable, CustomStringConvertible {
        /// The path where the file was found.
        public var file: String
        public var line: Int?
        public var message: String
        /// Where it was moved, or nil if it could not be moved (then it stays, reported).
        public var quarantinedAs: String?

        /// One line, whatever characters the file's name holds.
        public var description: String {
            let place = line.map { "\(PrintableName.of(file)):\($0)" } ?? PrintableName.of(file)
            let moved = quarantinedAs.map { " (moved to \(PrintableName.of($0)))" } ?? " (left in place: it could not be moved)"
            return "\(place): \(message)\(moved)"
        }
    }

    public struct Result: Sendable {
        public var annotations: [Annotation]
        public var defects: [Defect]
    }

    /// - Parameter quarantine: move bad files to `quarantine/` (true for every real load;
    ///   false only for read-only inspections of someone else's folder, such as a merge
    ///   source: then nothing in the folder is moved or changed).
    public static func load(_ store: AnnotationStore, quarantine: Bool = true) -> Result {
        var annotations: [Annotation] = []
        // Room for each folder's files as it comes, growing by half at least (an exact reserve
        // per folder would copy everything read so far once per folder).
        let defects = walk(store, quarantine: quarantine, keepBytes: false, expecting: { more in
            let needed = annotations.count + more
            if needed > annotations.capacity { annotations.reserveCapacity(max(needed, annotations.capacity * 3 / 2)) }
        }) { a, _, _ in annotations.append(a) }
        return Result(annotations: annotations, defects: defects)
    }

    /// Like `load`, handing each valid annotation to `each` as it is read (in the same
    /// order) instead of collecting them, so that a caller keeping them its own way (the
    /// review screen's `KnownAnnotations`) holds them only once. `expecting` is told the
    /// number of files of each text folder before they are read, to make room once.
    public static func load(_ store: AnnotationStore, quarantine: Bool = true, expecting: (Int) -> Void = { _ in },
                            each: (Annotation) -> Void) -> [Defect] {
        walk(store, quarantine: quarantine, keepBytes: false, expecting: expecting) { a, _, _ in each(a) }
    }

    /// A valid annotation file with its exact bytes: merges and bundles copy files as they
    /// are, never re-encoded, so that the same annotation is the same bytes everywhere.
    public struct File: Sendable, Equatable {
        public var annotation: Annotation
        public var bytes: [UInt8]
        /// `<text-id>/<id>.json`, relative to the folder.
        public var path: String
        /// Where it was read, for messages.
        public var origin: String

        public init(annotation: Annotation, bytes: [UInt8], path: String, origin: String) {
            self.annotation = annotation
            self.bytes = bytes
            self.path = path
            self.origin = origin
        }
    }

    /// Like `load`, keeping each valid file's bytes.
    public static func loadFiles(_ store: AnnotationStore, quarantine: Bool = true) -> (files: [File], defects: [Defect]) {
        var files: [File] = []
        let defects = walk(store, quarantine: quarantine, keepBytes: true) { a, bytes, shown in
            files.append(File(annotation: a, bytes: bytes, path: "\(a.text)/\(a.id.value).json", origin: shown()))
        }
        return (files, defects)
    }

    /// Visits every file of every text folder, in name order; valid ones go to `valid`
    /// with their bytes if `keepBytes`, and the path to show for them (made only if asked:
    /// `load` does not need it).
    ///
    /// Paths are Strings joined with "/": a `URL` per file (`appendingPathComponent` even
    /// stats the path, then `path` and `relativePath` rebuild it) was about a quarter of a
    /// load. A `URL` is still made to move a bad entry, which is rare.
    ///
    /// The files of a folder are read and decoded on every core (each is independent of
    /// the others), a batch at a time, then reported and moved in name order on this
    /// thread, as one by one: the results, the order of defects and the quarantine moves
    /// do not depend on how the threads ran. Moving a bad file only adds a name under
    /// quarantine/ and removes its own, so reading a whole batch first reads the same bytes.
    private static func walk(_ store: AnnotationStore, quarantine: Bool, keepBytes: Bool,
                             expecting: (Int) -> Void = { _ in },
                             valid: (Annotation, [UInt8], () -> String) -> Void) -> [Defect] {
        var defects: [Defect] = []
        // Every annotation of an article carries the same fingerprint, and every one of a
        // folder the same text id: one String each, shared, instead of one per annotation.
        var fingerprints: [String: String] = [:]
        // `shown` for messages (relative as given), `path` for system calls (absolute), as
        // the URLs' `relativePath` and `path` were.
        let rootShown = store.root.relativePath
        let rootPath = store.root.path
        // A name that is not UTF-8: reported under an escaped form, moved as the bytes it is.
        func setAsideUndecodable(_ raw: [UInt8], in folder: URL, shownFolder: String, textID: String?) {
            let shown = joined(shownFolder, DirectoryNames.escaped(raw))
            var d = Defect(file: shown, line: nil, message: "the name is not valid UTF-8", quarantinedAs: nil)
            if quarantine { d.quarantinedAs = moveUndecodable(raw, in: folder, store: store, textID: textID) }
            defects.append(d)
        }
        guard let top = DirectoryNames.read(path: rootPath) else { return defects }
        for raw in top.undecodable where raw.first != 0x2E {
            // Like valid names: loose files at the top are not read, the rest is set aside.
            var info = stat()
            let path = DirectoryNames.path(raw, in: rootPath)
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR || info.st_mode & S_IFMT == S_IFLNK {
                setAsideUndecodable(raw, in: store.root, shownFolder: rootShown, textID: nil)
            }
        }
        for name in top.names where !name.hasPrefix(".") && !AnnotationStore.reservedFolders.contains(name) {
            let folderShown = joined(rootShown, name)
            let folderPath = joined(rootPath, name)
            // Folders that cannot be text folders are moved whole to the top of quarantine/.
            func setAside(_ message: String) {
                var d = Defect(file: folderShown, line: nil, message: message, quarantinedAs: nil)
                if quarantine { d.quarantinedAs = moveToQuarantine(store.root.appendingPathComponent(name), store: store, textID: nil) }
                defects.append(d)
            }
            var info = stat()
            guard lstat(folderPath, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFLNK {
                // Followed, it would read annotations from anywhere; ignored, it would hide them.
                setAside("is a symbolic link, not a text folder; nothing behind it was read")
                continue
            }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                continue  // README.md and other loose files at the top are not annotations
            }
            guard let text = TextID(name) else {
                setAside("not a text folder (text ids use a-z, 0-9 and '-'); its files were not read")
                continue
            }
            guard let files = DirectoryNames.read(path: folderPath) else { continue }
            for raw in files.undecodable {
                setAsideUndecodable(raw, in: store.root.appendingPathComponent(name), shownFolder: folderShown, textID: name)
            }
            expecting(files.names.count)
            // A batch at a time: what is read is handed on before the next batch is read,
            // so a folder of 100,000 files is never held twice (as read, and as kept).
            for start in stride(from: 0, to: files.names.count, by: batchSize) {
                let batch = Array(start..<min(start + batchSize, files.names.count))
                let outcomes = InOrderMap.map(batch, chunkSize: 64) { i in
                    let path = joined(folderPath, files.names[i])
                    let outcome = readFile(atPath: path, name: nameForID(files.names[i], path: path), textID: text,
                                           listedRegular: files.regular[i])
                    // Bytes nobody asked for are let go at once, not held for the whole folder.
                    return keepBytes ? outcome : outcome.map { (annotation: $0.annotation, bytes: []) }
                }
                for (i, outcome) in zip(batch, outcomes) {
                    let file = files.names[i]
                    switch outcome {
                    case .success(let (a, bytes)):
                        var shared = a
                        shared.text = text  // equal: readFile checked it
                        if let f = fingerprints[a.fingerprint] { shared.fingerprint = f } else { fingerprints[a.fingerprint] = a.fingerprint }
                        valid(shared, bytes, { joined(folderShown, file) })
                    case .failure(let defect):
                        var d = Defect(file: joined(folderShown, file), line: defect.line, message: defect.message, quarantinedAs: nil)
                        if quarantine {
                            let url = store.root.appendingPathComponent(name).appendingPathComponent(file)
                            d.quarantinedAs = moveToQuarantine(url, store: store, textID: name)
                        }
                        defects.append(d)
                    }
                }
            }
        }
        return defects
    }

    /// Files read on every core before they are handed on in order: enough to keep the
    /// cores busy, few enough that the batch's annotations are a small part of a load.
    static let batchSize = 4096

    /// `folder/name`, as `URL.appendingPathComponent(name)` gives it in `path` and
    /// `relativePath` for a name read from a folder (no "/", never "." or ".."); only a
    /// folder that is "/" itself already ends with "/".
    static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The name a file's id is read from: its own, except that `URL.lastPathComponent`,
    /// which this loader used until it kept paths as Strings, drops a leading U+FEFF.
    /// Such a name still goes through `URL`, so that exactly the same files are accepted.
    static func nameForID(_ name: String, path: String) -> String {
        name.utf8.starts(with: [0xEF, 0xBB, 0xBF]) ? URL(fileURLWithPath: path).lastPathComponent : name
    }

    /// One file, checked in the order that keeps a hostile file harmless.
    static func read(_ url: URL, textID: TextID) -> Swift.Result<Annotation, AnnotationDefect> {
        readFile(url, textID: textID).map(\.annotation)
    }

    /// One file and its bytes, checked in the order that keeps a hostile file harmless.
    /// - Parameter expected: the id the file must hold; by default the one its name
    ///   `<id>.json` gives (a merge passes it for conflict copies named `<id>.json.1`).
    static func readFile(_ url: URL, textID: TextID, id expected: AnnotationID? = nil)
        -> Swift.Result<(annotation: Annotation, bytes: [UInt8]), AnnotationDefect> {
        readFile(atPath: url.path, name: url.lastPathComponent, textID: textID, id: expected)
    }

    /// The same for a file given by its path (for system calls) and the name its id is
    /// read from.
    ///
    /// - Parameter listedRegular: the folder's listing said this is a regular file. Then
    ///   it is opened without an lstat first (one system call fewer per file, a tenth of
    ///   the kernel's part of a load), and the type and size are checked on the open file
    ///   instead, with the same sentences: O_NOFOLLOW refuses a link, O_NONBLOCK keeps a
    ///   FIFO from blocking. Anything else (a link, FIFO, device or folder, or a file
    ///   system that does not say) is examined with lstat before it is opened, never opened.
    static func readFile(atPath path: String, name: String, textID: TextID, id expected: AnnotationID? = nil,
                         listedRegular: Bool = false)
        -> Swift.Result<(annotation: Annotation, bytes: [UInt8]), AnnotationDefect> {
        var info = stat()
        if !listedRegular {
            guard lstat(path, &info) == 0 else { return .failure(AnnotationDefect("cannot be examined")) }
            if let wrongType = wrongType(info) { return .failure(wrongType) }
        }
        guard let id = expected ?? (name.hasSuffix(".json") ? AnnotationID(String(name.dropLast(5))) : nil) else {
            return .failure(AnnotationDefect("the name is not <32 hex characters>.json"))
        }
        if !listedRegular, let tooLarge = tooLarge(info) { return .failure(tooLarge) }
        // O_NOFOLLOW|O_NONBLOCK: if the file was swapped for a link or FIFO since it was
        // listed or examined, the open fails or returns at once instead of following or blocking.
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            if listedRegular, errno == ELOOP { return .failure(AnnotationDefect("is a symbolic link, not an annotation file")) }
            return .failure(AnnotationDefect("cannot be opened (\(String(cString: strerror(errno))))"))
        }
        defer { close(fd) }
        if listedRegular {
            guard fstat(fd, &info) == 0 else { return .failure(AnnotationDefect("cannot be examined")) }
            if let wrong = wrongType(info) ?? tooLarge(info) { return .failure(wrong) }
        } else {
            guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
                  Int(info.st_size) <= AnnotationCodec.sizeLimit else {
                return .failure(AnnotationDefect("changed while being read"))
            }
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            done += n
        }
        guard done == bytes.count else { return .failure(AnnotationDefect("could not be read whole")) }
        let a: Annotation
        do { a = try AnnotationCodec.decode(bytes) } catch { return .failure(error) }
        guard a.id == id else { return .failure(AnnotationDefect("its id does not match its file name")) }
        guard a.text == textID else { return .failure(AnnotationDefect("it is about text \"\(a.text)\" but sits in the folder of \"\(textID)\"")) }
        return .success((a, bytes))
    }

    /// Why a file of this type is not read, or nil for a regular file.
    private static func wrongType(_ info: stat) -> AnnotationDefect? {
        switch info.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFLNK: AnnotationDefect("is a symbolic link, not an annotation file")
        case S_IFIFO: AnnotationDefect("is a FIFO, not an annotation file")
        case S_IFDIR: AnnotationDefect("is a folder, not an annotation file")
        default: AnnotationDefect("is a device or socket, not an annotation file")
        }
    }

    /// The size cap, checked before anything is read.
    private static func tooLarge(_ info: stat) -> AnnotationDefect? {
        Int(info.st_size) <= AnnotationCodec.sizeLimit ? nil
            : AnnotationDefect("the file is larger than \(AnnotationCodec.sizeLimit / 1024) KiB")
    }

    /// Moves a bad file into `quarantine/<text-id>/` (a bad entry of the top level: into
    /// `quarantine/`), keeping its name (with a numeric suffix if that name is taken).
    /// `rename` moves links and FIFOs themselves, never what they point to. Returns the
    /// new path, or nil if it could not be moved.
    static func moveToQuarantine(_ url: URL, store: AnnotationStore, textID: String?) -> String? {
        let folder = textID.map { store.quarantineFolder.appendingPathComponent($0) } ?? store.quarantineFolder
        do {
            try AnnotationStore.makePrivateFolder(store.quarantineFolder)
            try AnnotationStore.makePrivateFolder(folder)
        } catch { return nil }
        for attempt in 0..<1000 {
            let name = attempt == 0 ? url.lastPathComponent : "\(url.lastPathComponent).\(attempt)"
            let target = folder.appendingPathComponent(name)
            // link() never replaces an existing name and, on Linux, links a symbolic link
            // or FIFO itself; the original name is removed only once the new one exists.
            if link(url.path, target.path) == 0 {
                unlink(url.path)
                return moved(from: url.deletingLastPathComponent(), to: target, store: store)
            }
            if errno == EEXIST { continue }
            // Folders cannot be hard-linked: rename, after checking the name is free.
            var info = stat()
            if lstat(target.path, &info) == 0 { continue }
            return rename(url.path, target.path) == 0 ? moved(from: url.deletingLastPathComponent(), to: target, store: store) : nil
        }
        return nil
    }

    /// After a move into quarantine: the folders it left and entered carry midnight of today,
    /// not the time of day it was found (issue 13). Returns where it went.
    private static func moved(from source: URL, to target: URL, store: AnnotationStore) -> String {
        let day = Today.day()
        // quarantine/<text-id>/ and quarantine/, or quarantine/ and Annotations/.
        DurableFile.setMidnight(day, ofFolderAt: target.deletingLastPathComponent())
        // A text folder and Annotations/; Annotations/ alone (what holds it is not ours).
        let fromRoot = source.standardizedFileURL.path == store.root.standardizedFileURL.path
        DurableFile.setMidnight(day, ofFolderAt: source, parentToo: !fromRoot)
        return target.relativePath
    }

    /// Moves an entry whose name is not UTF-8 into quarantine under its escaped name.
    static func moveUndecodable(_ raw: [UInt8], in folder: URL, store: AnnotationStore, textID: String?) -> String? {
        let target = textID.map { store.quarantineFolder.appendingPathComponent($0) } ?? store.quarantineFolder
        do {
            try AnnotationStore.makePrivateFolder(store.quarantineFolder)
            try AnnotationStore.makePrivateFolder(target)
        } catch { return nil }
        let source = DirectoryNames.path(raw, in: folder)
        for attempt in 0..<1000 {
            let name = DirectoryNames.escaped(raw) + (attempt == 0 ? "" : ".\(attempt)")
            let url = target.appendingPathComponent(name)
            var info = stat()
            if lstat(url.path, &info) == 0 { continue }
            return rename(source, url.path) == 0 ? moved(from: folder, to: url, store: store) : nil
        }
        return nil
    }
}
