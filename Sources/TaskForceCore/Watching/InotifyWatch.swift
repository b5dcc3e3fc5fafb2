import Foundation

/// Linux inotify on `Annotations/` and each of its text folders. A saved annotation is
/// `link`ed into its folder (IN_CREATE), a merged or checked-out one may be renamed there
/// (IN_MOVED_TO); on file systems without links it is written in place, so its name
/// appears before its bytes are all there, and IN_CLOSE_WRITE reports it again once
/// they are. The root is watched for new folders: the first annotation of a text creates
/// its folder.
///
/// Events come from the kernel of this machine only: a folder shared over the network
/// (NFS, SMB) does not report what other machines write, which is why
/// `AnnotationFolderWatch` rescans such folders instead.
final class InotifyWatch {
    /// Readable when events are waiting: for `poll`.
    let descriptor: Int32
    private let root: URL
    /// Watch descriptor → the text id it watches.
    private var texts: [Int32: String] = [:]
    private var rootWatch: Int32 = -1
    /// Big enough for hundreds of events per read (the kernel never splits one); kept, as
    /// the loop drains after every wait.
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    private static let fileEvents = UInt32(IN_CREATE | IN_MOVED_TO | IN_CLOSE_WRITE)
    private static let folderEvents = UInt32(IN_CREATE | IN_MOVED_TO)
    /// Never through a symbolic link, and only on a folder (the loader reads neither).
    private static let safety = UInt32(IN_ONLYDIR | IN_DONT_FOLLOW)

    /// Nil when inotify cannot be used here (no inotify, too many instances or watches,
    /// the root missing): the caller then rescans.
    init?(root: URL) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        descriptor = fd
        self.root = root
        // The root may be a link (Annotations/ on a stick), as the loader allows; text
        // folders may not.
        rootWatch = inotify_add_watch(fd, root.path, Self.folderEvents | UInt32(IN_ONLYDIR))
        guard rootWatch >= 0 else {
            close(fd)
            return nil
        }
        for text in ArrivalListing.textFolders(of: root) { watch(text) }
    }

    deinit { close(descriptor) }

    /// Starts watching a text folder; false if it could not be (it is then not reported).
    @discardableResult
    private func watch(_ text: String) -> Bool {
        let wd = inotify_add_watch(descriptor, root.appendingPathComponent(text).path, Self.fileEvents | Self.safety)
        guard wd >= 0 else { return false }
        texts[wd] = text
        return true
    }

    /// Reads every waiting event; returns the annotation files they name, as
    /// `<text-id>/<id>.json`, each once, in the order they came.
    func drain() -> [String] {
        var found: [String] = []
        var seen: Set<String> = []
        func report(_ paths: [String]) {
            for p in paths where seen.insert(p).inserted { found.append(p) }
        }
        var overflowed = false
        while true {
            let n = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { break }  // EAGAIN: nothing more waiting
            var offset = 0
            while offset + 16 <= n {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(n, offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                let name = String(validating: nameBytes, as: UTF8.self)
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    overflowed = true
                } else if mask & UInt32(IN_IGNORED) != 0 {
                    texts[wd] = nil  // the folder is gone
                } else if wd == rootWatch {
                    // A new text folder: files may have been linked into it before the watch
                    // was added, so what it already holds counts as new too.
                    if let name, mask & UInt32(IN_ISDIR) != 0, ArrivalNames.isTextFolder(name),
                       !texts.values.contains(name), watch(name) {
                        report(ArrivalListing.files(ofText: name, in: root))
                    }
                } else if let text = texts[wd], let name, mask & UInt32(IN_ISDIR) == 0,
                          ArrivalNames.isAnnotationFile(name) {
                    report([text + "/" + name])
                }
            }
        }
        if overflowed {
            // Events were lost: every file counts as possibly new (the caller skips the
            // ones it knows by id), and folders created meanwhile are watched.
            for text in ArrivalListing.textFolders(of: root) where !texts.values.contains(text) { watch(text) }
            report(ArrivalListing.allFiles(in: root))
        }
        return found
    }
}
