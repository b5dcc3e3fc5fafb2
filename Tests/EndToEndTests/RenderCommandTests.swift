import Foundation
import Testing

/// `taskforce render`: the review screen headless, as documentation and tests use it.
struct RenderCommandTests {
    @Test func rendersTheDemoBillAfterAKeyScript() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let result = try runTaskforce(["render", "--lang", "fr", "--keys", "<Down><Down><Down><Down><Down>"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count >= 24)
        #expect(rows[0].contains("FR NL EN"))
        #expect(result.stdout.contains("▸ 5bis  Bouton d'alarme"))
        #expect(result.stdout.contains("§ 1er. Chaque chambre"))
        #expect(rows[23].hasPrefix(" F1 Aide  F2 Écrire"))
    }

    @Test func languageKeyShowsTheSameArticleInDutch() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let result = try runTaskforce(["render", "--lang", "fr", "--size", "100x30", "--keys", "jjjjj<F5>"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("▸ 5bis  Alarmknop"))
    }

    /// Wide enough: French and Dutch side by side, each pane naming its language.
    @Test func wideScreenShowsTwoVersionsSideBySide() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let result = try runTaskforce(["render", "--lang", "fr", "--size", "170x30", "--keys", "jjjjj"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[1].contains("┏ FR · CHAPITRE 2.") && rows[1].contains("┌ NL · HOOFDSTUK 2."))
        #expect(rows[3].contains("§ 1er. Chaque chambre") && rows[3].contains("§ 1. Elke kamer"))
        let narrow = try runTaskforce(["render", "--lang", "fr", "--size", "120x30", "--keys", "jjjjj"], in: folder.url)
        #expect(!narrow.stdout.contains("Elke kamer"))
    }

    /// Mouse events in a key script: a click on the list's sixth row selects Art. 5bis.
    @Test func clicksInAKeyScript() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let result = try runTaskforce(["render", "--lang", "fr", "--keys", "<Click 5,7>"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("▸ 5bis  Bouton d'alarme"))
    }

    @Test(arguments: [["--size", "80"], ["--size", "0x24"], ["--keys", "<Hyper>"], ["--keys", "<Click 5>"], ["--lang", "de"]])
    func badOptionsAreUsageErrors(_ options: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let result = try runTaskforce(["render"] + options, in: folder.url)
        #expect(result.status == 2, "\(options): \(result.stderr)")
    }
}
