import Foundation
@testable import TaskForceCore

/// System call failures injected into `DurableFile` through its `calls` seam, only for
/// files and folders under one scratch folder: other suites running at the same time
/// write through the same global seam and must keep getting the real calls.
///
/// The installed closures capture nothing (they read `FaultPlan.shared`), so swapping
/// `DurableFile.calls` while another thread reads it can never pair a function with a
/// context it does not expect.
final class FaultPlan: @unchecked Sendable {
    enum Fault: Sendable, CustomStringConvertible {
        /// The `n`th fsync (1 = the file, 2 = its folder), or every one when nil.
        case fsync(Int32, call: Int?)
        /// Every write fails at once.
        case write(Int32)
        /// `count` writes of at most `chunk` bytes succeed, then writes fail.
        case shortWritesThen(Int32, count: Int, chunk: Int)
        /// The first write is interrupted by a signal (EINTR); later ones succeed.
        case writeInterruptedOnce
        case close(Int32)
        case link(Int32)

        var description: String {
            switch self {
            case .fsync(let e, let n): "fsync \(n.map { "call \($0)" } ?? "every call") fails (\(String(cString: strerror(e))))"
            case .write(let e): "write fails (\(String(cString: strerror(e))))"
            case .shortWritesThen(let e, let n, let c): "\(n) short writes of \(c) bytes, then \(String(cString: strerror(e)))"
            case .writeInterruptedOnce: "first write interrupted (EINTR)"
            case .close(let e): "close fails (\(String(cString: strerror(e))))"
            case .link(let e): "link fails (\(String(cString: strerror(e))))"
            }
        }
    }

    static let shared = FaultPlan()

    private let lock = NSLock()
    /// The folder as given and as resolved (/proc shows resolved paths, `link` gets ours).
    private var scopes: [String] = []
    private var fault: Fault?
    private var writes = 0
    private var fsyncs = 0

    /// Held for the whole of an injection: the plan is one, and two suites (fault injection,
    /// file systems without hard links) inject at the same time otherwise, each undoing the
    /// other's fault mid-test.
    private static let oneAtATime = NSLock()

    /// Runs `body` with `fault` injected under `folder`, then puts the real calls back.
    static func inject<T>(_ fault: Fault, under folder: URL, _ body: () throws -> T) rethrows -> T {
        oneAtATime.lock()
        defer { oneAtATime.unlock() }
        shared.set(fault, scopes: [folder.path, realPath(folder)])
        let saved = DurableFile.calls
        DurableFile.calls = DurableFile.SystemCalls(
            write: { fd, p, n in FaultPlan.shared.write(fd, p, n) },
            fsync: { fd in FaultPlan.shared.fsync(fd) },
            close: { fd in FaultPlan.shared.close(fd) },
            link: { from, to in FaultPlan.shared.link(from, to) })
        defer {
            DurableFile.calls = saved
            shared.set(nil, scopes: [])
        }
        return try body()
    }

    private func set(_ fault: Fault?, scopes: [String]) {
        lock.withLock {
            self.fault = fault
            self.scopes = scopes
            writes = 0
            fsyncs = 0
        }
    }

    /// The fault, if `path` is in scope.
    private func active(_ path: String?) -> Fault? {
        lock.withLock {
            guard let path, scopes.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) else { return nil }
            return fault
        }
    }

    private func write(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
        guard let fault = active(Self.path(of: fd)) else { return Glibc.write(fd, p, n) }
        // Only calls in scope are counted: other suites write at the same time.
        let call = lock.withLock { writes += 1; return writes }
        switch fault {
        case .write(let e):
            errno = e
            return -1
        case .shortWritesThen(let e, let count, let chunk):
            guard call <= count else { errno = e; return -1 }
            return Glibc.write(fd, p, min(n, chunk))
        case .writeInterruptedOnce where call == 1:
            errno = EINTR
            return -1
        default:
            return Glibc.write(fd, p, n)
        }
    }

    private func fsync(_ fd: Int32) -> Int32 {
        guard let fault = active(Self.path(of: fd)) else { return Glibc.fsync(fd) }
        let call = lock.withLock { fsyncs += 1; return fsyncs }
        if case .fsync(let e, let n) = fault, n == nil || n == call {
            errno = e
            return -1
        }
        return Glibc.fsync(fd)
    }

    private func close(_ fd: Int32) -> Int32 {
        let fault = active(Self.path(of: fd))
        // The descriptor is released even when close reports an error (Linux): do the same.
        let result = Glibc.close(fd)
        if case .close(let e)? = fault {
            errno = e
            return -1
        }
        return result
    }

    private func link(_ from: String, _ to: String) -> Int32 {
        if case .link(let e)? = active(to) {
            errno = e
            return -1
        }
        return Glibc.link(from, to)
    }

    /// The file an open descriptor refers to, from /proc.
    static func path(of fd: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/fd/\(fd)", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func realPath(_ url: URL) -> String {
        guard let resolved = realpath(url.path, nil) else { return url.path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
