import Foundation

/// Closing a session (`taskforce close-session CODE`, issue 13): the session's annotation
/// files are written again in a random order unlike the first (`ClosingOrder`), so that neither their inode numbers, nor their
/// change times, nor the order a folder lists them in tell the order they were first
/// written, which, round a table passing one laptop, can tell who wrote what. Their
/// contents and names stay; their modification times stay at midnight of their day, and
/// every folder under `Annotations/`, and `Annotations/` itself, is set to midnight of `day`.
///
/// Each file is copied to `tmp/` and renamed over itself in one step, so a kill at any
/// moment leaves every file whole, old or new, and nothing twice; running it again is safe
/// (a copy left in `tmp/` by a killed run is removed first).
public enum SessionClosing {
    public struct Report: Sendable, Equatable {
        /// Annotation files of the session, written again.
        public var files: Int
        /// The text folders they are in.
        public var folders: Int
    }

    static let partSuffix = ".closing.part"
    /// An annotation file is small (a comment and a proposed wording): anything bigger is
    /// not one of ours.
    static let largestFile = 1_048_576

    static func read(_ url: URL) -> [UInt8]? {
        try? FileReading.bytes(of: url, limit: largestFile, what: "an annotation")
    }

    public static func close(_ code: String, in store: AnnotationStore, day: Day) throws(InputError) -> Report {
        guard AnnotationRules.isSessionCode(code) else {
            throw InputError(.badData, file: code, "is not a session code (letters, digits and '-', such as BXL-2026-07)")
        }
        try store.prepare()
        removeLeftovers(in: store.temporaryFolder)
        var files: [URL] = []
        for folder in textFolders(of: store) {
            files += sessionFiles(code, in: folder)
        }
        var random = SystemRandomNumberGenerator()
        files = ClosingOrder.order(files, using: &random)
        for file in files { try rewrite(file, through: store.temporaryFolder) }
        let folders = Set(files.map { $0.deletingLastPathComponent().path })
        for folder in folders.sorted() { try settle(URL(fileURLWithPath: folder), day: day) }
        try settle(store.temporaryFolder, day: day)
        settleEveryFolder(under: store.root, day: day)
        try settle(store.root, day: day)
        return Report(files: files.count, folders: folders.count)
    }

    /// The folders of texts under the annotations folder (not the reserved ones), real
    /// folders only.
    static func textFolders(of store: AnnotationStore) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: store.root.path)) ?? []
        return names.filter { !AnnotationStore.reservedFolders.contains($0) && !$0.hasPrefix(".") }.sorted().compactMap { name in
            let url = store.root.appendingPathComponent(name)
            var info = stat()
            guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
            return url
        }
    }

    /// The regular `.json` files of `folder` whose record names session `code`. A file that
    /// is not such a record is left as it is (`check` reports bad ones).
    static func sessionFiles(_ code: String, in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.compactMap { name in
            let url = folder.appendingPathComponent(name)
            guard let bytes = read(url),
                  let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
                  object["session"] as? String == code else { return nil }
            return url
        }
    }

    /// Copies `file` to `tmp/`, with its modification time, and renames the copy over it.
    static func rewrite(_ file: URL, through temporary: URL) throws(InputError) {
        let display = file.relativePath
        var info = stat()
        guard lstat(file.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }  // gone or replaced: leave it
        guard let bytes = read(file) else {
            throw InputError(.io, file: display, "cannot be read to be written again; it was left as it is")
        }
        let part = temporary.appendingPathComponent(".\(file.lastPathComponent)\(partSuffix)")
        unlink(part.path)
        let fd = open(part.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, info.st_mode & 0o777)
        guard fd >= 0 else { throw InputError(.io, file: part.relativePath, "cannot be created (\(String(cString: strerror(errno))))") }
        // The times it had (midnight of its day), not those of now.
        let day = Int(info.st_mtim.tv_sec)
        do {
            try DurableFile.fill(fd, at: part, with: bytes, modificationDay: nil, display: display)
        } catch {
            throw error.error
        }
        var times = [timespec(tv_sec: day, tv_nsec: 0), timespec(tv_sec: day, tv_nsec: 0)]
        _ = utimensat(AT_FDCWD, part.path, &times, AT_SYMLINK_NOFOLLOW)
        guard rename(part.path, file.path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(part.path)
            throw InputError(.io, file: display, "cannot be put back in place (\(why)); it was left as it is")
        }
    }

    /// Syncs `folder` and sets its times to midnight of `day`: its own times would tell
    /// when the last file went in.
    static func settle(_ folder: URL, day: Day) throws(InputError) {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw InputError(.io, file: folder.relativePath, "cannot be opened to flush it") }
        defer { _ = Glibc.close(fd) }
        guard fsync(fd) == 0 else { throw InputError(.io, file: folder.relativePath, "cannot be flushed to disk") }
        if let seconds = DurableFile.midnightUTC(day) {
            var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
            _ = futimens(fd, &times)
        }
    }

    /// Sets every folder under `root` (drafts/, live/, quarantine/ and what it holds,
    /// conflicts/, sessions/, the text folders...) to midnight of `day`: whatever changed
    /// in them during the session, a draft removed or a file quarantined, must not tell
    /// its time of day. Links are not followed; the depth is bounded.
    static func settleEveryFolder(under root: URL, day: Day, depth: Int = 0) {
        guard depth < 8 else { return }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for name in names {
            let url = root.appendingPathComponent(name)
            var info = stat()
            guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { continue }
            settleEveryFolder(under: url, day: day, depth: depth + 1)
            DurableFile.setMidnight(day, ofFolderAt: url, parentToo: false)
        }
    }

    /// Copies a killed run left in `tmp/`: the originals are whole, so these go.
    static func removeLeftovers(in temporary: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        for name in names where name.hasSuffix(partSuffix) { unlink(temporary.appendingPathComponent(name).path) }
    }
}
