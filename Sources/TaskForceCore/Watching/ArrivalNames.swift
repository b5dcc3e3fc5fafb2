/// Which entries of `Annotations/` a watch reports: committed annotation files in text
/// folders, nothing else. Temporary files (`.<id>.json.<pid>.part`, dot files) and the
/// reserved folders are never looked at; a name that cannot be an annotation is left for
/// the next full load, which reports it and moves it to quarantine/.
enum ArrivalNames {
    /// A folder of `Annotations/` whose files are annotations of one text.
    static func isTextFolder(_ name: String) -> Bool {
        !name.hasPrefix(".") && !AnnotationStore.reservedFolders.contains(name) && TextFileName.isValidID(name)
    }

    /// `<32 hex characters>.json`: what `AnnotationStore.save` links into a text folder.
    static func isAnnotationFile(_ name: String) -> Bool {
        name.hasSuffix(".json") && AnnotationID(String(name.dropLast(5))) != nil
    }

    /// The id named by `<text-id>/<id>.json`, the form every watch reports.
    static func id(ofPath path: String) -> AnnotationID? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        let name = path[path.index(after: slash)...]
        guard name.hasSuffix(".json") else { return nil }
        return AnnotationID(String(name.dropLast(5)))
    }
}
