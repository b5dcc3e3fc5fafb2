import Testing
@testable import TaskForceCore

/// Breakdowns by session or place only when every group has at least k people (ARCHITECTURE: The digest).
@Suite struct BreakdownTests {
    static func record(_ code: String, _ place: String, _ headcount: Int) -> SessionRecord {
        SessionRecord(code: code, place: place, day: "2026-03-08", headcount: headcount)
    }
    static let records = Dictionary(uniqueKeysWithValues: [
        record("BXL-1", "Bruxelles", 8), record("BXL-2", "Bruxelles", 3),
        record("GNT-1", "Gent", 6), record("ANT-1", "Antwerpen", 2), record("ANT-2", "Antwerpen", 4),
    ].map { ($0.code, $0) })

    /// (sessions of the comments, k, expected grouping, expected withheld reason, row names)
    static let cases: [([String?], Int, Breakdown.Grouping?, Breakdown.Withheld?, [String])] = [
        (["BXL-1", "GNT-1", "GNT-1"], 5, .session, nil, ["BXL-1", "GNT-1"]),
        // BXL-2 has 3 people: sessions withheld; places Bruxelles 11, Gent 6 are enough.
        (["BXL-1", "BXL-2", "GNT-1"], 5, .place, nil, ["Bruxelles", "Gent"]),
        // Antwerpen adds up to 6 over two sessions of 2 and 4.
        (["ANT-1", "ANT-2", "GNT-1"], 5, .place, nil, ["Antwerpen", "Gent"]),
        (["ANT-1", "GNT-1"], 5, nil, .smallGroup, []),
        (["ANT-1", "GNT-1"], 2, .session, nil, ["ANT-1", "GNT-1"]),
        (["BXL-1", "BXL-2"], 5, nil, .smallGroup, []),
        (["BXL-1", "GNT-1", nil], 5, nil, .unattributed, []),
        (["BXL-1", "NOREC-1"], 5, nil, .unattributed, []),
        (["BXL-1", "BXL-1"], 5, nil, .oneGroup, []),
        ([], 5, nil, .oneGroup, []),
    ]

    @Test(arguments: cases.indices)
    func table(_ i: Int) {
        let (sessions, k, grouping, withheld, names) = Self.cases[i]
        let b = Breakdown.make(comments: sessions.map { ($0, .concern) }, records: Self.records, minGroup: k)
        #expect(b.grouping == grouping, "case \(i)")
        #expect(b.withheld == withheld, "case \(i)")
        #expect(b.rows.map(\.name) == names, "case \(i)")
        #expect(b.rows.allSatisfy { $0.headcount >= k }, "case \(i)")
    }

    @Test func rowsCountEachStance() {
        let b = Breakdown.make(comments: [("BXL-1", .concern), ("BXL-1", .oppose), ("GNT-1", .oppose)],
                               records: Self.records, minGroup: 5)
        #expect(b.rows.map(\.counts.oppose) == [1, 1])
        #expect(b.rows.map(\.counts.concern) == [1, 0])
        #expect(b.rows.map(\.place) == ["Bruxelles", "Gent"])
    }

    @Test func commentsCarryTheirSessionOnlyWhenTheBreakdownIsShown() {
        let sessions = [Self.records["BXL-1"]!, Self.records["GNT-1"]!, Self.records["ANT-1"]!]
        let shown = DigestFixtures.build([DigestFixtures.comment("a", session: "BXL-1"),
                                          DigestFixtures.comment("b", session: "GNT-1")], sessions: sessions)
        #expect(shown.articles[0].groups[0].comments.compactMap(\.session).sorted() == ["BXL-1", "GNT-1"])
        let withheld = DigestFixtures.build([DigestFixtures.comment("a", session: "BXL-1"),
                                             DigestFixtures.comment("b", session: "ANT-1")], sessions: sessions)
        #expect(withheld.breakdown.withheld == .smallGroup)
        #expect(withheld.articles[0].groups[0].comments.allSatisfy { $0.session == nil })
        // The header lists the sessions that took part; no comment says which one it came from.
        #expect(!DigestCSV.render(withheld).contains("ANT-1"))
        #expect(DigestMarkdown.render(withheld).components(separatedBy: "ANT-1").count == 2)
        #expect(!DigestJSON.render(withheld).contains("\"session\""))
        #expect(DigestJSON.render(shown).contains("\"session\" : \"GNT-1\""))
    }
}
