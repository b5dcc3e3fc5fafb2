import Foundation

/// Reads a whole input file with the checks every reader needs: it must be a regular
/// file (not a FIFO that would block, not a device) and not larger than a cap, checked
/// before reading so that a huge file cannot exhaust memory. A symbolic link is refused,
/// never followed (it could lead anywhere: a system file, a FIFO, another user's file).
public enum FileReading {
    public static func bytes(of url: URL, limit: Int, what: String) throws(InputError) -> [UInt8] {
        try bytes(atPath: url.relativePath, limit: limit, what: what)
    }

    /// `bytes(of:)` for a path (as the URL's `relativePath`) without making a URL.
    public static func bytes(atPath path: String, limit: Int, what: String) throws(InputError) -> [UInt8] {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            throw InputError(.io, file: path, "cannot read the file (\(String(cString: strerror(errno))))")
        }
        guard info.st_mode & S_IFMT != S_IFLNK else {
            throw InputError(.badData, file: path, "this is a symbolic link, which taskforce does not follow; give the file itself")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw InputError(.badData, file: path, "this is not a regular file")
        }
        if Int(info.st_size) > limit {
            throw InputError(.badData, file: path,
                             "the file is \(megabytesRoundedUp(Int(info.st_size))) MB, over the \(limit / 1_048_576) MB limit for \(what)")
        }
        // Not following a link, not blocking on a FIFO put there since the check above.
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            throw InputError(.io, file: path, "cannot open the file (\(String(cString: strerror(errno))))")
        }
        defer { close(fd) }
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= limit else {
            throw InputError(.badData, file: path, "the file changed while it was being read; try again")
        }
        let size = Int(info.st_size)
        guard size > 0 else { return [] }
        // Read straight into the array's storage: zeroing megabytes first is wasted work.
        // A large file gets a large page's worth of room more (see adviseLargePages).
        var failure: Int32 = 0
        let capacity = size >= largeFile ? size + largePage : size
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            adviseLargePages(buffer.baseAddress!, size, capacity: capacity)
            var done = 0
            while done < size {
                let n = read(fd, buffer.baseAddress! + done, size - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                done += n
            }
            initialized = done
        }
        if failure != 0 {
            throw InputError(.io, file: path, "cannot read the file (\(String(cString: strerror(failure))))")
        }
        return bytes
    }

    /// From this size on a file is a large code: its pages are made in one call here, and
    /// `TextFile.load` validates it on a second core while it finds its lines.
    static let largeFile = 1_048_576

    /// The size of a large page (x86-64, arm64 with 4 KB pages).
    static let largePage = 2 * 1_048_576

    /// A code of several megabytes is read into fresh memory that the kernel hands out
    /// 4 KB at a time, one page fault each (1,600 for a 6.5 MB code). Where the buffer
    /// covers whole 2 MB blocks, asking for large pages there makes each block one fault
    /// (BENCHMARKS: 5,470 -> 4,430 faults for `parse`). Advice only: where it is refused
    /// or unsupported, the file is read as before.
    ///
    /// `capacity` is a large page more than the file for a large file, so that the block
    /// holding its last byte always lies whole in the buffer and is a large page too; only
    /// the part before the buffer's first 2 MB boundary is made 4 KB at a time. Sized to the
    /// file alone, whether that last block fitted depended on where `malloc` put the buffer:
    /// two large pages or three for the 6.5 MB code, about 480 page faults and 0.9 ms apart
    /// (BENCHMARKS: issue 16, the start-up of `parse`).
    ///
    /// Then the whole buffer's pages are made in one call (`MADV_POPULATE_WRITE`, Linux
    /// 5.14) rather than one fault at a time inside `read`: on this machine reading a 6.5 MB
    /// code took 4.6 ms faulting page by page, 2.3 ms with the pages made first (median
    /// of 30; BENCHMARKS, issue 16). Only for large files: a small one is a few pages.
    static func adviseLargePages(_ start: UnsafeMutableRawPointer, _ size: Int, capacity: Int) {
        let block = largePage
        let first = (Int(bitPattern: start) + block - 1) & ~(block - 1)
        let last = (Int(bitPattern: start) + capacity) & ~(block - 1)
        if last > first, let aligned = UnsafeMutableRawPointer(bitPattern: first) {
            _ = madvise(aligned, last - first, MADV_HUGEPAGE)
        }
        guard size >= largeFile else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let low = Int(bitPattern: start) & ~(page - 1)
        let high = (Int(bitPattern: start) + size + page - 1) & ~(page - 1)
        // Making a page changes none of its bytes, so the pages the buffer shares at its
        // ends with other memory are safe to make too. Refused on an older kernel (EINVAL):
        // the faults then happen as before.
        let populateWrite: Int32 = 23  // MADV_POPULATE_WRITE, not in every libc's headers
        _ = madvise(UnsafeMutableRawPointer(bitPattern: low), high - low, populateWrite)
    }

    /// Rounded up to a tenth, so that a file just over the limit never reads as equal to it.
    static func megabytesRoundedUp(_ n: Int) -> String {
        let tenths = (n * 10 + 1_048_575) / 1_048_576
        return "\(tenths / 10).\(tenths % 10)"
    }
}
