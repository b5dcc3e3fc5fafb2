/// Which words of the article a proposal strikes out and which it adds: the same edit
/// script, word for word, as the standard library's `difference(from:)` (a linear-space
/// Myers comparison that looks for the middle snake of each box from both ends), written
/// here for arrays of word numbers only.
///
/// Why not the library's: it is generic over any collection and any comparison, so on
/// Linux every word comparison is a call through a closure, and it returns its changes as
/// a `CollectionDifference` that it sorts and checks; on a digest of 100,000 annotations
/// that was a tenth of the time, for the few hundred integers of each proposal. The redline
/// must not change with the speed-up: among the many shortest edit scripts it has to pick
/// the one the library picks, so every choice below (which diagonal, which direction first,
/// which box next) is the library's, and `WordDifferenceTests` compares both on thousands
/// of random word lists.
enum WordDifference {
    /// Flags: `removed[i]` for the old words struck out, `inserted[j]` for the new words added.
    static func changes(from old: [Int], to new: [Int]) -> (removed: [Bool], inserted: [Bool]) {
        var removed = [Bool](repeating: false, count: old.count)
        var inserted = [Bool](repeating: false, count: new.count)
        old.withUnsafeBufferPointer { a in
            new.withUnsafeBufferPointer { b in
                var search = Search(old: a, new: b, size: a.count + b.count)
                search.run(removed: &removed, inserted: &inserted)
                search.release()
            }
        }
        return (removed, inserted)
    }

    /// A part of the edit graph: old words `left..<right` against new words `top..<bottom`.
    struct Box {
        var left, top, right, bottom: Int
        var width: Int { right - left }
        var height: Int { bottom - top }
        var size: Int { width + height }
        /// Which diagonal the bottom-right corner lies on, counted from the top-left one.
        var delta: Int { width - height }
        var isOdd: Bool { delta & 1 != 0 }
        /// The most edits either half of a search needs before both halves meet.
        var depths: Int { (size + 1) / 2 }
    }

    /// One comparison: the two furthest-reaching vectors (forward: the furthest `x` on each
    /// diagonal; backward: the furthest-up `y`), shared by every box of the comparison.
    private struct Search {
        let old: UnsafeBufferPointer<Int>
        let new: UnsafeBufferPointer<Int>
        let forward: UnsafeMutablePointer<Int>
        let backward: UnsafeMutablePointer<Int>
        let storage: UnsafeMutableBufferPointer<Int>

        init(old: UnsafeBufferPointer<Int>, new: UnsafeBufferPointer<Int>, size: Int) {
            self.old = old
            self.new = new
            // Diagonals -reach...reach of each vector; no box needs more than its size.
            let reach = size + 1
            storage = .allocate(capacity: 2 * (2 * reach + 1))
            storage.initialize(repeating: 0)
            forward = storage.baseAddress! + reach
            backward = storage.baseAddress! + (2 * reach + 1) + reach
        }

        func release() { storage.deallocate() }

        /// The box with the equal words at its start and end set apart.
        func shrunk(_ box: Box) -> Box {
            var r = box
            while r.left < r.right, r.top < r.bottom, old[r.left] == new[r.top] { r.left += 1; r.top += 1 }
            while r.right > r.left, r.bottom > r.top, old[r.right - 1] == new[r.bottom - 1] { r.right -= 1; r.bottom -= 1 }
            return r
        }

        /// Each box yields one edit and the snake through its middle; what lies before the
        /// snake is done next, what lies after it waits on a stack (the library's order).
        mutating func run(removed: inout [Bool], inserted: inout [Bool]) {
            var current = shrunk(Box(left: 0, top: 0, right: old.count, bottom: new.count))
            var waiting: [Box] = []
            while true {
                let (edit, snake) = middleSnake(current)
                if let edit {
                    if edit.isInsertion { inserted[edit.index] = true } else { removed[edit.index] = true }
                }
                guard let snake else {
                    guard let next = waiting.popLast() else { return }
                    current = next
                    continue
                }
                let head = shrunk(Box(left: current.left, top: current.top, right: snake.left, bottom: snake.top))
                let tail = shrunk(Box(left: snake.right, top: snake.bottom, right: current.right, bottom: current.bottom))
                current = head
                waiting.append(tail)
            }
        }

        struct Edit { var isInsertion: Bool; var index: Int }

        func middleSnake(_ box: Box) -> (Edit?, Box?) {
            guard box.size > 1 else {
                if box.size == 0 { return (nil, nil) }
                return box.width == 1 ? (Edit(isInsertion: false, index: box.left), nil) : (Edit(isInsertion: true, index: box.top), nil)
            }
            forward[1] = box.left
            backward[1] = box.bottom
            for depth in 0...box.depths {
                if box.isOdd {
                    if let found = searchForward(box, depth) { return found }
                    _ = searchBackward(box, depth)
                } else {
                    _ = searchForward(box, depth)
                    if let found = searchBackward(box, depth) { return found }
                }
            }
            preconditionFailure("the two halves of a comparison always meet")
        }

        /// One more edit from the top-left corner on every diagonal of this depth; in a box
        /// of odd delta, the meeting with the backward search ends it.
        func searchForward(_ box: Box, _ depth: Int) -> (Edit?, Box?)? {
            var k = depth
            while k >= -depth {
                defer { k -= 2 }
                var right: Int, bottom: Int
                let left: Int
                let edit: Edit
                if k == -depth || (k != depth && forward[k - 1] < forward[k + 1]) {
                    right = forward[k + 1]
                    left = right
                    bottom = box.top + (right - box.left) - k
                    edit = Edit(isInsertion: true, index: bottom - 1)
                } else {
                    left = forward[k - 1]
                    right = left + 1
                    bottom = box.top + (right - box.left) - k
                    edit = Edit(isInsertion: false, index: left)
                }
                let top = depth == 0 || right != left ? bottom : bottom - 1
                while right < box.right, bottom < box.bottom, old[right] == new[bottom] { right += 1; bottom += 1 }
                forward[k] = right
                guard box.isOdd else { continue }
                let c = k - box.delta
                if c >= -(depth - 1), c <= depth - 1, bottom >= backward[c] {
                    return (edit, Box(left: left, top: top, right: right, bottom: bottom))
                }
            }
            return nil
        }

        /// One more edit from the bottom-right corner; in a box of even delta, the meeting
        /// with the forward search ends it.
        func searchBackward(_ box: Box, _ depth: Int) -> (Edit?, Box?)? {
            var c = depth
            while c >= -depth {
                defer { c -= 2 }
                let k = c + box.delta
                var left: Int, top: Int
                let bottom: Int
                let edit: Edit
                if c == -depth || (c != depth && backward[c - 1] > backward[c + 1]) {
                    top = backward[c + 1]
                    bottom = top
                    left = box.left + (top - box.top) + k
                    edit = Edit(isInsertion: false, index: left)
                } else {
                    bottom = backward[c - 1]
                    top = bottom - 1
                    left = box.left + (top - box.top) + k
                    edit = Edit(isInsertion: true, index: top)
                }
                let right = depth == 0 || top != bottom ? left : left + 1
                while left > box.left, top > box.top, old[left - 1] == new[top - 1] { left -= 1; top -= 1 }
                backward[c] = top
                guard !box.isOdd else { continue }
                if k >= -depth, k <= depth, left <= forward[k] {
                    return (edit, Box(left: left, top: top, right: right, bottom: bottom))
                }
            }
            return nil
        }
    }
}
