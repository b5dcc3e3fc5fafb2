import TaskForceCore
import Testing
@testable import TaskForceUI

/// The annotations folder is read on a worker when the screen opens (issue 11, item 6): the
/// texts are on screen at once, the status line says the comments are being read, and what
/// the screen learnt meanwhile survives the read's arrival, whichever finished first.
struct CommentsLoadedTests {
    static let theirs = NotesUpdateTests.theirs.annotation
    static let ours = NotesUpdateTests.ours.annotation

    /// A screen on bill-0 whose start-up read has not arrived yet.
    static func opening() -> ReviewModel {
        let m = ReviewUpdateTests.model()
        let entries = m.texts.map { ReviewModel.TextEntry(id: $0.id, versions: $0.versions) }
        return ReviewModel(texts: entries, uiLanguage: .fr, commentsLoading: true)
    }

    static func loaded(_ annotations: [Annotation], setAside: Int = 0) -> CommentsLoaded {
        let known = KnownAnnotations(annotations)
        let m = opening()
        var notes: [TextID: [ArticleNumber: [CurrentView.Comment]]] = [:]
        for text in m.texts {
            notes[text.id] = ["5bis": known.currentComments(on: ArticleKey(text: text.id, article: "5bis"),
                                                           catalogue: ReviewUpdate.catalogue(of: text, article: "5bis"),
                                                           sessions: [:])]
        }
        return CommentsLoaded(known: known, notes: notes, sessionKeys: [:], setAside: setAside, moved: true)
    }

    @Test func untilTheReadArrivesTheScreenSaysSoAndThePreviewWaits() {
        var m = Self.opening()
        func bottom() -> String { ReviewView.view(m, columns: 80, rows: 24).rows(trimmingTrailingSpaces: true)[23] }
        #expect(bottom() == " " + text(.commentsBeingRead, .fr))
        #expect(m.texts[0].notes.isEmpty)
        // It stays until the read arrives, whatever key is pressed.
        _ = ReviewUpdate.update(&m, .key(.down))
        #expect(bottom() == " " + text(.commentsBeingRead, .fr))
        let effects = ReviewUpdate.update(&m, .key(.character("D")))
        #expect(effects.isEmpty && m.status == .say(.commentsBeingRead))
        #expect(m.screen == .article)
    }

    @Test func theReadFillsTheNotesAndClearsTheStatus() {
        var m = Self.opening()
        _ = ReviewUpdate.update(&m, .commentsLoaded(Self.loaded([Self.theirs, Self.ours])))
        #expect(!m.commentsLoading && m.status == nil)
        #expect(ReviewView.view(m, columns: 80, rows: 24).rows(trimmingTrailingSpaces: true)[23] != " " + text(.commentsBeingRead, .fr))
        #expect(m.texts[0].notes["5bis"]?.map(\.annotation.id) == [Self.theirs.id, Self.ours.id])
        #expect(m.texts[0].commentCounts["5bis"] == 2)
        #expect(m.known.contains(Self.theirs.id))
        // The preview may now be built, over what was read.
        let effects = ReviewUpdate.update(&m, .key(.character("D")))
        #expect(effects == [.buildDigest(textID: m.texts[0].id, language: .fr, annotations: m.known)])
    }

    /// A comment that arrived (or was saved here) before the read finished is not lost when
    /// the read, which did not see it, arrives.
    @Test func whatCameMeanwhileIsKept() {
        var m = Self.opening()
        _ = ReviewUpdate.update(&m, .annotationsArrived([Self.ours]))
        _ = ReviewUpdate.update(&m, .commentsLoaded(Self.loaded([Self.theirs])))
        #expect(m.texts[0].notes["5bis"]?.map(\.annotation.id) == [Self.theirs.id, Self.ours.id])
        #expect(m.known.contains(Self.ours.id) && m.known.contains(Self.theirs.id))
    }

    @Test func filesSetAsideAreSaid() {
        var m = Self.opening()
        _ = ReviewUpdate.update(&m, .commentsLoaded(Self.loaded([], setAside: 3)))
        #expect(m.status == .filesSetAside(count: 3))
    }

    /// A second read (there is none, but a message may be repeated) changes nothing.
    @Test func onlyTheFirstReadCounts() {
        var m = Self.opening()
        _ = ReviewUpdate.update(&m, .commentsLoaded(Self.loaded([Self.theirs])))
        _ = ReviewUpdate.update(&m, .commentsLoaded(Self.loaded([])))
        #expect(m.texts[0].notes["5bis"]?.count == 1)
    }
}
