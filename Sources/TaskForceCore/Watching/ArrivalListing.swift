import Foundation

/// The annotation files of `Annotations/` as a listing shows them, as `<text-id>/<id>.json`:
/// what the rescan compares from one look to the next, and what the inotify watch reads
/// when it cannot trust its events (a folder it only started watching, a lost event queue).
enum ArrivalListing {
    /// The text folders: real folders (a symbolic link is never followed, as in the
    /// loader) with a text id for a name.
    static func textFolders(of root: URL) -> [String] {
        guard let listing = DirectoryNames.read(root) else { return [] }
        return listing.names.filter { name in
            guard ArrivalNames.isTextFolder(name) else { return false }
            var info = stat()
            return lstat(root.appendingPathComponent(name).path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
        }
    }

    /// The annotation files of one text folder, as `<text-id>/<id>.json`.
    static func files(ofText text: String, in root: URL) -> [String] {
        guard let listing = DirectoryNames.read(root.appendingPathComponent(text)) else { return [] }
        return listing.names.filter(ArrivalNames.isAnnotationFile).map { text + "/" + $0 }
    }

    /// Every annotation file of every text folder.
    static func allFiles(in root: URL) -> [String] {
        textFolders(of: root).flatMap { files(ofText: $0, in: root) }
    }
}
