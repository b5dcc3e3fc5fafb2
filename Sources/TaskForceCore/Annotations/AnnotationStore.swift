import Foundation

/// The `Annotations/` folder (Annotations/README.md):
///
///     <text-id>/<id>.json   committed annotations, immutable, mode 0600
///     sessions/<code>.json  session records
///     live/<code>.json      where a running session is (LivePositions), replaced as it moves
///     tmp/                  writes in flight; readers never look here
///     drafts/               autosave of the text being typed, removed on submit
///     quarantine/           invalid files met on load, moved here, never deleted
///     conflicts/            merged files whose id is taken here by different bytes (kept aside)
///
/// Folders are 0700. An annotation is "saved" only once `save` returns: its file is
/// written, synced and linked into place, and its folder synced.
public struct AnnotationStore: Sendable {
    public let root: URL

    public static let reservedFolders: Set<String> = ["sessions", "live", "tmp", "drafts", "quarantine", "conflicts"]

    public init(root: URL) {
        self.root = root
    }

    var temporaryFolder: URL { root.appendingPathComponent("tmp") }
    public var draftsFolder: URL { root.appendingPathComponent("drafts") }
    public var quarantineFolder: URL { root.appendingPathComponent("quarantine") }
    public var conflictsFolder: URL { root.appendingPathComponent("conflicts") }
    public func folder(forText text: TextID) -> URL { root.appendingPathComponent(text.rawValue) }

    public func url(of a: Annotation) -> URL {
        folder(forText: a.text).appendingPathComponent("\(a.id.value).json")
    }

    /// Creates the folders that are missing, private to the user.
    public func prepare() throws(InputError) {
        // The folder itself may be a link (to a USB stick, say); what is inside may not.
        try Self.makePrivateFolder(root, mayBeLink: true)
        for folder in [temporaryFolder, draftsFolder, quarantineFolder] {
            try Self.makePrivateFolder(folder)
        }
    }

    /// Creates `url` (0700) if missing. One that exists must be a real folder: a symbolic
    /// link (to anywhere outside), a FIFO or a file in its place is refused with a sentence,
    /// and nothing is written through it.
    static func makePrivateFolder(_ url: URL, mayBeLink: Bool = false) throws(InputError) {
        if mkdir(url.path, 0o700) == 0 {
            // A new folder carries the time it was made, and so does the one holding it.
            DurableFile.setMidnight(Today.day(), ofFolderAt: url)
            return
        }
        guard errno == EEXIST else {
            throw InputError(.io, file: url.relativePath, "cannot create the folder (\(String(cString: strerror(errno))))")
        }
        var found = stat()
        if !mayBeLink, lstat(url.path, &found) == 0, found.st_mode & S_IFMT != S_IFDIR {
            let what = found.st_mode & S_IFMT == S_IFLNK ? "a symbolic link" : "not a folder"
            // An input/output error, not bad data: what was being written (a comment) is
            // not at fault, and is kept as a draft where that is possible.
            throw InputError(.io, file: url.relativePath,
                             "this is \(what), where taskforce keeps its own folder; nothing is written through it (move it away)")
        }
        // Made earlier by something else (a git checkout gives 0755): the folder's mode is
        // what keeps other users from listing and reading the files, so close it to them.
        var info = stat()
        if lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid(),
           info.st_mode & 0o077 != 0 {
            _ = chmod(url.path, 0o700)
        }
    }

    /// Validates and durably writes a new annotation. Throws before anything is visible
    /// if a rule is broken, the disk is full or a sync fails.
    public func save(_ a: Annotation) throws(InputError) {
        if let problem = AnnotationRules.problem(a) {
            throw InputError(.badData, file: url(of: a).relativePath, "not saved: \(problem)")
        }
        do {
            try prepare()
            try Self.makePrivateFolder(folder(forText: a.text))
        } catch {
            var error = error
            error.message = "not saved: " + error.message
            throw error
        }
        do {
            try DurableFile.create(AnnotationCodec.encode(a), at: url(of: a), temporaryFolder: temporaryFolder,
                                   mode: 0o600, modificationDay: a.day)
        } catch {
            throw InputError(.io, file: error.error.file, "not saved: " + error.error.message)
        }
    }

    /// `save`, with the words written to drafts/ first, so that a failed save cannot lose
    /// them: the draft is removed once the annotation is durable. On failure the error
    /// says where the comment is kept. A comment refused for what it says (not for the
    /// disk) is not kept: the writer has to change it anyway.
    public func saveKeepingDraft(_ a: Annotation) throws(InputError) {
        let draft = try? saveDraft(a)
        do {
            try save(a)
        } catch {
            var error = error
            if error.kind == .badData {
                if let draft { removeDraft(draft, day: a.day) }
            } else if let draft {
                error.message += "; the comment is kept as a draft in \(draft.relativePath)"
            } else {
                error.message += "; it could not be kept as a draft either"
            }
            throw error
        }
        if let draft { removeDraft(draft, day: a.day) }
    }

    // MARK: drafts

    /// Writes a draft under a new name, then removes the previous one: a draft is never
    /// overwritten in place, so a crash leaves the old or the new one, never half of one.
    /// Returns the draft's file, to pass as `replacing` next time. A comment whose writer
    /// has not chosen a stance yet is written with an empty one (`stanceChosen`).
    @discardableResult
    public func saveDraft(_ draft: Annotation, stanceChosen: Bool = true, replacing previous: URL? = nil) throws(InputError) -> URL {
        try prepare()
        let url = draftsFolder.appendingPathComponent("\(AnnotationID.random().value).json")
        do {
            try DurableFile.create(AnnotationCodec.encode(draft, stanceChosen: stanceChosen), at: url, temporaryFolder: temporaryFolder,
                                   mode: 0o600, modificationDay: draft.day)
        } catch {
            throw InputError(.io, file: error.error.file, "the draft was not saved: " + error.error.message)
        }
        if let previous { removeDraft(previous, day: draft.day) }
        return url
    }

    /// Removes a draft; `drafts/` then carries midnight of `day`, not the time of day of
    /// the save that removed it (issue 13).
    public func removeDraft(_ url: URL, day: Day) {
        unlink(url.path)
        DurableFile.setMidnight(day, ofFolderAt: url.deletingLastPathComponent())
    }
}
