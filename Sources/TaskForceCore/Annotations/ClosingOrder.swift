import Foundation

/// The order in which `close-session` writes a session's files again. A plain shuffle is,
/// now and then, close to the order the files were first written (for 40 files, about one
/// shuffle in 500 has a rank correlation of 0.5 or more with it), and would then keep
/// telling who wrote first. So shuffles are drawn until one's rank correlation with the
/// first order (their change times, then inode numbers) is small, keeping the best of a
/// bounded number of draws. Knowing that the new order is unlike the old one tells an
/// onlooker next to nothing: most shuffles are.
enum ClosingOrder {
    /// Largest accepted |Spearman rho| between the new order and the first one.
    static let largestCorrelation = 0.2
    static let draws = 1_000

    /// `files` in an order to write them again.
    static func order(_ files: [URL], using random: inout some RandomNumberGenerator) -> [URL] {
        guard files.count > 2 else { return files.shuffled(using: &random) }
        let written = firstRanks(files)
        var best = files.shuffled(using: &random)
        var bestRho = abs(rho(best.map { written[$0]! }))
        var drawn = 1
        while bestRho > largestCorrelation, drawn < draws {
            let next = files.shuffled(using: &random)
            let nextRho = abs(rho(next.map { written[$0]! }))
            if nextRho < bestRho { (best, bestRho) = (next, nextRho) }
            drawn += 1
        }
        return best
    }

    /// Each file's rank in the order it was last written: its change time, then its inode
    /// number (file systems with coarse times give many files one time).
    static func firstRanks(_ files: [URL]) -> [URL: Int] {
        let keyed = files.map { url -> (URL, Int, Int, UInt64) in
            var info = stat()
            guard lstat(url.path, &info) == 0 else { return (url, 0, 0, 0) }
            return (url, info.st_ctim.tv_sec, info.st_ctim.tv_nsec, UInt64(info.st_ino))
        }
        let sorted = keyed.sorted { ($0.1, $0.2, $0.3) < ($1.1, $1.2, $1.3) }
        return Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($0.element.0, $0.offset) })
    }

    /// Spearman's rank correlation between positions 0, 1, 2… and `ranks` (distinct).
    static func rho(_ ranks: [Int]) -> Double {
        let n = Double(ranks.count)
        let squares = ranks.enumerated().reduce(0.0) { sum, pair in
            let d = Double(pair.offset - pair.element)
            return sum + d * d
        }
        return 1 - 6 * squares / (n * (n * n - 1))
    }
}
