import Foundation

/// The fallback when the kernel cannot tell: list the folder again every `interval`
/// seconds and report the annotation files whose names were not there the last time.
/// Only names are compared (no file is opened); files are immutable, so a new name is
/// the only change that matters. Names are compared as `PackedFileName`s, so that a
/// listing of 10,000 files makes no String but for the new ones.
final class FolderRescan {
    let interval: Double
    private let root: URL
    /// The annotation files seen, by text folder.
    private var known: [String: Set<PackedFileName>] = [:]
    private var lastScan: Double

    /// Lists the folder once now: what is there already is not new.
    init(root: URL, interval: Double) {
        self.root = root
        self.interval = interval
        lastScan = Self.now()
        _ = scan()
    }

    /// The files that appeared since the last listing, if `interval` has passed since it;
    /// else nothing, at the cost of reading the clock.
    func drain() -> [String] {
        let now = Self.now()
        guard now - lastScan >= interval else { return [] }
        lastScan = now
        return scan()
    }

    /// Files that could not be read yet (on file systems without links, a name appears
    /// before the file is whole): reported again by the next listing.
    func retry(_ paths: [String]) {
        for path in paths {
            let parts = path.split(separator: "/")
            guard parts.count == 2, let name = PackedFileName(String(parts[1])) else { continue }
            known[String(parts[0])]?.remove(name)
        }
    }

    /// Lists every text folder; returns the new files as `<text-id>/<id>.json` and
    /// remembers them. Names that went away (moved to quarantine) are not forgotten: a
    /// file never comes back under the same name.
    private func scan() -> [String] {
        var new: [String] = []
        for text in ArrivalListing.textFolders(of: root) {
            guard let dir = opendir(root.appendingPathComponent(text).path) else { continue }
            defer { closedir(dir) }
            // Taken out of the dictionary while it grows: a copy left there would make the
            // first insert copy all 10,000 names.
            var seen = known.removeValue(forKey: text) ?? []
            while let entry = readdir(dir) {
                let packed = withUnsafeBytes(of: &entry.pointee.d_name) { raw -> PackedFileName? in
                    // Only a name of exactly 37 bytes can be one: the 38th must end it.
                    guard raw.count > 37, raw[37] == 0 else { return nil }
                    return PackedFileName(UnsafeRawBufferPointer(rebasing: raw[0..<37]))
                }
                if let packed, seen.insert(packed).inserted { new.append(text + "/" + packed.name) }
            }
            known[text] = seen
        }
        return new.sorted()
    }

    /// Seconds on a clock that never jumps (a changed system time must not stop the rescan).
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
