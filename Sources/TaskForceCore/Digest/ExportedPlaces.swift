/// The places of the session records as a digest shows them (issue 13): a place is typed
/// by a facilitator, so it is cleaned (controls, bidi) and redacted like a comment, and
/// what was replaced is counted only where the breakdown shows it.
struct ExportedPlaces {
    /// The records with their places cleaned and redacted.
    let records: [String: SessionRecord]
    /// What each record's place had replaced, by session code.
    private let replaced: [String: Redactions]
    /// The places as typed, by session code.
    private let typed: [String: String]

    init(_ records: [String: SessionRecord], _ language: UILanguage) {
        var cleaned = records
        var replaced: [String: Redactions] = [:]
        for (code, record) in records {
            var r = Redactions()
            cleaned[code]!.place = r.clean(record.place, language)
            replaced[code] = r
        }
        self.records = cleaned
        self.replaced = replaced
        typed = records.mapValues(\.place)
    }

    /// The details replaced in the places `breakdown` shows: each session row's place, or
    /// each place of the sessions that commented (once per place as typed).
    func redactions(shownIn breakdown: Breakdown, comments: [(session: String?, stance: Stance)]) -> Redactions {
        var total = Redactions()
        switch breakdown.grouping {
        case .session?:
            for row in breakdown.rows { if let r = replaced[row.name] { total.add(r) } }
        case .place?:
            let codes = Set(comments.compactMap(\.session)).filter { records[$0] != nil }
            var seen: Set<String> = []
            for code in codes.sorted() where seen.insert(typed[code]!).inserted { total.add(replaced[code]!) }
        case nil:
            break
        }
        return total
    }
}
