import Foundation

/// `map` on every core, with the results in the order of the input: what runs in
/// parallel never changes what the caller sees. Used by the loader to read and decode
/// annotation files, each independent of the others.
enum InOrderMap {
    /// - Parameter chunkSize: elements handed to a thread at a time; an input no larger
    ///   than one chunk is mapped on the calling thread, with no thread started.
    static func map<Element: Sendable, Mapped: Sendable>(
        _ elements: [Element], chunkSize: Int, _ transform: @Sendable (Element) -> Mapped
    ) -> [Mapped] {
        precondition(chunkSize > 0)
        let chunks = (elements.count + chunkSize - 1) / chunkSize
        guard chunks > 1 else { return elements.map(transform) }
        let slots = Slots<Mapped>(count: chunks)
        // Chunks rather than single elements: one element is too little work to be worth
        // handing to another thread. concurrentPerform returns once every chunk is done.
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * chunkSize
            let end = min(start + chunkSize, elements.count)
            slots.put(elements[start..<end].map(transform), at: chunk)
        }
        return slots.joined()
    }
}

/// One slot per chunk, filled from several threads; the lock makes each `put` and the
/// final read safe (it is taken once per chunk, not per element).
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [[Value]?]

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func put(_ value: [Value], at index: Int) {
        lock.withLock { values[index] = value }
    }

    func joined() -> [Value] {
        lock.withLock {
            values.flatMap { slot -> [Value] in
                guard let slot else { preconditionFailure("a chunk was not mapped") }
                return slot
            }
        }
    }
}
