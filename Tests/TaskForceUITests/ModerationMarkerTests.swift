import TaskForceCore
import Testing
@testable import TaskForceUI

/// Comments the facilitator left out of the digest or marked as duplicates: marked on the
/// facilitator's notes, where `H` and `u` take the moderation back; left out of the
/// participants' notes entirely.
struct ModerationMarkerTests {
    static let theirs = FacilitatorUpdateTests.theirs
    static let ours = FacilitatorUpdateTests.ours
    static let hiding = Annotation.hiding(theirs.annotation, session: "TST-1", day: "2026-12-03")
    static let marking = Annotation.marking(ours.annotation, asDuplicateOf: theirs.annotation, session: "TST-1",
                                            day: "2026-12-03")

    /// "theirs" left out of the digest, "ours" marked as its duplicate.
    static func model(facilitator: Bool = true) -> ReviewModel {
        var m = FacilitatorUpdateTests.model()
        var hidden = theirs
        hidden.hiddenBy = [hiding.id]
        var duplicate = ours
        duplicate.duplicateOf = theirs.annotation.id
        duplicate.duplicateMarks = [marking.id]
        let t = m.texts[0]
        m.texts[0] = ReviewModel.TextEntry(id: t.id, versions: t.versions, notes: ["5bis": [hidden, duplicate]])
        m.known.insert([hiding, marking])
        if facilitator {
            ReviewUpdate.update(&m, .key(.enter))  // from the dashboard to the reader
        } else {
            m.participate()
        }
        return m
    }

    @Test func leftOutAgainIsBackIn() throws {
        let (_, effects) = try FacilitatorUpdateTests.run("<F4>H", on: Self.model())
        #expect(effects == [.facilitator(.undoModeration(Self.hiding))])
    }

    @Test func markedAgainIsUnmarked() throws {
        let (_, effects) = try FacilitatorUpdateTests.run("<F4>ju", on: Self.model())
        #expect(effects == [.facilitator(.undoModeration(Self.marking))])
    }

    @Test func theOutcomeSaysWhatWasUndone() {
        var m = Self.model()
        let withdrawal = Annotation.withdrawal(of: Self.hiding, session: "TST-1", day: "2026-12-03")
        ReviewUpdate.update(&m, .facilitatorSaved(.undoModeration(Self.hiding), .success(withdrawal)))
        #expect(m.status?.string == .leftOutUndone)
        ReviewUpdate.update(&m, .facilitatorSaved(.undoModeration(Self.marking), .success(withdrawal)))
        #expect(m.status?.string == .duplicateUndone)
    }

    @Test func theFacilitatorSeesMarkers() throws {
        var m = Self.model()
        ReviewUpdate.update(&m, .key(.function(4)))
        let screen = ReviewView.view(m, columns: 120, rows: 24).rows().joined(separator: "\n")  // unwrapped
        #expect(screen.contains(text(.notesHiddenFromDigest, .fr)), "\(screen)")
        #expect(screen.contains(text(.notesDuplicate, .fr)))
        // The comment left out is folded: its words are not on the screen (perhaps a projector).
        #expect(!screen.contains("Le bouton doit marcher la nuit aussi.") && screen.contains(text(.notesFolded, .fr)))
    }

    /// Issue 13: Enter shows the folded comment; moving the selection folds it again.
    @Test func aFoldedCommentShowsOnlyOnRequest() throws {
        var m = Self.model()
        func screen() -> String { ReviewView.view(m, columns: 120, rows: 24).rows().joined(separator: "\n") }
        ReviewUpdate.update(&m, .key(.function(4)))
        let hidden = try #require(m.currentNotes.firstIndex { $0.isHidden })
        for _ in 0..<hidden { ReviewUpdate.update(&m, .key(.down)) }
        #expect(!screen().contains("Le bouton doit marcher la nuit aussi."))
        ReviewUpdate.update(&m, .key(.enter))
        #expect(screen().contains("Le bouton doit marcher la nuit aussi."))
        ReviewUpdate.update(&m, .key(hidden == 0 ? .down : .up))
        #expect(!screen().contains("Le bouton doit marcher la nuit aussi."))
    }

    @Test func participantsDoNotSeeLeftOutComments() throws {
        var m = Self.model(facilitator: false)
        #expect(m.currentNotes.map(\.annotation.id) == [Self.ours.annotation.id])
        ReviewUpdate.update(&m, .key(.function(4)))
        let screen = ReviewView.view(m, columns: 80, rows: 24).rows().joined(separator: "\n")
        #expect(!screen.contains("Le bouton doit marcher la nuit aussi."))
        #expect(!screen.contains(text(.notesHiddenFromDigest, .fr)) && !screen.contains(text(.notesDuplicate, .fr)))
        // The article still counts it (the list says 2): the notes say why one is missing.
        let wide = ReviewView.view(m, columns: 140, rows: 24).rows().joined(separator: "\n")  // unwrapped
        #expect(wide.contains(text(.notesOneSetAside, .fr)), "\(wide)")
        var facilitator = Self.model()
        ReviewUpdate.update(&facilitator, .key(.function(4)))
        #expect(!ReviewView.view(facilitator, columns: 140, rows: 24).rows().joined().contains(text(.notesOneSetAside, .fr)))
    }

    /// Nothing left to show but what was set aside: the notes say both.
    @Test func onlySetAsideComments() throws {
        var m = Self.model(facilitator: false)
        let t = m.texts[0]
        var hidden = Self.theirs
        hidden.hiddenBy = [Self.hiding.id]
        var other = Self.ours
        other.hiddenBy = [Self.hiding.id]
        m.texts[0] = ReviewModel.TextEntry(id: t.id, versions: t.versions, notes: ["5bis": [hidden, other]])
        ReviewUpdate.update(&m, .key(.function(4)))
        let screen = ReviewView.view(m, columns: 140, rows: 24).rows().joined(separator: "\n")  // unwrapped
        #expect(screen.contains(text(.notesEmpty, .fr)), "\(screen)")
        #expect(screen.contains(text(.notesSetAside, .fr, ["count": "2"])), "\(screen)")
    }
}
