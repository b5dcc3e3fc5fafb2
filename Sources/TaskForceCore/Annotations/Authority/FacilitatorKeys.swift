import Crypto
import Foundation

/// The private halves of facilitator keys, on the facilitator's own machine and never in
/// the annotations folder (so no bundle, merge or git push carries them): one file per
/// session, `<code>.key`, 64 hex characters, mode 0600 in a folder of mode 0700. The folder
/// is `$TASKFORCE_KEYS` if set, else `$XDG_STATE_HOME/taskforce/keys`, else
/// `~/.local/state/taskforce/keys`. Whoever holds a session's file can moderate that
/// session's comments, on any day; losing it only means no more moderations for it.
public struct FacilitatorKeys: Sendable {
    public let folder: URL

    public init(folder: URL) { self.folder = folder }

    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> FacilitatorKeys {
        if let dir = environment["TASKFORCE_KEYS"], !dir.isEmpty { return FacilitatorKeys(folder: URL(fileURLWithPath: dir)) }
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return FacilitatorKeys(folder: URL(fileURLWithPath: state).appendingPathComponent("taskforce/keys"))
    }

    func file(_ code: String) -> URL { folder.appendingPathComponent(code + ".key") }

    /// Refuses a keys folder inside the annotations folder `annotations` (`TASKFORCE_KEYS`
    /// set to `Annotations/keys`): a copy of that folder, a bundle or a git push, would carry
    /// the keys, and with them the power to hide anyone's comment.
    public func checkOutside(_ annotations: URL) throws(InputError) {
        let keys = folder.standardizedFileURL.resolvingSymlinksInPath().path
        let root = annotations.standardizedFileURL.resolvingSymlinksInPath().path
        if keys == root || keys.hasPrefix(root.hasSuffix("/") ? root : root + "/") {
            throw InputError(.io, file: folder.path, "facilitator keys must be kept outside the annotations folder (set TASKFORCE_KEYS elsewhere)")
        }
    }

    /// The session's private key, if this machine holds it. A file that is not a regular
    /// file of ours, or holds anything but a key, is an error naming it.
    public func key(for code: String) throws(InputError) -> Curve25519.Signing.PrivateKey? {
        let url = file(code)
        let fd = open(url.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw InputError(.io, file: url.path, "the facilitator key cannot be read (\(String(cString: strerror(errno))))")
        }
        defer { close(fd) }
        var info = stat()
        var buffer = [UInt8](repeating: 0, count: 130)
        let n = fstat(fd, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? read(fd, &buffer, buffer.count) : -1
        let text = n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : ""
        guard let bytes = Hex.decode(text), bytes.count == 32,
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: bytes) else {
            throw InputError(.badData, file: url.path, "this is not a facilitator key (64 hexadecimal characters)")
        }
        return key
    }

    /// The session's key, made and saved (0600) if this machine has none yet. The file and its
    /// folder carry midnight of the day, like everything taskforce writes (issue 13): their
    /// time of day would tell when the session began.
    public func keyCreatingIfNeeded(for code: String) throws(InputError) -> Curve25519.Signing.PrivateKey {
        if let key = try key(for: code) { return key }
        try makeFolders()
        let key = Curve25519.Signing.PrivateKey()
        do {
            try DurableFile.create(Array((Hex.encode(Array(key.rawRepresentation)) + "\n").utf8), at: file(code),
                                   temporaryFolder: folder, mode: 0o600, modificationDay: Today.day())
        } catch {
            throw InputError(.io, file: error.error.file, "the facilitator key was not saved: \(error.error.message)")
        }
        return key
    }

    private func makeFolders() throws(InputError) {
        var path = ""
        for part in folder.path.split(separator: "/") {
            path += "/" + part
            if mkdir(path, 0o700) != 0, errno != EEXIST {
                throw InputError(.io, file: path, "cannot create the folder for facilitator keys (\(String(cString: strerror(errno))))")
            }
        }
    }

    /// `record` holding the public half of its session's key: the one it has, else this
    /// machine's (made if needed). A record's key is never replaced: that would undo every
    /// moderation signed with it.
    public func keyed(_ record: SessionRecord) throws(InputError) -> SessionRecord {
        guard record.key == nil else { return record }
        var keyed = record
        keyed.key = Self.publicHex(try keyCreatingIfNeeded(for: record.code))
        return keyed
    }

    /// A moderation of `target` (or the undoing of the moderation `target`) signed with
    /// the session's key, or an error saying why it cannot be: the target is not of this
    /// session, or this machine does not hold the key of the session's record.
    public func sign(_ a: Annotation, session record: SessionRecord?, target: Annotation) throws(InputError) -> Annotation {
        guard let record else {
            throw InputError(.badData, file: folder.path, "a moderation needs the session's record, with its key")
        }
        // A show of hands is this session's count, on whichever comment the room read.
        guard target.session == record.code || a.kind == .endorsement && a.target == target.id else {
            throw InputError(.badData, file: file(record.code).path,
                             "session \(record.code) can only moderate the comments of session \(record.code)")
        }
        guard let key = try key(for: record.code),
              Hex.encode(Array(key.publicKey.rawRepresentation)) == record.key else {
            throw InputError(.badData, file: file(record.code).path,
                             "this machine does not hold the facilitator key of session \(record.code)")
        }
        return RecordSignature.signed(a, by: key)
    }

    public static func publicHex(_ key: Curve25519.Signing.PrivateKey) -> String {
        Hex.encode(Array(key.publicKey.rawRepresentation))
    }
}
