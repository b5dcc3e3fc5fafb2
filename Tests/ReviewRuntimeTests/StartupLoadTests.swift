import Foundation
import ReviewRuntime
import AnnotationFixtures
import TaskForceCore
import TaskForceUI
import Testing

/// The screen's start-up load (`StartupLoad`) folds each article from its own annotations,
/// as an arrival does: a folder read at start-up and the same records arriving one by one
/// on an empty screen give the same notes, also for hostile records that name a comment of
/// another article (they refer to nothing on their own article, so they change nothing).
struct StartupLoadTests {
    static let bill = """
        Article 1er. Objet.
        La présente loi règle le travail du sexe.

        Art. 2. Définitions.
        Au sens de la présente loi, on entend par travailleuse du sexe toute personne.
        """
    static let split = TextSplitter.split(bill, file: "demo.fr.txt")
    static let writer = WriterKeys()

    static func comment(_ body: String, article: ArticleNumber) -> Annotation {
        let fingerprint = split.article(numbered: article.rawValue)!.fingerprint
        return writer.keyed(.comment(text: "demo", article: article, fingerprint: fingerprint, stance: .concern,
                                     tags: [.safety], body: body, language: "fr", day: "2026-12-04"))
    }

    /// `a` moved to another article of the text, as a hostile file would have it.
    static func moved(_ a: Annotation, to article: ArticleNumber) -> Annotation {
        var m = a
        m.article = article
        m.fingerprint = split.article(numbered: article.rawValue)!.fingerprint
        return m
    }

    /// A comment on article 1, and on article 2 a withdrawal of it (signed with its
    /// writer's key: only its article is wrong) and a "me too" of it; an honest comment
    /// on article 2 beside them.
    static func folder() -> [Annotation] {
        let first = comment("Le registre nous met en danger.", article: "1")
        let withdrawal = writer.signed(moved(.withdrawal(of: first, day: "2026-12-04"), to: "2"), actingOn: first.id)
        let endorsement = moved(.endorsement(of: first, day: "2026-12-04"), to: "2")
        return [first, withdrawal, endorsement, comment("Qui contrôle les données ?", article: "2")]
    }

    /// Bodies and endorsements of the notes of each article.
    static func summary(_ notes: [ArticleNumber: [CurrentView.Comment]]) -> [ArticleNumber: [String]] {
        notes.mapValues { $0.map { "\($0.annotation.body ?? "") (\($0.endorsements))" } }
    }

    @Test func startUpAndArrivalsFoldCrossArticleReferencesAlike() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("startup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root)
        let folder = Self.folder()
        for a in folder { try store.save(a) }
        let catalogue: CurrentView.Catalogue = ["demo": Dictionary(uniqueKeysWithValues: Self.split.articles.map {
            ($0.annotationNumber!, Set([$0.fingerprint]))
        })]

        let loaded = StartupLoad(store: store, catalogue: catalogue, quarantine: true)
        #expect(loaded.defects.isEmpty)
        #expect(loaded.known.count == folder.count)
        let atStart = Self.summary(loaded.notes["demo"] ?? [:])

        var model = ReviewModel(texts: [ReviewModel.TextEntry(id: "demo", versions: [("fr", Self.split)])], uiLanguage: .fr)
        ReviewUpdate.update(&model, .annotationsArrived(folder, sessionKeys: [:]))
        let arrived = Self.summary(model.texts[0].notes)

        #expect(atStart == arrived)
        // The withdrawal and the "me too" sit on article 2, where their target is not: the
        // comment of article 1 stays, not endorsed.
        #expect(atStart == ["1": ["Le registre nous met en danger. (0)"], "2": ["Qui contrôle les données ? (0)"]])
        // A fold of the whole folder (the digest's) would have withdrawn it.
        let whole = CurrentView(folder, catalogue: catalogue, sessions: [:])
        #expect(whole.comments["demo"]?["1"] == nil)
    }
}
