import Mustache
import Testing
@testable import TaskForceCore

/// The templates' values are looked up by name through `MustacheParent` (fast) instead of
/// Mirror: a stored property missing from a `child(named:)` switch would silently render
/// as nothing. Every stored property of every page value must be answered.
@Suite struct DigestPageLookupTests {
    static func unanswered(_ value: Any) -> [String] {
        guard let parent = value as? MustacheParent else { return ["\(type(of: value)) is not a MustacheParent"] }
        return Mirror(reflecting: value).children.filter { child in
            // An absent optional is answered with nil, like an unknown name.
            guard let label = child.label else { return false }
            let absent = (child.value as? OptionalValue)?.isNone ?? false
            return !absent && parent.child(named: label) == nil
        }.map { "\(type(of: value)).\($0.label!)" }
    }

    @Test func everyStoredPropertyIsAnswered() throws {
        let a = DigestFixtures.comment("Un commentaire", proposal: "Une proposition", session: "BXL-1")
        let orphan = DigestFixtures.comment("Orphelin", article: "99", session: "GNT-1", fingerprint: "0123456789abcdef")
        let sessions = [SessionRecord(code: "BXL-1", place: "Bruxelles", day: DigestFixtures.day, headcount: 9),
                        SessionRecord(code: "GNT-1", place: "Gent", day: DigestFixtures.day, headcount: 9)]
        let page = DigestPage(DigestFixtures.build([a, orphan], sessions: sessions, minGroup: 5))
        #expect(!page.breakdown.isEmpty && !page.orphans.isEmpty)
        var missing = Self.unanswered(page) + Self.unanswered(page.header[0]) + Self.unanswered(page.summary[0])
        missing += Self.unanswered(page.articles[0]) + Self.unanswered(page.articles[0].groups[0])
        missing += Self.unanswered(page.articles[0].groups[0].comments[0])
        missing += Self.unanswered(page.articles[0].groups[0].comments[0].wordings[0])
        missing += Self.unanswered(page.articles[0].groups[0].comments[0].wordings[0].redline[0])
        missing += Self.unanswered(page.orphans[0]) + Self.unanswered(page.breakdown[0])
        let repeated = DigestFixtures.comment("Le même", proposal: "Une autre proposition")
        let folded = DigestPage(DigestFixtures.build([a, repeated, Annotation.marking(repeated, asDuplicateOf: a, day: DigestFixtures.day)]))
        let wording = try #require(folded.articles[0].groups[0].comments[0].wordings.last)
        #expect(wording.fromDuplicate)
        missing += Self.unanswered(wording) + Self.unanswered(wording.redline[0])
        #expect(missing == [])
    }

    /// Optional field names climb to enclosing values when absent: none may be reused above.
    @Test func optionalNamesAreNotUsedByEnclosingValues() {
        let page = DigestPage(DigestFixtures.build([DigestFixtures.comment("x", proposal: "y")]))
        func names(_ value: Any) -> Set<String> { Set(Mirror(reflecting: value).children.compactMap(\.label)) }
        let article = page.articles[0], group = article.groups[0], comment = group.comments[0]
        let chains: [(optionals: [String], enclosing: [Any])] = [
            (["otherOrphans", "breakdownNote"], []),
            (["heading"], [page]),
            (["agreed", "earlier", "session"], [page, article, group]),
            (["kept", "deleted", "inserted"], [page, article, group, comment, DigestPage.Wording(
                label: "", fromDuplicate: true, language: "FR", languageTag: "fr", legend: "", lines: [], redline: [], hasRedline: false)]),
        ]
        for (optionals, enclosing) in chains {
            for outer in enclosing {
                #expect(names(outer).isDisjoint(with: optionals), "\(type(of: outer)) reuses one of \(optionals)")
            }
        }
    }
}

private protocol OptionalValue { var isNone: Bool { get } }
extension Optional: OptionalValue { var isNone: Bool { self == nil } }
