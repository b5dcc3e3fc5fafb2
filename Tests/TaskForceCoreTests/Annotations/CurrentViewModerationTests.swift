import Testing
@testable import TaskForceCore

/// Moderations in the current view: hiding and duplicates, undone by a withdrawal, followed
/// through edits and chains, refused when they point elsewhere, never lost and never
/// dependent on the order of reading.
struct CurrentViewModerationTests {
    typealias V = CurrentViewTests
    static let day: Day = "2026-07-14"

    /// An annotation with a chosen id, so that "the smallest id" is known in advance.
    static func withID(_ digit: Character, _ a: Annotation) -> Annotation {
        var a = a
        a.id = AnnotationID(String(repeating: digit, count: 32))!
        return a
    }

    static func hide(_ c: Annotation, id: Character? = nil) -> Annotation {
        let m = Annotation.hiding(c, day: day)
        return id.map { withID($0, m) } ?? m
    }

    static func duplicate(_ c: Annotation, of o: Annotation, id: Character? = nil) -> Annotation {
        let m = Annotation.marking(c, asDuplicateOf: o, day: day)
        return id.map { withID($0, m) } ?? m
    }

    static func withdraw(_ a: Annotation) -> Annotation { Annotation.withdrawal(of: a, day: day) }

    /// What a case expects of one comment (by its id in the view).
    struct Expected {
        var hiddenBy: [AnnotationID] = []
        var duplicateOf: AnnotationID? = nil
        var duplicateMarks: [AnnotationID] = []
        var duplicates: [AnnotationID] = []
    }

    struct Case {
        var name: String
        var annotations: [Annotation]
        /// Every current comment of the case, with what it should carry.
        var comments: [AnnotationID: Expected]
        var dangling: [AnnotationID] = []
        var orphans: [AnnotationID] = []
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        do {
            let c = V.comment(), m = hide(c)
            cases.append(Case(name: "hide", annotations: [c, m], comments: [c.id: Expected(hiddenBy: [m.id])]))
        }
        do {
            let c = V.comment(), m = hide(c), again = hide(c)
            cases.append(Case(name: "unhide by withdrawing one of two hides", annotations: [c, m, again, withdraw(m)],
                              comments: [c.id: Expected(hiddenBy: [again.id])]))
        }
        do {
            let c = V.comment(), m = hide(c)
            cases.append(Case(name: "unhide by withdrawing the moderation", annotations: [c, m, withdraw(m)],
                              comments: [c.id: Expected()]))
        }
        do {
            let c = V.comment(), m = hide(c), edit = V.comment(supersedes: c)
            cases.append(Case(name: "an edit after a hide stays hidden", annotations: [c, m, edit],
                              comments: [edit.id: Expected(hiddenBy: [m.id])]))
        }
        do {
            let c = V.comment(), edit = V.comment(supersedes: c), m = hide(edit)
            let withdrawn = V.comment(), late = hide(withdrawn)
            cases.append(Case(name: "a hide of a withdrawn comment has nothing to do",
                              annotations: [c, edit, m, withdrawn, withdraw(withdrawn), late],
                              comments: [edit.id: Expected(hiddenBy: [m.id])]))
        }
        do {
            let a = V.comment(), b = V.comment(), m = duplicate(a, of: b)
            cases.append(Case(name: "duplicate", annotations: [a, b, m],
                              comments: [a.id: Expected(duplicateOf: b.id, duplicateMarks: [m.id]),
                                         b.id: Expected(duplicates: [a.id])]))
        }
        do {
            let a = V.comment(), b = V.comment(), m = duplicate(a, of: b), bEdit = V.comment(supersedes: b)
            let aEdit = V.comment(supersedes: a)
            cases.append(Case(name: "a duplicate follows the edits of both comments", annotations: [a, b, m, aEdit, bEdit],
                              comments: [aEdit.id: Expected(duplicateOf: bEdit.id, duplicateMarks: [m.id]),
                                         bEdit.id: Expected(duplicates: [aEdit.id])]))
        }
        do {
            let a = V.comment(), b = V.comment(), m = duplicate(a, of: b)
            cases.append(Case(name: "a withdrawn duplicate mark no longer applies", annotations: [a, b, m, withdraw(m)],
                              comments: [a.id: Expected(), b.id: Expected()]))
        }
        do {
            let a = V.comment(), b = V.comment(), c = V.comment()
            let ab = duplicate(a, of: b), bc = duplicate(b, of: c)
            cases.append(Case(name: "chain", annotations: [a, b, c, ab, bc],
                              comments: [a.id: Expected(duplicateOf: c.id, duplicateMarks: [ab.id]),
                                         b.id: Expected(duplicateOf: c.id, duplicateMarks: [bc.id]),
                                         c.id: Expected(duplicates: [a.id, b.id].sorted())]))
        }
        do {
            // a → b → c → a is broken at a, the smallest id; d leads into the cycle and ends
            // where it does.
            let a = withID("a", V.comment()), b = withID("b", V.comment()), c = withID("c", V.comment())
            let d = withID("d", V.comment())
            let ab = duplicate(a, of: b), bc = duplicate(b, of: c), ca = duplicate(c, of: a), db = duplicate(d, of: b)
            cases.append(Case(name: "cycle: the smallest id is the original", annotations: [d, b, c, a, ab, db, bc, ca],
                              comments: [a.id: Expected(duplicateMarks: [ab.id], duplicates: [b.id, c.id, d.id]),
                                         b.id: Expected(duplicateOf: a.id, duplicateMarks: [bc.id]),
                                         c.id: Expected(duplicateOf: a.id, duplicateMarks: [ca.id]),
                                         d.id: Expected(duplicateOf: a.id, duplicateMarks: [db.id])]))
        }
        do {
            let a = V.comment(), b = V.comment(), c = V.comment()
            let first = duplicate(a, of: b, id: "1"), second = duplicate(a, of: c, id: "2")
            cases.append(Case(name: "two originals: the smallest mark decides", annotations: [second, a, b, c, first],
                              comments: [a.id: Expected(duplicateOf: b.id, duplicateMarks: [first.id, second.id]),
                                         b.id: Expected(duplicates: [a.id]), c.id: Expected()]))
        }
        do {
            let a = V.comment(), other = V.comment("2", fingerprint: "cccccccccccccccc")
            let m = duplicate(a, of: other)
            let elsewhere = V.comment(text: "repealed-law")
            var crossText = duplicate(a, of: elsewhere)
            crossText.text = a.text
            cases.append(Case(name: "another article or text is refused", annotations: [a, other, m, elsewhere, crossText],
                              comments: [a.id: Expected(), other.id: Expected()],
                              dangling: [m.id, crossText.id].sorted(), orphans: [elsewhere.id]))
        }
        do {
            let a = V.comment(), b = V.comment(), m = duplicate(a, of: b)
            cases.append(Case(name: "withdrawn original", annotations: [a, b, m, withdraw(b)],
                              comments: [a.id: Expected()], dangling: [m.id]))
        }
        do {
            let a = V.comment(), edit = V.comment(supersedes: a), m = duplicate(edit, of: a)
            cases.append(Case(name: "a comment cannot repeat its own earlier version", annotations: [a, edit, m],
                              comments: [edit.id: Expected()], dangling: [m.id]))
        }
        do {
            let a = V.comment(), missing = V.comment(), m = hide(missing), n = duplicate(a, of: missing)
            cases.append(Case(name: "a target or original not in the folder", annotations: [a, m, n],
                              comments: [a.id: Expected()], dangling: [m.id, n.id].sorted()))
        }
        do {
            let gone = V.comment("99"), m = hide(gone), kept = V.comment()
            cases.append(Case(name: "a moderation on a gone article is an orphan", annotations: [gone, m, kept],
                              comments: [kept.id: Expected()], orphans: [gone.id, m.id].sorted()))
        }
        return cases
    }()

    @Test(arguments: cases.indices)
    func moderationsResolve(_ i: Int) {
        let c = Self.cases[i]
        let view = CurrentView(unchecked: c.annotations, catalogue: V.catalogue)
        let all = (view.comments.values.flatMap(\.values).flatMap { $0 })
        #expect(Set(all.map(\.annotation.id)) == Set(c.comments.keys), "\(c.name)")
        for comment in all {
            guard let e = c.comments[comment.annotation.id] else { continue }
            #expect(comment.hiddenBy == e.hiddenBy, "\(c.name): hiddenBy")
            #expect(comment.isHidden == !e.hiddenBy.isEmpty, "\(c.name): isHidden")
            #expect(comment.duplicateOf == e.duplicateOf, "\(c.name): duplicateOf")
            #expect(comment.duplicateMarks == e.duplicateMarks, "\(c.name): duplicateMarks")
            #expect(comment.duplicates == e.duplicates, "\(c.name): duplicates")
        }
        #expect(view.dangling.map(\.id) == c.dangling, "\(c.name): dangling")
        #expect(view.orphans.map(\.id) == c.orphans, "\(c.name): orphans")
        // Whatever the order of reading.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10 {
            let shuffled = CurrentView(unchecked: c.annotations.shuffled(using: &generator), catalogue: V.catalogue)
            #expect(shuffled.comments == view.comments, "\(c.name)")
            #expect(shuffled.dangling == view.dangling && shuffled.orphans == view.orphans, "\(c.name)")
        }
    }

    /// A comment hidden before its article was removed stays hidden among the orphans.
    @Test func aHiddenOrphanStaysHidden() {
        let gone = V.comment("99"), m = Self.hide(gone)
        let view = CurrentView(unchecked: [gone, m], catalogue: V.catalogue)
        #expect(view.hiddenBy[gone.id] == [m.id])
    }

    /// Many comments and moderations of every sort, read in many orders: one view.
    @Test func shuffledInputsGiveTheSameView() {
        var all: [Annotation] = []
        var comments: [Annotation] = []
        for i in 0..<24 {
            let c = V.comment(i % 3 == 0 ? "2" : "1", fingerprint: i % 3 == 0 ? "cccccccccccccccc" : "aaaaaaaaaaaaaaaa")
            comments.append(c)
            all.append(c)
            if i % 4 == 0 { all.append(Self.hide(c)) }
            if i % 5 == 0 { all.append(V.comment(c.article, fingerprint: c.fingerprint, supersedes: c)) }
        }
        for (i, c) in comments.enumerated() where i % 2 == 1 {
            // Some into the same article (chains, cycles, two originals), some across.
            let m = Self.duplicate(c, of: comments[(i * 7) % comments.count])
            all.append(m)
            if i % 7 == 0 { all.append(Self.withdraw(m)) }
        }
        let reference = CurrentView(unchecked: all, catalogue: V.catalogue)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<30 {
            let view = CurrentView(unchecked: all.shuffled(using: &generator), catalogue: V.catalogue)
            #expect(view.comments == reference.comments)
            #expect(view.dangling == reference.dangling)
            #expect(view.hiddenBy == reference.hiddenBy)
        }
        let current = reference.comments.values.flatMap(\.values).flatMap { $0 }
        #expect(current.contains { $0.duplicateOf != nil })
        #expect(current.contains { $0.isHidden })
        // Every duplicate's original is a current comment of its article that is nobody's duplicate.
        let byID = Dictionary(uniqueKeysWithValues: current.map { ($0.annotation.id, $0) })
        for c in current {
            guard let o = c.duplicateOf else { continue }
            #expect(byID[o]?.annotation.article == c.annotation.article)
            #expect(byID[o]?.duplicateOf == nil)
            #expect(byID[o]?.duplicates.contains(c.annotation.id) == true)
        }
    }
}
