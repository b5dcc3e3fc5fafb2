import Foundation

/// What a directory entry is, without following links: enough to tell that a quarantined
/// entry is the very one that was found (same inode, same bytes, same link target), moved
/// and not copied, rewritten or deleted.
public struct EntrySnapshot: Equatable, Sendable, CustomStringConvertible {
    public var type: mode_t
    public var inode: UInt64
    public var size: Int64
    /// Regular files: their bytes.
    public var bytes: [UInt8]?
    /// Symbolic links: where they point.
    public var linkTarget: String?
    /// Folders: their entries, each with its own snapshot.
    public var children: [String: EntrySnapshot]?

    public static func of(_ url: URL) -> EntrySnapshot? {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return nil }
        var snapshot = EntrySnapshot(type: info.st_mode & S_IFMT, inode: UInt64(info.st_ino), size: Int64(info.st_size))
        switch snapshot.type {
        case S_IFREG:
            snapshot.bytes = FileManager.default.contents(atPath: url.path).map { [UInt8]($0) }
        case S_IFLNK:
            snapshot.linkTarget = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)
        case S_IFDIR:
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            snapshot.children = Dictionary(uniqueKeysWithValues: names.compactMap { name in
                EntrySnapshot.of(url.appendingPathComponent(name)).map { (name, $0) }
            })
        default:
            break
        }
        return snapshot
    }

    public var description: String {
        let kind = [S_IFREG: "file", S_IFLNK: "link", S_IFDIR: "folder", S_IFIFO: "FIFO", S_IFSOCK: "socket",
                    S_IFCHR: "character device", S_IFBLK: "block device"][type] ?? "entry"
        return "\(kind) #\(inode), \(size) bytes" + (linkTarget.map { " → \($0)" } ?? "")
    }
}
