import Foundation

/// Whether a folder is on a network file system, where inotify only reports what this
/// machine writes: another machine's annotations would never be noticed.
enum NetworkFileSystem {
    /// File system types (as /proc/self/mountinfo names them) whose files other machines
    /// write. FUSE is counted in: sshfs, rclone and most FUSE mounts are remote.
    static func isNetwork(type: String) -> Bool {
        ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "ceph", "afs", "glusterfs", "lustre", "gfs2", "ocfs2"].contains(type)
            || type == "fuse" || type.hasPrefix("fuse.")
    }

    /// The type of the network file system `folder` is on, or nil for a local one (or when
    /// it cannot be told: then inotify is tried). Found by the folder's device in
    /// /proc/self/mountinfo (the Swift Glibc module has no `statfs`).
    static func type(of folder: URL) -> String? {
        var info = stat()
        guard stat(folder.path, &info) == 0,
              let table = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else { return nil }
        let dev = UInt64(info.st_dev)
        // glibc's major() and minor(), which are macros Swift cannot call.
        let major = ((dev >> 8) & 0xFFF) | ((dev >> 32) & ~UInt64(0xFFF))
        let minor = (dev & 0xFF) | ((dev >> 12) & ~UInt64(0xFF))
        let device = "\(major):\(minor)"
        for line in table.split(separator: "\n") {
            // ID, parent ID, major:minor, root, mount point, options, optional fields, "-", type, …
            let fields = line.split(separator: " ")
            guard fields.count > 3, fields[2] == device, let dash = fields.firstIndex(of: "-"),
                  dash + 1 < fields.count else { continue }
            let type = String(fields[dash + 1])
            return isNetwork(type: type) ? type : nil
        }
        return nil
    }
}
