import Testing
@testable import TaskForceCore

struct CurrentViewTests {
    static let catalogue: CurrentView.Catalogue = ["bill": ["1": ["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"], "2": ["cccccccccccccccc"]]]

    static func comment(_ article: ArticleNumber = "1", fingerprint: String = "aaaaaaaaaaaaaaaa", text: TextID = "bill",
                        supersedes: Annotation? = nil) -> Annotation {
        Annotation.comment(text: text, article: article, fingerprint: fingerprint, stance: .concern, tags: [.safety],
                           body: "Un avis.", language: "fr", day: "2026-07-14", supersedes: supersedes?.id)
    }

    @Test func editsReplaceAndEndorsementsFollowTheLatestVersion() {
        let first = Self.comment()
        let edit = Self.comment(supersedes: first)
        let hands = Annotation.endorsement(of: first, count: 6, day: "2026-07-14")
        let metoo = Annotation.endorsement(of: edit, day: "2026-07-14")
        let view = CurrentView(unchecked: [metoo, edit, hands, first], catalogue: Self.catalogue)
        let comments = view.comments["bill"]?["1"] ?? []
        #expect(comments.map(\.annotation.id) == [edit.id])
        #expect(comments.first?.replaced == [first.id])
        #expect(comments.first?.endorsements == 7)
    }

    @Test func withdrawalsHideTheWholeChainAndEndorsementsCanBeWithdrawn() {
        let first = Self.comment()
        let edit = Self.comment(supersedes: first)
        let kept = Self.comment("2", fingerprint: "cccccccccccccccc")
        let metoo = Annotation.endorsement(of: kept, day: "2026-07-14")
        let view = CurrentView(unchecked: [first, edit, Annotation.withdrawal(of: first, day: "2026-07-14"), kept, metoo,
                                Annotation.withdrawal(of: metoo, day: "2026-07-14")], catalogue: Self.catalogue)
        #expect(view.comments["bill"]?["1"] == nil)
        #expect(view.withdrawn.map(\.id) == [edit.id])
        #expect(view.comments["bill"]?["2"]?.first?.endorsements == 0)
    }

    @Test func anyLanguageVersionsFingerprintIsCurrent() {
        let fr = Self.comment(fingerprint: "aaaaaaaaaaaaaaaa")
        let nl = Self.comment(fingerprint: "bbbbbbbbbbbbbbbb")
        let old = Self.comment(fingerprint: "0123456789abcdef")
        let view = CurrentView(unchecked: [fr, nl, old], catalogue: Self.catalogue)
        let flagged = Dictionary(uniqueKeysWithValues: (view.comments["bill"]?["1"] ?? []).map { ($0.annotation.id, $0.earlierVersion) })
        #expect(flagged == [fr.id: false, nl.id: false, old.id: true])
    }

    @Test func orphansAndDanglingReferencesAreListedNotDropped() {
        let gone = Self.comment("99")
        let otherText = Self.comment(text: "repealed-law")
        let stranger = Self.comment()
        let dangling = Annotation.endorsement(of: stranger, day: "2026-07-14")
        let view = CurrentView(unchecked: [gone, otherText, dangling], catalogue: Self.catalogue)
        #expect(Set(view.orphans.map(\.id)) == [gone.id, otherText.id])
        #expect(view.dangling.map(\.id) == [dangling.id])
    }

    /// The view is the same whatever order the files were read in.
    @Test func orderOfReadingDoesNotMatter() {
        let a = Self.comment(), b = Self.comment(), c = Self.comment(supersedes: a)
        let e = Annotation.endorsement(of: b, count: 3, day: "2026-07-14")
        let one = CurrentView(unchecked: [a, b, c, e], catalogue: Self.catalogue)
        let two = CurrentView(unchecked: [e, c, b, a], catalogue: Self.catalogue)
        #expect(one.comments == two.comments)
        #expect(one.comments["bill"]?["1"]?.map(\.annotation.id) == [b.id, c.id].sorted())
    }
}
