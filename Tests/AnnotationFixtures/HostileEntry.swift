import Foundation

/// One thing that must never be trusted in an `Annotations/` folder: the loader has to
/// report it by name and move it to quarantine/, without following it, blocking on it,
/// deleting it or letting it hide the valid annotations.
public struct HostileEntry: Sendable, CustomStringConvertible {
    public enum Content: Sendable {
        case bytes([UInt8])
        /// A file of this size that is all hole (ftruncate): large without using the disk.
        case sparse(Int)
        case symlink(String)
        /// A link to a file with these bytes outside `Annotations/`.
        case symlinkToOutsideFile([UInt8])
        /// A link to a folder outside `Annotations/` holding these files.
        case symlinkToOutsideFolder([String: [UInt8]])
        /// A second name for a file outside `Annotations/` holding these bytes.
        case hardLinkToOutsideFile([UInt8])
        case fifo
        case socket
        case characterDevice
        /// A folder holding these files.
        case folder([String: [UInt8]])
    }

    public var name: String
    /// Relative to `Annotations/`: the entry that is reported and moved.
    public var path: String
    public var content: Content
    /// A part of the reported name that output must show (the path, unless the path holds
    /// characters that must not reach a terminal).
    public var marker: String
    /// A last name part that is not UTF-8, as bytes; `path` then ends with its escaped form
    /// (`%E9` for the byte E9), which is how it is reported. Only files and folders.
    public var rawName: [UInt8]?

    public init(_ name: String, _ path: String, _ content: Content, marker: String? = nil, rawName: [UInt8]? = nil) {
        self.name = name
        self.path = path
        self.content = content
        self.marker = marker ?? path
        self.rawName = rawName
    }

    /// The entry where it was planted (nil once it is gone).
    public func snapshot(in root: URL) -> EntrySnapshot? {
        guard let rawName else { return EntrySnapshot.of(root.appendingPathComponent(path)) }
        return EntrySnapshot.of(cPath: Self.cPath(rawName, in: root.appendingPathComponent(path).deletingLastPathComponent()))
    }

    static func cPath(_ raw: [UInt8], in folder: URL) -> [CChar] {
        (Array(folder.path.utf8) + [0x2F] + raw + [0]).map { CChar(bitPattern: $0) }
    }

    public var description: String { name }

    /// Creates the entry under `root` (`Annotations/`); what lies outside goes to `outside`.
    public func plant(in root: URL, outside: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let fm = FileManager.default
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        let elsewhere = outside.appendingPathComponent("\(UInt(bitPattern: path.hashValue))-\(url.lastPathComponent)")
        if let rawName {
            try Self.plantRaw(rawName, content, in: url.deletingLastPathComponent())
            return
        }
        switch content {
        case .bytes(let bytes):
            try Data(bytes).write(to: url)
        case .sparse(let size):
            try Data().write(to: url)
            try Self.check(truncate(url.path, off_t(size)), "truncate")
        case .symlink(let target):
            try Self.check(symlink(target, url.path), "symlink")
        case .symlinkToOutsideFile(let bytes):
            try Data(bytes).write(to: elsewhere)
            try Self.check(symlink(elsewhere.path, url.path), "symlink")
        case .symlinkToOutsideFolder(let files):
            try Self.makeFolder(elsewhere, files)
            try Self.check(symlink(elsewhere.path, url.path), "symlink")
        case .hardLinkToOutsideFile(let bytes):
            try Data(bytes).write(to: elsewhere)
            try Self.check(link(elsewhere.path, url.path), "link")
        case .fifo:
            try Self.check(mkfifo(url.path, 0o600), "mkfifo")
        case .socket:
            try Self.makeSocket(at: url)
        case .characterDevice:
            // Major 1, minor 3: what /dev/null is. Never opened by anyone here.
            try Self.check(mknod(url.path, S_IFCHR | 0o600, dev_t(1 << 8 | 3)), "mknod")
        case .folder(let files):
            try Self.makeFolder(url, files)
        }
    }

    /// A file or folder whose name is `raw`, made with the system calls themselves: a
    /// `URL` cannot hold a name that is not UTF-8.
    static func plantRaw(_ raw: [UInt8], _ content: Content, in folder: URL) throws {
        let path = Array(folder.path.utf8) + [0x2F] + raw
        switch content {
        case .bytes(let bytes):
            try writeRaw(path, bytes)
        case .folder(let files):
            try check(mkdir(path.map { CChar(bitPattern: $0) } + [0], 0o700), "mkdir")
            for (name, bytes) in files { try writeRaw(path + [0x2F] + Array(name.utf8), bytes) }
        default:
            preconditionFailure("a name that is not UTF-8 is only planted on files and folders")
        }
    }

    static func writeRaw(_ path: [UInt8], _ bytes: [UInt8]) throws {
        let fd = open(path.map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT | O_EXCL, 0o600)
        try check(fd < 0 ? -1 : 0, "open")
        defer { close(fd) }
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        try check(n == bytes.count ? 0 : -1, "write")
    }

    static func makeFolder(_ url: URL, _ files: [String: [UInt8]]) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: url.appendingPathComponent(name)) }
    }

    /// A Unix socket is bound at a short path (socket paths are limited to 107 bytes), then
    /// renamed into place.
    static func makeSocket(at url: URL) throws {
        let short = "/tmp/tf-sock-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try check(fd < 0 ? -1 : 0, "socket")
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(short.utf8)) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try check(bound, "bind")
        if rename(short, url.path) != 0 {
            let e = errno
            unlink(short)
            throw Unsupported(reason: "rename of a socket: \(String(cString: strerror(e)))")
        }
    }

    static func check(_ result: Int32, _ call: String) throws {
        if result != 0 { throw Unsupported(reason: "\(call): \(String(cString: strerror(errno)))") }
    }

    /// The system would not let the entry be made (no right to mknod, say).
    public struct Unsupported: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }
}
