import Foundation

extension AnnotationLoader {
    /// What `read(arrivals:in:)` found.
    public struct Arrivals: Sendable {
        public var annotations: [Annotation]
        /// Paths that failed a check; left in place.
        public var unreadable: [String]
    }

    /// Reads the given files of a folder (`<text-id>/<id>.json`, as `AnnotationFolderWatch`
    /// reports them) with every check of a full load. A file that fails is not moved to
    /// quarantine/, unlike in `load`: it may be one that another process is still writing
    /// (on file systems without links a file appears before its bytes), and the next full
    /// load reports and moves the ones that are really bad.
    public static func read(arrivals paths: [String], in store: AnnotationStore) -> Arrivals {
        var result = Arrivals(annotations: [], unreadable: [])
        for path in paths {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, ArrivalNames.isTextFolder(String(parts[0])), let text = TextID(String(parts[0])) else {
                result.unreadable.append(path)
                continue
            }
            let url = store.folder(forText: text).appendingPathComponent(String(parts[1]))
            switch readFile(url, textID: text) {
            case .success(let file): result.annotations.append(file.annotation)
            case .failure: result.unreadable.append(path)
            }
        }
        return result
    }
}
