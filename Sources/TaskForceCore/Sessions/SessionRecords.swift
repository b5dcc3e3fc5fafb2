import Foundation

/// The session records of an `Annotations/` folder, read with the same care as annotations:
/// regular files only, size cap first, `<code>.json` holding that code; a bad file is
/// reported and moved to `quarantine/sessions/`, never deleted, and never stops the load.
public enum SessionRecords {
    public static func folder(_ store: AnnotationStore) -> URL { store.root.appendingPathComponent("sessions") }

    public static func load(_ store: AnnotationStore, quarantine: Bool = true)
        -> (records: [String: SessionRecord], defects: [AnnotationLoader.Defect]) {
        let (files, defects) = loadFiles(store, quarantine: quarantine)
        return (Dictionary(files.map { ($0.record.code, $0.record) }, uniquingKeysWith: { a, _ in a }), defects)
    }

    /// The valid records with their bytes, as a merge or a bundle carries them.
    public static func loadFiles(_ store: AnnotationStore, quarantine: Bool = true)
        -> (files: [SessionFile], defects: [AnnotationLoader.Defect]) {
        let folder = folder(store)
        guard let listing = DirectoryNames.read(folder) else { return ([], []) }
        var files: [SessionFile] = []
        var defects: [AnnotationLoader.Defect] = []
        for name in listing.names.sorted() where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            do {
                let (record, bytes) = try read(url)
                files.append(SessionFile(record: record, bytes: bytes, origin: url.relativePath))
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
        return (files, defects)
    }

    /// The facilitator keys of `records` (this folder's `sessions/`), with a dispute for each
    /// session of which a record kept aside in `conflicts/sessions/` holds another key
    /// (Annotations/README.md, "Two records of one session").
    public static func keys(_ store: AnnotationStore, records: [String: SessionRecord]) -> Authority.SessionKeys {
        var keys = Authority.keys(of: records.values)
        for (record, file) in keptAside(store) {
            keys.add(rival: record.key, of: record.code, in: file,
                     recordFile: folder(store).appendingPathComponent(record.code + ".json").relativePath)
        }
        return keys
    }

    /// The valid records in `conflicts/sessions/` (`<code>.json`, `<code>.json.<n>`), with
    /// where each is. Only read: that folder is for a person to sort out, and a file there
    /// that is not a record is left alone (only another key matters here).
    static func keptAside(_ store: AnnotationStore) -> [(SessionRecord, String)] {
        let folder = store.conflictsFolder.appendingPathComponent("sessions")
        var info = stat()
        guard lstat(store.conflictsFolder.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
              lstat(folder.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
              let listing = DirectoryNames.read(folder) else { return [] }
        return listing.names.sorted().compactMap { name -> (SessionRecord, String)? in
            let url = folder.appendingPathComponent(name)
            guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
                  let bytes = try? FileReading.bytes(of: url, limit: SessionRecordCodec.sizeLimit, what: "session records"),
                  let record = try? SessionRecordCodec.decode(bytes),
                  name == record.code + ".json" || name.hasPrefix(record.code + ".json.") else { return nil }
            return (record, url.relativePath)
        }
    }

    static func read(_ url: URL) throws(AnnotationDefect) -> (SessionRecord, [UInt8]) {
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
        return (record, bytes)
    }

    /// The record of one session, if it exists and is valid. A bad file is reported as the
    /// error (it is left where it is: the facilitator decides).
    public static func record(_ code: String, in store: AnnotationStore) throws(AnnotationDefect) -> SessionRecord? {
        let url = folder(store).appendingPathComponent(code + ".json")
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return nil }
        return try read(url).0
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
        try DurableFile.replace(SessionRecordCodec.encode(record), at: folder(store).appendingPathComponent(record.code + ".json"),
                                modificationDay: record.day)
    }
}

/// A valid session record file as found, for a merge or a bundle: its bytes are copied
/// unchanged, under `sessions/<code>.json`.
public struct SessionFile: Sendable, Equatable {
    public var record: SessionRecord
    public var bytes: [UInt8]
    /// Where it was read, for messages (a file, or `bundle:sessions/<code>.json`).
    public var origin: String

    public init(record: SessionRecord, bytes: [UInt8], origin: String) {
        self.record = record
        self.bytes = bytes
        self.origin = origin
    }

    /// Its place in a folder or a bundle.
    public var path: String { "sessions/\(record.code).json" }
}
