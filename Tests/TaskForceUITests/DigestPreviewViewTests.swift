import Foundation
import AnnotationFixtures
import TaskForceCore
import Testing
@testable import TaskForceUI

/// Grid snapshots of the digest preview. The summary table is compared exactly; the
/// Markdown part is given by the test (the export's renderer is not this screen's
/// business), except in the test that checks the preview holds what the renderer writes.
struct DigestPreviewViewTests {
    static func screen(_ m: ReviewModel) -> [String] {
        ReviewView.view(m, columns: m.screenSize.columns, rows: m.screenSize.rows).rows(trimmingTrailingSpaces: true)
    }

    static func open(_ script: String = "", content: DigestPreview.Content = DigestPreviewUpdateTests.content,
                     ui: UILanguage = .fr) throws -> ReviewModel {
        var m = ReviewUpdateTests.model(ui: ui)
        for key in try KeyScript.parse("D" + script) {
            for case .buildDigest(let id, _, _) in ReviewUpdate.update(&m, .key(key)) { ReviewUpdate.update(&m, .digestBuilt(textID: id, content)) }
        }
        return m
    }

    @Test func tableAt80x24() throws {
        let m = try Self.open()
        let rows = Self.screen(m)
        #expect(rows[1] == "┏ Aperçu de la synthèse · lecture seule ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓")
        #expect(rows[2] == "┃ Art.               d'accord  inquiétude  contre  question  moi aussi         ┃")
        #expect(rows[3] == "┃ 1     Objet               ·           ·       ·         ·          ·         ┃")
        #expect(rows[4] == "┃ 2     Définitions         ·           ·       ·         ·          ·         ┃")
        #expect(rows[5] == "┃ 5bis  Alarme              ·           2       ·         ·          5         ┃")
        #expect(rows[6] == "┃ Total                     ·           2       ·         ·          5         ┃")
        #expect(rows[7] == "┃                                                                              ┃")
        #expect(rows[8] == "┃ Ligne 1 de la synthèse.                                                      ┃")
        #expect(rows[21] == "┃ Ligne 14 de la synthèse.                                                     ┃")
        #expect(rows[22] == "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━▾━┛")
        #expect(rows[23] == " ↑ ↓ Défiler  Esc Retour  F10 Quitter  F12 Masquer")
        // The header and the total are bold; the counts are not.
        let styles = ReviewView.view(m, columns: 80, rows: 24).snapshot().styles
        #expect(styles[2].dropFirst(2).prefix(4) == "bbbb")
        #expect(styles[6].dropFirst(2).prefix(5) == "bbbbb")
        #expect(styles[5].dropFirst(2).prefix(4) == "....")
    }

    @Test func scrolledToTheEndShowsTheLastLineAndAnArrowUp() throws {
        let rows = Self.screen(try Self.open("<End>"))
        #expect(rows[1].hasSuffix("━▴━┓"))
        #expect(rows[21] == "┃ Ligne 60 de la synthèse.                                                     ┃")
        #expect(rows[22].hasSuffix("━━━┛"))
    }

    @Test func beforeTheDigestArrivesItSaysItIsBeingMade() {
        var m = ReviewUpdateTests.model()
        ReviewUpdate.update(&m, .key(.character("D")))
        let rows = Self.screen(m)
        #expect(rows[2] == "┃ " + text(.digestPreviewBuilding, .fr) + String(repeating: " ", count: 76 - 27) + " ┃")
    }

    /// In every language at 80 columns: the key bar and the messages fit on the bottom
    /// row, and the headings keep room enough to be recognised.
    @Test(arguments: UILanguage.allCases)
    func fitsIn80Columns(_ ui: UILanguage) throws {
        let rows = Self.screen(try Self.open(content: .init(rows: [.init(number: "371/1", heading: String(repeating: "Wort ", count: 20))],
                                                            markdown: []), ui: ui))
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 80 })
        let heading = try #require(rows[3].split(separator: "  ").dropFirst().first)
        #expect(heading.count >= 16 && heading.hasSuffix("…"), "\(rows[3])")
        for message in [UIString.digestPreviewKiosk, .digestPreviewFailed] {
            #expect(DisplayWidth.of(" " + text(message, ui)) <= 80, "\(message)")
        }
        #expect(rows[23].hasPrefix(" ↑ ↓ " + text(.keyScroll, ui)) && rows[23].hasSuffix(text(.keyHide, ui)))
    }

    /// The help names the key last, after what participants need, and says it is read-only.
    @Test(arguments: UILanguage.allCases)
    func theHelpNamesTheKeyAtItsEnd(_ ui: UILanguage) throws {
        let all = HelpView.lines(ui, width: 76).map(\.text)
        let first = try #require(Wrapping.wrap(text(.helpKeyDigest, ui), width: 76).first)
        #expect(all.suffix(2).contains(first) && first.contains(" D "))
        let end = try HelpViewTests.screen("<F1><PgDn><PgDn><PgDn><PgDn>", ui: ui)
        #expect(end.contains { $0.contains(first) }, "\(end.joined(separator: "\n"))")
    }

    /// The demonstration bill at 140×34: accents, and a digest with accents, Japanese and
    /// control characters, which are drawn as visible markers, never obeyed.
    @Test func wideWithAccents() throws {
        let (text, annotations) = try Self.demo()
        let digest = DigestBuilder.build(text: text, annotations: annotations, sessions: [:], options: .init(language: .fr))
        let markdown = "# Synthèse — Liège, Gent, București\n\nÀ l'art. 5bis: « un bouton à domicile ». 会議の部屋にも警報ボタンを設置する。\nCaché: \u{1B}[31m rouge \u{202E}à l'envers\n"
        var m = try DemoBill.model(["fr"], size: ScreenSize(columns: 140, rows: 34))
        m.texts[0].id = text.id
        ReviewUpdate.update(&m, .key(.character("D")))
        ReviewUpdate.update(&m, .digestBuilt(textID: text.id, DigestPreview.Content(text: text, digest: digest, markdown: markdown)))
        let rows = Self.screen(m)
        #expect(rows[2] == "┃ Art.                                 d'accord  inquiétude  contre  question  moi aussi" + String(repeating: " ", count: 51) + "┃")
        #expect(rows[3].hasPrefix("┃ 1     Objet                                 ·           ·       ·         ·          ·  "))
        #expect(rows[8].hasPrefix("┃ 5bis  Bouton d'alarme                       ·           2       ·         ·          3  "))
        #expect(rows[9].hasPrefix("┃ 6     Contrôle de santé obligatoire         ·           ·       ·         ·          ·  "))
        #expect(rows[15].hasPrefix("┃ 12    Obligation d'enregistrement           ·           ·       1         ·          ·  "))
        #expect(rows[24].hasPrefix("┃ Total                                       ·           2       1         ·          3  "))
        #expect(rows[26].hasPrefix("┃ Synthèse — Liège, Gent, București  "))  // a heading, without its #
        #expect(rows[28].hasPrefix("┃ À l'art. 5bis: « un bouton à domicile ». 会議の部屋にも警報ボタンを設置する。  "))
        #expect(rows[32].hasSuffix("━┛") && !rows[32].contains("▾"), "all of it fits")
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 140 })
        #expect(!rows.joined().contains("\u{1B}") && !rows.joined().contains("\u{202E}"))
        #expect(rows[29].hasPrefix("┃ Caché: ␛[31m rouge �à l'envers  "))
    }

    /// Every article of the text is listed, annotated or not, with the digest's counts.
    @Test func theTableListsEveryArticleWithTheDigestsCounts() throws {
        let (text, annotations) = try Self.demo()
        let digest = DigestBuilder.build(text: text, annotations: annotations, sessions: [:], options: .init(language: .nl))
        let content = DigestPreview.Content(text: text, digest: digest, markdown: "")
        let dutch = try #require(text.version("nl")?.file?.split.articles)
        #expect(content.rows.map(\.number) == dutch.map(\.number))
        #expect(content.rows.first?.heading == "Doel", "the headings of the version the digest quotes")
        #expect(content.rows.filter { $0.counts.comments > 0 }.map(\.number) == digest.articles.map(\.number))
        for article in digest.articles {
            #expect(content.rows.first { $0.number == article.number }?.counts == article.counts)
        }
        #expect(content.total.concern == 2 && content.total.oppose == 1 && content.total.endorsements == 3)
        #expect(content.markdown.isEmpty)
    }

    /// The preview holds the Markdown export line for line, whatever the renderer writes.
    @Test func theMarkdownIsTheExportsLineForLine() throws {
        let (text, annotations) = try Self.demo()
        let content = DigestPreview.Content.build(text: text, annotations: annotations, sessions: [:], language: .en)
        let digest = DigestBuilder.build(text: text, annotations: annotations, sessions: [:], options: .init(language: .en))
        let exported = DigestMarkdown.render(digest)
        #expect(content.markdown.joined(separator: "\n") + "\n" == exported || content.markdown.joined(separator: "\n") == exported)
        #expect(!content.markdown.isEmpty)
    }

    /// The demonstration bill as the library reads it, with two concerns on Art. 5bis (one
    /// with three "me too"s) and an objection to Art. 12.
    static func demo() throws -> (TextLibrary.LegalText, [Annotation]) {
        let library = try TextLibrary.load(DemoBill.folder)
        let text = try #require(library.text("demo-travail-du-sexe"))
        let fr = try #require(text.version("fr")?.file?.split)
        func comment(_ article: ArticleNumber, _ stance: Stance, _ body: String) throws -> Annotation {
            let fingerprint = try #require(fr.article(numbered: article.rawValue)).fingerprint
            return .comment(text: text.id, article: article, fingerprint: fingerprint, stance: stance, tags: [.safety],
                            body: body, language: "fr", day: "2026-11-23")
        }
        let alarm = try comment("5bis", .concern, "Le bouton doit marcher à domicile.")
        return (text, [
            alarm, try comment("5bis", .concern, "Qui paie le bouton ?"), try comment("12", .oppose, "Pas de registre."),
        ] + (1...3).map { _ in Annotation.endorsement(of: alarm, day: "2026-11-23") })
    }
}
