/// Comments per session or per place, shown only when no group is small enough for its
/// people to be recognised (ARCHITECTURE: The digest, k-anonymity on headcounts).
///
/// The rule is all or nothing: if one group is below `minGroup`, no breakdown of that kind
/// is shown at all, because the small group's figures could be worked out from the total
/// and the other groups. Sessions are tried first, then places (sessions of one place
/// added up); comments written outside any recorded session make a breakdown impossible,
/// since they cannot be put in a group.
public struct Breakdown: Sendable, Equatable {
    public enum Grouping: String, Sendable { case session, place }
    public enum Withheld: Sendable, Equatable {
        /// Fewer than two groups: a breakdown would only repeat the totals.
        case oneGroup
        /// A group has fewer than `minGroup` people (or no recorded headcount).
        case smallGroup
        /// Some comments have no session, or their session has no record.
        case unattributed
    }

    public struct Row: Sendable, Equatable {
        /// Session code or place name.
        public var name: String
        /// For a session row, its place.
        public var place: String?
        public var headcount: Int
        public var counts: StanceCounts
    }

    public var grouping: Grouping?
    public var rows: [Row]
    public var withheld: Withheld?
    public var minGroup: Int

    /// - Parameter comments: the session code (nil for none) and stance of every current comment.
    static func make(comments: [(session: String?, stance: Stance)], records: [String: SessionRecord],
                     minGroup: Int) -> Breakdown {
        func withheld(_ reason: Withheld) -> Breakdown { Breakdown(grouping: nil, rows: [], withheld: reason, minGroup: minGroup) }
        var bySession: [String: StanceCounts] = [:]
        for c in comments {
            guard let code = c.session, records[code] != nil else { return withheld(.unattributed) }
            bySession[code, default: StanceCounts()][c.stance] += 1
        }
        guard bySession.count >= 2 else { return withheld(.oneGroup) }
        if bySession.keys.allSatisfy({ records[$0]!.headcount >= minGroup }) {
            let rows = bySession.keys.sorted().map { code in
                Row(name: code, place: records[code]!.place, headcount: records[code]!.headcount, counts: bySession[code]!)
            }
            return Breakdown(grouping: .session, rows: rows, withheld: nil, minGroup: minGroup)
        }
        var byPlace: [String: (headcount: Int, counts: StanceCounts)] = [:]
        // A place's headcount: the people of its sessions that commented on this text.
        for record in records.values where bySession[record.code] != nil {
            var entry = byPlace[record.place] ?? (0, StanceCounts())
            entry.headcount += record.headcount
            entry.counts += bySession[record.code]!
            byPlace[record.place] = entry
        }
        guard byPlace.count >= 2 else { return withheld(.smallGroup) }
        guard byPlace.values.allSatisfy({ $0.headcount >= minGroup }) else { return withheld(.smallGroup) }
        let rows = byPlace.keys.sorted().map { Row(name: $0, place: nil, headcount: byPlace[$0]!.headcount, counts: byPlace[$0]!.counts) }
        return Breakdown(grouping: .place, rows: rows, withheld: nil, minGroup: minGroup)
    }
}
