import Foundation

/// Merging sources into a destination folder (Annotations/README.md): a set union by id.
///
/// For each incoming annotation file: an id the destination lacks is copied in, the exact
/// same bytes, with the durable protocol; the same id with the same bytes is already
/// present; the same id with other bytes is a conflict: the destination's file is left as
/// it is and the incoming one is kept aside in `conflicts/<text-id>/<id>.json` (`.1`, `.2`…
/// when that name holds yet another version). Nothing is ever overwritten or removed.
///
/// So the versions known for each id (annotation plus kept-aside copies) are the union of
/// the versions of the sources, whatever their order or grouping, and merging a source
/// twice changes nothing the second time. Which version is *the* annotation is the first
/// one met: the destination's own, then the sources' in order.
public struct AnnotationMerge {
    public let store: AnnotationStore
    /// The destination's annotations by id: where each sits, and its bytes.
    private var known: [AnnotationID: (path: String, bytes: [UInt8])] = [:]
    /// The destination's annotations, for judging the authority of incoming ones.
    private var knownAnnotations: [AnnotationID: Annotation] = [:]
    /// The destination's session records by code.
    private var knownSessions: [String: SessionRecord] = [:]
    /// Invalid files found in the destination itself: it is loaded like any real load,
    /// so they were moved to its `quarantine/`.
    public let destinationDefects: [AnnotationLoader.Defect]

    public init(into store: AnnotationStore) throws(InputError) {
        self.store = store
        try store.prepare()
        let loaded = AnnotationLoader.loadFiles(store)
        let sessions = SessionRecords.loadFiles(store)
        destinationDefects = loaded.defects + sessions.defects
        for file in loaded.files {
            known[file.annotation.id] = (store.url(of: file.annotation).relativePath, file.bytes)
            knownAnnotations[file.annotation.id] = file.annotation
        }
        for file in sessions.files { knownSessions[file.record.code] = file.record }
    }

    /// `taskforce merge`: reads every source, verifying every bundle, before the first
    /// copy, so that a refused bundle leaves the destination exactly as it was (not even
    /// created); then merges the sources in the order given.
    public static func merge(_ sources: [URL], into store: AnnotationStore) throws(InputError)
        -> (destinationDefects: [AnnotationLoader.Defect], reports: [MergeReport]) {
        var read: [MergeSource] = []
        for url in sources { read.append(try MergeSource(reading: url)) }
        var merge = try AnnotationMerge(into: store)
        var reports: [MergeReport] = []
        for source in read { reports.append(try merge.merge(source)) }
        return (merge.destinationDefects, reports)
    }

    /// Copies what `source` has and the destination lacks. Throws (I/O, exit 74) only if
    /// the destination cannot be written; what was copied before stays, complete, and
    /// running the merge again finishes the work.
    public mutating func merge(_ source: MergeSource) throws(InputError) -> MergeReport {
        var report = MergeReport(source: source.name, invalid: source.invalid)
        let refused = refusals(source)
        for file in source.files {
            let a = file.annotation
            if known[a.id] == nil, let reason = refused[a.id] {
                report.refused.append(.init(incoming: file.origin, reason: reason, keptAs: try keepAside(file)))
                continue
            }
            if let existing = known[a.id] {
                if existing.bytes == file.bytes {
                    report.alreadyPresent += 1
                } else {
                    report.conflicts.append(.init(id: a.id, incoming: file.origin, existing: existing.path,
                                                  keptAs: try keepAside(file)))
                }
                continue
            }
            let target = store.url(of: a)
            try AnnotationStore.makePrivateFolder(store.folder(forText: a.text))
            do {
                try DurableFile.create(file.bytes, at: target, temporaryFolder: store.temporaryFolder,
                                       mode: 0o600, modificationDay: a.day)
            } catch where error.alreadyExists {
                // Written meanwhile by another merge into this folder: the same bytes are
                // simply present, not a conflict.
                if Self.holds(file.bytes, at: target, limit: AnnotationCodec.sizeLimit) {
                    known[a.id] = (target.relativePath, file.bytes)
                    knownAnnotations[a.id] = a
                    report.alreadyPresent += 1
                    continue
                }
                // A file the load could not use, nor move to quarantine, holds the name.
                report.conflicts.append(.init(id: a.id, incoming: file.origin, existing: target.relativePath,
                                              keptAs: try keepAside(file)))
                continue
            } catch {
                throw InputError(.io, file: error.error.file, "not merged: \(error.error.message)")
            }
            known[a.id] = (target.relativePath, file.bytes)
            knownAnnotations[a.id] = a
            report.added.append(target.relativePath)
        }
        for file in source.keptAside {
            if known[file.annotation.id]?.bytes == file.bytes {
                report.alreadyPresent += 1
            } else {
                report.conflicts.append(.init(id: file.annotation.id, incoming: file.origin,
                                              existing: known[file.annotation.id]?.path, keptAs: try keepAside(file)))
            }
        }
        for file in source.sessions { try merge(file, into: &report) }
        return report
    }

    /// The incoming records `Authority` refuses, judged with everything here and in the
    /// source (the destination's own record of a session wins over the source's), by id.
    private func refusals(_ source: MergeSource) -> [AnnotationID: String] {
        var all = knownAnnotations
        for file in source.files where all[file.annotation.id] == nil { all[file.annotation.id] = file.annotation }
        // The records here, with any dispute already kept aside in conflicts/sessions/; a
        // record of the source for a session new here brings its key, one for a session
        // here with another key disputes it (it will be kept aside).
        var keys = SessionRecords.keys(store, records: knownSessions)
        for file in source.sessions {
            let code = file.record.code
            if knownSessions[code] == nil {
                if keys[code] == nil { keys[code] = file.record.key }
            } else {
                keys.add(rival: file.record.key, of: code, in: file.origin,
                         recordFile: SessionRecords.folder(store).appendingPathComponent(code + ".json").relativePath)
            }
        }
        var reasons: [AnnotationID: String] = [:]
        for r in Authority.refusals(Array(all.values), sessions: keys) { reasons[r.annotation.id] = r.reason }
        return reasons
    }

    /// A session record: copied if its code is new here, already present if the record
    /// here says the same (however it is spaced), else kept aside for a person to decide.
    private mutating func merge(_ file: SessionFile, into report: inout MergeReport) throws(InputError) {
        let code = file.record.code
        if let existing = knownSessions[code] {
            if existing == file.record {
                report.alreadyPresent += 1
            } else {
                report.sessionConflicts.append(.init(code: code, incoming: file.origin, keptAs: try keepAside(file)))
            }
            return
        }
        let folder = SessionRecords.folder(store)
        try AnnotationStore.makePrivateFolder(folder)
        let target = folder.appendingPathComponent(code + ".json")
        do {
            try DurableFile.create(file.bytes, at: target, temporaryFolder: store.temporaryFolder, mode: 0o600,
                                   modificationDay: file.record.day)
        } catch where error.alreadyExists {
            if Self.holds(file.bytes, at: target, limit: SessionRecordCodec.sizeLimit) {
                knownSessions[code] = file.record
                report.alreadyPresent += 1
                return
            }
            // A record the load could not use, nor move to quarantine, holds the name.
            report.sessionConflicts.append(.init(code: code, incoming: file.origin, keptAs: try keepAside(file)))
            return
        } catch {
            throw InputError(.io, file: error.error.file, "not merged: \(error.error.message)")
        }
        knownSessions[code] = file.record
        report.added.append(target.relativePath)
    }

    private func keepAside(_ file: SessionFile) throws(InputError) -> String {
        try keepAside(file.bytes, in: store.conflictsFolder.appendingPathComponent("sessions"), name: file.record.code + ".json",
                      day: file.record.day, limit: SessionRecordCodec.sizeLimit)
    }

    /// Keeps `file` in `conflicts/<text-id>/`, under `<id>.json` or the first `<id>.json.<n>`
    /// that is free, unless one of those names already holds the same bytes. Returns where.
    private func keepAside(_ file: AnnotationLoader.File) throws(InputError) -> String {
        let a = file.annotation
        return try keepAside(file.bytes, in: store.conflictsFolder.appendingPathComponent(a.text.rawValue), name: "\(a.id.value).json",
                             day: a.day, limit: AnnotationCodec.sizeLimit)
    }

    /// Whether `url` is a regular file (not a link) holding exactly `bytes`.
    static func holds(_ bytes: [UInt8], at url: URL, limit: Int) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && Int(info.st_size) == bytes.count
            && (try? FileReading.bytes(of: url, limit: limit, what: "merged files")) == bytes
    }

    /// Keeps `bytes` in `folder` under `name` or the first `name.<n>` that is free, unless
    /// one of those already holds the same bytes. Returns where.
    private func keepAside(_ bytes: [UInt8], in folder: URL, name: String, day: Day, limit: Int) throws(InputError) -> String {
        try AnnotationStore.makePrivateFolder(store.conflictsFolder)
        try AnnotationStore.makePrivateFolder(folder)
        var attempt = 0
        while attempt < 10_000 {
            let url = folder.appendingPathComponent(attempt == 0 ? name : "\(name).\(attempt)")
            var info = stat()
            if lstat(url.path, &info) == 0 {
                if Self.holds(bytes, at: url, limit: limit) { return url.relativePath }
                attempt += 1
                continue
            }
            do {
                try DurableFile.create(bytes, at: url, temporaryFolder: store.temporaryFolder, mode: 0o600, modificationDay: day)
                return url.relativePath
            } catch where error.alreadyExists {
                continue  // written meanwhile by someone else: look at it again
            } catch {
                throw InputError(.io, file: error.error.file, "not kept aside: \(error.error.message)")
            }
        }
        throw InputError(.io, file: folder.relativePath, "too many versions of \(name) are kept aside already")
    }
}
