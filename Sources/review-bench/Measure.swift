import Glibc
import TaskForceUI

/// Median time of `body` over `iterations` runs, in nanoseconds. The median, not the mean:
/// on a shared machine a few runs are slowed down by others' work.
func medianNanoseconds(_ iterations: Int, _ body: (Int) -> Void) -> Double {
    var samples: [Double] = []
    samples.reserveCapacity(iterations)
    for i in 0..<iterations {
        let start = now()
        body(i)
        samples.append(now() - start)
    }
    samples.sort()
    return samples[samples.count / 2]
}

private func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) * 1e9 + Double(time.tv_nsec)
}

/// Keeps each grid made alive until the next, so the optimiser cannot drop the work.
nonisolated(unsafe) var lastGrid: CellGrid?
