import Foundation
import TaskForceCore
import TaskForceUI

/// The review screen's live update, outside `update`: the folder watch says which files
/// appeared, the new ones are read with the loader's checks, and the model gets them as
/// the `.annotationsArrived` message. Never in kiosk mode: the others' comments are not
/// even loaded there.
///
/// `TASKFORCE_WATCH=rescan` lists the folder every 1.5 s instead of asking the kernel,
/// for a file system that does not report changes and is not recognised as such.
public final class ReviewArrivals {
    let watch: AnnotationFolderWatch

    /// Made before the first load of the folder, so that nothing saved meanwhile is missed.
    public init(store: AnnotationStore, environment: [String: String] = ProcessInfo.processInfo.environment) {
        watch = AnnotationFolderWatch(store: store, forceRescan: environment["TASKFORCE_WATCH"] == "rescan")
    }

    /// For the frame loop's wait; nil while the folder is rescanned on a clock.
    public var descriptor: Int32? { watch.descriptor }

    /// Reads what arrived, skipping the ids the model already has; nil when nothing new did.
    public func poll(known: KnownAnnotations) -> ReviewMsg? {
        let paths = watch.drain().filter { path in
            AnnotationFolderWatch.id(ofPath: path).map { !known.contains($0) } ?? false
        }
        guard !paths.isEmpty else { return nil }
        let read = AnnotationLoader.read(arrivals: paths, in: watch.store)
        watch.retryLater(read.unreadable)
        // A session started since: its facilitator key decides whether its moderations stand.
        let keys = SessionRecords.keys(watch.store, records: SessionRecords.load(watch.store, quarantine: false).records)
        return .annotationsArrived(read.annotations, sessionKeys: keys)
    }
}
