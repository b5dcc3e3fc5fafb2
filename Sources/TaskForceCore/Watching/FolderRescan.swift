import Foundation

/// The fallback when the kernel cannot tell: list the folder again every `interval`
/// seconds and report the annotation files whose names were not there the last time.
/// Only names are compared (no file is opened); files are immutable, so a new name is
/// the only change that matters.
final class FolderRescan {
    let interval: Double
    private let root: URL
    private var known: Set<String>
    private var lastScan: Double

    /// Lists the folder once now: what is there already is not new.
    init(root: URL, interval: Double) {
        self.root = root
        self.interval = interval
        known = Set(ArrivalListing.allFiles(in: root))
        lastScan = Self.now()
    }

    /// The files that appeared since the last listing, if `interval` has passed since it;
    /// else nothing, at the cost of reading the clock.
    func drain() -> [String] {
        let now = Self.now()
        guard now - lastScan >= interval else { return [] }
        lastScan = now
        let current = ArrivalListing.allFiles(in: root)
        let new = current.filter { !known.contains($0) }
        known = Set(current)
        return new
    }

    /// Files that could not be read yet (on file systems without links, a name appears
    /// before the file is whole): reported again by the next listing.
    func retry(_ paths: [String]) {
        known.subtract(paths)
    }

    /// Seconds on a clock that never jumps (a changed system time must not stop the rescan).
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
