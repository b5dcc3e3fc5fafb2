import TaskForceCore
import Testing
@testable import TaskForceUI

/// The composer, key script → composer state and effects.
struct ComposerUpdateTests {
    static func run(_ script: String) throws -> (ReviewModel, [ReviewEffect]) {
        var model = ReviewUpdateTests.model()
        var effects: [ReviewEffect] = []
        for key in try KeyScript.parse(script) { effects += ReviewUpdate.update(&model, key) }
        return (model, effects)
    }

    @Test func writesAndAsksToSave() throws {
        let (m, effects) = try Self.run("jja<Right><Right><Tab><Right><Space><Tab>Un bouton, qui paie?<C-s>")
        guard case .saveComment(let c)? = effects.first else { Issue.record("no save: \(effects)"); return }
        #expect(c.textID == "bill-0")
        #expect(c.article == "5bis")
        #expect(c.stance == .concern)
        #expect(c.themes == [.health])
        #expect(c.body == "Un bouton, qui paie?")
        #expect(c.fingerprint == m.currentArticle?.fingerprint)
    }

    /// In the comment, letters that are commands elsewhere are just text.
    @Test func lettersAreTextInTheComment() throws {
        let (m, effects) = try Self.run("a<Tab><Tab>quoi? jk")
        #expect(effects.isEmpty)
        #expect(!m.quitRequested)
        #expect(m.composer?.comment.text == "quoi? jk")
    }

    @Test(arguments: [
        ("a<C-s>", UIString.composerNeedsStance),
        ("a1<Tab><Tab>   <C-s>", UIString.composerEmpty),
    ])
    func refusesToSaveWithAReason(_ script: String, _ problem: UIString) throws {
        let (m, effects) = try Self.run(script)
        #expect(effects.isEmpty)
        #expect(m.composer?.problem == problem)
    }

    @Test func warnsOnceAboutIdentifyingDetailsThenSaves() throws {
        let (warned, none) = try Self.run("a1<Tab><Tab>Appelle-moi au 0470 12 34 56<C-s>")
        #expect(none.isEmpty)
        #expect(warned.composer?.warning == [.phone])
        let (_, effects) = try Self.run("a1<Tab><Tab>Appelle-moi au 0470 12 34 56<C-s><C-s>")
        #expect(effects.count == 1)
        // Esc on the warning goes back to the comment to change it.
        let (back, _) = try Self.run("a1<Tab><Tab>Appelle-moi au 0470 12 34 56<C-s><Esc>")
        #expect(back.composer?.warning == nil)
        #expect(back.composer?.field == .comment)
    }

    @Test func escapeKeepsTheCommentForLater() throws {
        let (m, _) = try Self.run("a2<Tab><Tab>à moitié<Esc>jka")
        #expect(m.composer?.comment.text == "à moitié")
        #expect(m.composer?.stance == .concern)
    }

    @Test func quickHideInTheComposerKeepsEverything() throws {
        let (hidden, _) = try Self.run("a2<Tab><Tab>secret<F12>xyz")
        #expect(hidden.hidden)
        let (back, _) = try Self.run("a2<Tab><Tab>secret<F12>xyz<F12>")
        #expect(!back.hidden)
        #expect(back.composer?.comment.text == "secret")
    }

    @Test func quittingKeepsUnfinishedCommentsAsDrafts() throws {
        let (m, effects) = try Self.run("a<Tab><Tab>brouillon<Esc>ja3<Tab><Tab>autre<F10>")
        #expect(m.quitRequested)
        guard case .keepDrafts(let drafts)? = effects.last else { Issue.record("\(effects)"); return }
        #expect(drafts.map(\.body).sorted() == ["autre", "brouillon"])
    }

    @Test func aSuccessfulSaveClosesAndCounts() throws {
        var (m, _) = try Self.run("jja1<Tab><Tab>ok<C-s>")
        ReviewUpdate.saveFinished(&m, succeeded: true)
        #expect(m.composer == nil)
        #expect(m.status == .saved)
        #expect(m.currentText?.commentCounts["5bis"] == 4)
        var (f, _) = try Self.run("jja1<Tab><Tab>ok<C-s>")
        ReviewUpdate.saveFinished(&f, succeeded: false)
        #expect(f.composer?.comment.text == "ok")
        #expect(f.status == .saveFailed)
    }
}
