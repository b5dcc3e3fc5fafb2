import Foundation

/// The session records of an `Annotations/` folder, read with the same care as annotations:
/// regular files only, size cap first, `<code>.json` holding that code; a bad file is
/// reported and moved to `quarantine/sessions/`, never deleted, and never stops the load.
public enum SessionRecords {
    public static func folder(_ store: AnnotationStore) -> URL { store.root.appendingPathComponent("sessions") }

    public static func load(_ store: AnnotationStore, quarantine: Bool = true)
        -> (records: [String: SessionRecord], defects: [AnnotationLoader.Defect]) {
        let folder = folder(store)
        guard let listing = DirectoryNames.read(folder) else { return ([:], []) }
        var records: [String: SessionRecord] = [:]
        var defects: [AnnotationLoader.Defect] = []
        for name in listing.names where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            do {
                let record = try read(url)
                records[record.code] = record
            } catch {
                var d = AnnotationLoader.Defect(file: url.relativePath, line: error.line, message: error.message, quarantinedAs: nil)
                if quarantine { d.quarantinedAs = AnnotationLoader.moveToQuarantine(url, store: store, textID: "sessions") }
                defects.append(d)
            }
        }
        for raw in listing.undecodable {
            defects.append(AnnotationLoader.Defect(file: folder.appendingPathComponent(DirectoryNames.escaped(raw)).relativePath,
                                                   line: nil, message: "the name is not valid UTF-8", quarantinedAs: nil))
        }
        return (records, defects)
    }

    static func read(_ url: URL) throws(AnnotationDefect) -> SessionRecord {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { throw AnnotationDefect("cannot be examined") }
        guard info.st_mode & S_IFMT == S_IFREG else { throw AnnotationDefect("is not a regular file") }
        let name = url.lastPathComponent
        guard name.hasSuffix(".json") else { throw AnnotationDefect("the name is not <session code>.json") }
        let bytes: [UInt8]
        do { bytes = try FileReading.bytes(of: url, limit: SessionRecordCodec.sizeLimit, what: "session records") } catch {
            throw AnnotationDefect(error.message)
        }
        let record = try SessionRecordCodec.decode(bytes)
        guard record.code + ".json" == name else { throw AnnotationDefect("its code does not match its file name") }
        return record
    }

    /// The record of one session, if it exists and is valid. A bad file is reported as the
    /// error (it is left where it is: the facilitator decides).
    public static func record(_ code: String, in store: AnnotationStore) throws(AnnotationDefect) -> SessionRecord? {
        let url = folder(store).appendingPathComponent(code + ".json")
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return nil }
        return try read(url)
    }

    /// Writes a new or corrected record (the facilitator sets the place and the headcount),
    /// replacing the earlier one in one step: a reader sees the old record or the new one.
    public static func save(_ record: SessionRecord, in store: AnnotationStore) throws(DurableFile.Failure) {
        if let problem = SessionRecordCodec.problem(record) {
            throw DurableFile.Failure(error: InputError(.badData, file: record.code + ".json", problem), alreadyExists: false)
        }
        do { try AnnotationStore.makePrivateFolder(folder(store)) } catch {
            throw DurableFile.Failure(error: error, alreadyExists: false)
        }
        try DurableFile.replace(SessionRecordCodec.encode(record), at: folder(store).appendingPathComponent(record.code + ".json"))
    }
}
