#if canImport(Glibc)
import Glibc
#endif
import CTextScan

/// Work done on a thread of its own while the caller goes on; `wait()` gives its result.
///
/// A bare POSIX thread rather than Dispatch or a task: `TextFile.load` uses it to validate a
/// large code while it finds the code's lines, once per file, and starting libdispatch's
/// pool or the concurrency runtime for that costs more than the thread itself.
/// `pthread_join` makes everything the work wrote visible to the caller. The thread starts on
/// another processor than the caller's (`thread_attributes_elsewhere`: left to the scheduler it
/// often waited on the caller's until the caller's own work was over).
package final class BackgroundThread<Result: Sendable>: @unchecked Sendable {
    private let outcome = Outcome()
    private var thread = pthread_t()

    /// Starts `work`; nil when no thread can be made (the caller then does the work itself).
    package init?(_ work: @escaping @Sendable () -> Result) {
        let outcome = self.outcome
        let job = Job { outcome.value = work() }
        guard job.start(&thread) else { return nil }
    }

    /// Waits for the work to end and returns what it made.
    package func wait() -> Result {
        thread_anywhere(thread)  // if its processor is busy, this one is about to be free
        pthread_join(thread, nil)
        return outcome.value!
    }

    /// Where the thread leaves its result (read only after `pthread_join`).
    private final class Outcome: @unchecked Sendable {
        var value: Result?
    }
}

/// The closure a new thread runs, handed over as the thread's argument.
private final class Job {
    let body: () -> Void

    init(_ body: @escaping () -> Void) { self.body = body }

    /// Starts the thread; the thread owns the job until its body has run.
    func start(_ thread: inout pthread_t) -> Bool {
        let context = Unmanaged.passRetained(self).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        func create(_ attributes: UnsafePointer<pthread_attr_t>?) -> Int32 {
            pthread_create(&thread, attributes, { context in
                Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().body()
                return nil
            }, context)
        }
        let placed = thread_attributes_elsewhere(&attributes)
        var started = create(&attributes)
        if started != 0, placed { started = create(nil) }  // then anywhere
        if started != 0 { Unmanaged<Job>.fromOpaque(context).release() }
        return started == 0
    }
}
