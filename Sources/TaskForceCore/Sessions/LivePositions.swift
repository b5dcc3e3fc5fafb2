import Foundation

/// The live position files of an `Annotations/` folder (`live/<code>.json`). Unlike
/// annotations they are replaced in place (the latest position is all that matters), and
/// they are not part of what is merged, bundled or digested: a session's position means
/// nothing in another city.
public enum LivePositions {
    public static func folder(_ store: AnnotationStore) -> URL { store.root.appendingPathComponent("live") }

    public static func url(_ store: AnnotationStore, session: String) -> URL {
        folder(store).appendingPathComponent(session + ".json")
    }

    /// Publishes the facilitator's position (replacing the previous one in one step). The
    /// file and `live/` carry midnight of `day` as their times: when the room moved on is
    /// nobody's business (the followers' watch tells changes by inode and change time).
    public static func publish(_ position: LivePosition, in store: AnnotationStore,
                               day: Day = Today.day()) throws(DurableFile.Failure) {
        do { try AnnotationStore.makePrivateFolder(folder(store)) } catch {
            throw DurableFile.Failure(error: error, alreadyExists: false)
        }
        try DurableFile.replace(LivePositionCodec.encode(position), at: url(store, session: position.session),
                                modificationDay: day)
    }

    /// The published position of `session`, or nil when there is none (not started, or a
    /// file that is not a valid position: a follower then simply stays where it is).
    public static func read(session: String, in store: AnnotationStore) -> LivePosition? {
        let url = url(store, session: session)
        var info = stat()
        guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
              let bytes = try? FileReading.bytes(of: url, limit: LivePositionCodec.sizeLimit, what: "live positions"),
              let position = try? LivePositionCodec.decode(bytes), position.session == session else { return nil }
        return position
    }

    /// The session is over on this screen: its position is taken away, so that the
    /// participants' screens show everything again (hidden tallies included) instead of
    /// waiting for a facilitator who left. Nothing else in the folder is touched; `live/`
    /// carries midnight of `day`, not the time the facilitator left.
    public static func end(session: String, in store: AnnotationStore, day: Day = Today.day()) {
        let url = url(store, session: session)
        var info = stat()
        guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
        unlink(url.path)
        DurableFile.setMidnight(day, ofFolderAt: folder(store))
    }
}
