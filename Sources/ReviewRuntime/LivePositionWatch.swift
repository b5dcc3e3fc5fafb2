import Foundation
import TaskForceCore
import TaskForceUI

/// The participant's side of a live session, outside `update`: the facilitator's position
/// file (`live/<code>.json`) is read when it changed, and the model gets it as the
/// `.positionRead` message. The frame loop asks on every wake-up (about four times a
/// second when idle), so an unchanged file costs one `stat`, never a read.
public final class LivePositionWatch {
    let store: AnnotationStore
    let session: String
    /// What `stat` said at the last read (nil: no file); the file is replaced, not
    /// rewritten, so a new position is a new inode even within the same second.
    private var seen: Signature?
    private var started = false

    struct Signature: Equatable {
        /// The change time, not the modification time: a position file's modification time
        /// is always midnight (issue 13), and an inode number can come back after a rename.
        var device: UInt, inode: UInt, size: Int, seconds: Int, nanoseconds: Int
    }

    public init(store: AnnotationStore, session: String) {
        self.store = store
        self.session = session
    }

    /// Nil for a screen without a session: nobody to follow.
    public convenience init?(store: AnnotationStore, model: ReviewModel) {
        guard let session = model.session else { return nil }
        self.init(store: store, session: session)
    }

    /// The position, if the file changed since the last call (the first call always looks).
    public func poll() -> ReviewMsg? {
        let now = Self.signature(of: LivePositions.url(store, session: session).path)
        guard !started || now != seen else { return nil }
        started = true
        seen = now
        guard now != nil else { return .positionRead(nil) }  // no session running (any more)
        // A file that is not a valid position changes nothing: the screen stays as it was,
        // tallies hidden included, until the facilitator publishes again.
        return LivePositions.read(session: session, in: store).map { .positionRead($0) }
    }

    static func signature(of path: String) -> Signature? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Signature(device: UInt(info.st_dev), inode: UInt(info.st_ino), size: Int(info.st_size),
                         seconds: info.st_ctim.tv_sec, nanoseconds: info.st_ctim.tv_nsec)
    }
}
