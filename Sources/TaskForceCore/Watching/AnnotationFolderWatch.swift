import Foundation

/// Tells which annotation files appeared in an `Annotations/` folder since the last look,
/// whoever wrote them: another terminal on this machine, a merge, this process itself.
///
/// With inotify (Linux, a local file system) the kernel reports them: `descriptor` becomes
/// readable, and idle costs nothing. Otherwise (no inotify, or a network file system whose
/// other machines' writes the kernel never sees) the folder is listed again every
/// `rescanInterval` seconds and the names are compared; `descriptor` is then nil, and the
/// caller must call `drain()` at least that often. `method` says which is used.
///
/// Create it before the first full load: what is saved between the load and the watch
/// would otherwise be missed. Whatever it reports may already be known (it reports this
/// process's own files too, and lists whole folders when it cannot trust its events):
/// callers skip the ids they have.
public final class AnnotationFolderWatch {
    public enum Method: Sendable, Equatable, CustomStringConvertible {
        case inotify
        /// Listing the folder every `every` seconds, and why.
        case rescan(every: Double, because: String)

        public var description: String {
            switch self {
            case .inotify: "inotify"
            case .rescan(let seconds, let reason): "a listing every \(seconds) s (\(reason))"
            }
        }
    }

    public let store: AnnotationStore
    public let rescanInterval: Double
    public private(set) var method: Method
    private var inotify: InotifyWatch?
    private var rescan: FolderRescan?
    /// Rescanning only until the folder exists: then inotify takes over.
    private var waitingForFolder = false

    /// Fast enough that an annotation shows within two seconds (the listing, then a frame),
    /// slow enough that listing 10,000 names costs little.
    public static let defaultRescanInterval = 1.5

    /// - Parameter forceRescan: list the folder even where inotify would work (a file system
    ///   that does not report and is not recognised; benchmarks and tests of the fallback).
    public init(store: AnnotationStore, rescanInterval: Double = defaultRescanInterval, forceRescan: Bool = false) {
        self.store = store
        self.rescanInterval = rescanInterval
        method = .inotify
        if forceRescan {
            startRescan(because: "asked for")
        } else if let network = NetworkFileSystem.type(of: store.root) {
            startRescan(because: "\(network) does not report what other machines write")
        } else if !startInotify() {
            var info = stat()
            waitingForFolder = stat(store.root.path, &info) != 0
            startRescan(because: waitingForFolder ? "the folder does not exist yet" : "inotify is not available")
        }
    }

    /// Readable (`poll`, POLLIN) when something may have arrived; nil while rescanning.
    public var descriptor: Int32? { inotify?.descriptor }

    /// The annotation files that appeared since the last call, as `<text-id>/<id>.json`
    /// relative to the folder. Never blocks. Only `<32 hex>.json` names in text folders:
    /// temporary files (`tmp/`, dot files, `.part`) and reserved folders never show.
    public func drain() -> [String] {
        if let inotify { return inotify.drain() }
        guard let rescan else { return [] }
        let found = rescan.drain()
        if waitingForFolder, FileManager.default.fileExists(atPath: store.root.path), startInotify() {
            waitingForFolder = false
            // The folder was created: from now on the kernel reports. What was saved in it
            // before the watch began is listed once (known ids are skipped by the caller).
            return found + ArrivalListing.allFiles(in: store.root).filter { !found.contains($0) }
        }
        return found
    }

    /// Reported files that could not be read whole yet: the rescan reports them again
    /// (inotify does by itself, at IN_CLOSE_WRITE).
    public func retryLater(_ paths: [String]) {
        rescan?.retry(paths)
    }

    /// The id in a reported path, to skip files already known without reading them.
    public static func id(ofPath path: String) -> AnnotationID? {
        ArrivalNames.id(ofPath: path)
    }

    private func startInotify() -> Bool {
        guard let watch = InotifyWatch(root: store.root) else { return false }
        inotify = watch
        rescan = nil
        method = .inotify
        return true
    }

    private func startRescan(because reason: String) {
        rescan = FolderRescan(root: store.root, interval: rescanInterval)
        method = .rescan(every: rescanInterval, because: reason)
    }
}
