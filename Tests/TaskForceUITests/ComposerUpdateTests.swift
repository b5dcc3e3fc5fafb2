import TaskForceCore
import Testing
@testable import TaskForceUI

/// The composer, key script → composer state and effects.
struct ComposerUpdateTests {
    static func run(_ script: String) throws -> (ReviewModel, [ReviewEffect]) {
        var model = ReviewUpdateTests.model()
        var effects: [ReviewEffect] = []
        for key in try KeyScript.parse(script) { effects += ReviewUpdate.update(&model, .key(key)) }
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

    /// Issue 13, item 2: a name after an introduction and a street address get the same
    /// warning before saving as a phone number, named on the screen in the interface's language.
    @Test(arguments: [(UILanguage.en, "seems to contain a name", "an address"), (.fr, "semble contenir un nom", "une adresse"),
                      (.nl, "lijkt een naam te bevatten", "een adres")])
    func warnsAboutNamesAndAddresses(_ ui: UILanguage, _ name: String, _ address: String) throws {
        let (warned, none) = try Self.run("a1<Tab><Tab>Je suis Marie Dupont, rue Neuve 12<C-s>")
        #expect(none.isEmpty)
        #expect(warned.composer?.warning == [.name, .address])
        var model = warned
        model.uiLanguage = ui
        let screen = ReviewView.view(model, columns: 120, rows: 40).rows(trimmingTrailingSpaces: true).joined(separator: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(screen.contains(name) && screen.contains(address), "\(screen)")
        let (_, feeling) = try Self.run("a1<Tab><Tab>Je suis inquiète, ik ben bang<C-s>")
        #expect(feeling.count == 1, "no warning: saved at once")
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
        var (m, effects) = try Self.run("jja1<Tab><Tab>ok<C-s>")
        let saved = try #require(Self.saved(effects))
        #expect(ReviewUpdate.update(&m, .commentSaved(.success(saved))).isEmpty)
        #expect(m.composer == nil)
        #expect(m.status?.string == .saved)
        #expect(m.currentText?.commentCounts["5bis"] == 4)
        #expect(m.mine == [saved.id])
        #expect(m.currentNotes.map(\.annotation) == [saved])
        var (f, _) = try Self.run("jja1<Tab><Tab>ok<C-s>")
        ReviewUpdate.update(&f, .commentSaved(.failure(EffectFailure("No space left on device"))))
        #expect(f.composer?.comment.text == "ok")
        #expect(f.status == .say(.saveFailed))
    }

    /// F6 opens the proposed wording prefilled with the article's text; what is changed in
    /// it is saved with the comment.
    @Test func proposesAWordingStartingFromTheArticle() throws {
        let (opened, _) = try Self.run("jja<F6>")
        #expect(opened.composer?.field == .proposal)
        #expect(opened.composer?.proposal?.text == opened.currentArticle?.text)
        let (_, effects) = try Self.run("jja1<Tab><Tab>Mieux ainsi.<F6><End> rouge<C-s>")
        let c = try #require(Self.comment(effects))
        #expect(c.body == "Mieux ainsi.")
        #expect(c.proposal == "Un bouton. rouge")
    }

    /// An untouched proposal proposes nothing, and F6 on it takes it away again.
    @Test func anUnchangedProposalIsNotSaved() throws {
        let (_, effects) = try Self.run("jja1<Tab><Tab>Rien à changer.<F6><C-s>")
        #expect(try #require(Self.comment(effects)).proposal == nil)
        let (m, _) = try Self.run("jja<F6><F6>")
        #expect(m.composer?.proposal == nil)
        #expect(m.composer?.field == .comment)
        // Tab goes through the proposed wording only while there is one.
        let (tabbed, _) = try Self.run("jja<F6><Tab>")
        #expect(tabbed.composer?.field == .stance)
        let (without, _) = try Self.run("jja<Tab><Tab><Tab>")
        #expect(without.composer?.field == .stance)
    }

    /// Identifying details are looked for in the proposed wording too.
    @Test func warnsAboutDetailsInTheProposal() throws {
        let (m, effects) = try Self.run("jja1<Tab><Tab>Voir ma version.<F6><End> Écrire à lea@example.org<C-s>")
        #expect(effects.isEmpty)
        #expect(m.composer?.warning == [.email])
    }

    static func comment(_ effects: [ReviewEffect]) -> CommentToSave? {
        for case .saveComment(let c) in effects { return c }
        return nil
    }

    /// The annotation the session would save for the comment in `effects`.
    static func saved(_ effects: [ReviewEffect]) -> Annotation? {
        comment(effects).map {
            Annotation.comment(text: $0.textID, article: $0.article, fingerprint: $0.fingerprint,
                               stance: $0.stance ?? .question, tags: $0.themes, body: $0.body, proposal: $0.proposal,
                               language: "fr", day: "2026-11-23", supersedes: $0.supersedes)
        }
    }
}
