import Foundation

/// What a directory entry is, without following links: enough to tell that a quarantined
/// entry is the very one that was found (same inode, same bytes, same link target), moved
/// and not copied, rewritten or deleted. Paths are C strings, so that a name that is not
/// UTF-8 (which a `URL` cannot hold) can be looked at too.
public struct EntrySnapshot: Equatable, Sendable, CustomStringConvertible {
    public var type: mode_t
    public var inode: UInt64
    public var size: Int64
    /// Regular files: their bytes.
    public var bytes: [UInt8]?
    /// Symbolic links: where they point.
    public var linkTarget: [UInt8]?
    /// Folders: their entries, each with its own snapshot.
    public var children: [[UInt8]: EntrySnapshot]?

    public static func of(_ url: URL) -> EntrySnapshot? {
        of(cPath: Array(url.path.utf8CString))
    }

    public static func of(cPath: [CChar]) -> EntrySnapshot? {
        var info = stat()
        guard lstat(cPath, &info) == 0 else { return nil }
        var snapshot = EntrySnapshot(type: info.st_mode & S_IFMT, inode: UInt64(info.st_ino), size: Int64(info.st_size))
        switch snapshot.type {
        case S_IFREG:
            let fd = open(cPath, O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
            guard fd >= 0 else { return snapshot }
            defer { close(fd) }
            var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, $0.count - done) }
                if n <= 0 { break }
                done += n
            }
            snapshot.bytes = done == bytes.count ? bytes : nil
        case S_IFLNK:
            var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(cPath, &target, target.count - 1)
            snapshot.linkTarget = n >= 0 ? target[..<n].map { UInt8(bitPattern: $0) } : nil
        case S_IFDIR:
            var children: [[UInt8]: EntrySnapshot] = [:]
            if let dir = opendir(cPath) {
                defer { closedir(dir) }
                let parent = cPath.prefix { $0 != 0 }
                while let entry = readdir(dir) {
                    let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
                    if name == [0x2E] || name == [0x2E, 0x2E] { continue }
                    let child = Array(parent) + [0x2F] + name.map { CChar(bitPattern: $0) } + [0]
                    children[name] = of(cPath: child)
                }
            }
            snapshot.children = children
        default:
            break
        }
        return snapshot
    }

    public var description: String {
        let kind = [S_IFREG: "file", S_IFLNK: "link", S_IFDIR: "folder", S_IFIFO: "FIFO", S_IFSOCK: "socket",
                    S_IFCHR: "character device", S_IFBLK: "block device"][type] ?? "entry"
        return "\(kind) #\(inode), \(size) bytes" + (linkTarget.map { " → \(String(decoding: $0, as: UTF8.self))" } ?? "")
    }
}
