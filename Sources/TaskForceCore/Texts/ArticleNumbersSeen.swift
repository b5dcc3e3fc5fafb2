/// The article numbers a split has met, with the line of each one's first label, to report
/// a number that comes twice (ARCHITECTURE: Texts).
///
/// Laws number their articles in order, and a number above every earlier one cannot repeat
/// any of them: nothing needs noting then. The first number that does not go up builds a
/// dictionary from the articles read so far, kept from then on. Hashing each number of a
/// 6,500-article code into a dictionary was a sixth of the time spent starting its articles
/// (BENCHMARKS: issue 16).
struct ArticleNumbersSeen {
    private var firstLines: [String: Int]?

    /// Notes `number`, labelled at `line`; returns the line of its first label when it came
    /// before. `aboveAll` says that its key is above the key of every number noted so far;
    /// `earlier` are the articles read before it, all of them, in order.
    mutating func note(_ number: String, line: Int, aboveAll: Bool, earlier: [Article]) -> Int? {
        if firstLines == nil {
            if aboveAll { return nil }
            var built: [String: Int] = [:]
            built.reserveCapacity(max(earlier.count * 2, 16))
            for article in earlier where built[article.number] == nil { built[article.number] = article.line }
            firstLines = built
        }
        // One look-up for a new number; a repeated one gets its first line back.
        if let first = firstLines!.updateValue(line, forKey: number) {
            firstLines![number] = first
            return first
        }
        return nil
    }
}
