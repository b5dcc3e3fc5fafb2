import Foundation
import Testing

/// What stops the screen before it opens (no texts folder, no such text) is said in the
/// interface language, as the screen itself would (issue 15, item 5: messages on stderr);
/// commands without an interface language keep English. The exit codes do not change.
@Suite struct StartProblemLanguageTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var environment: [String: String] = [:]
        var status: Int32
        var says: String
        var testDescription: String { arguments.joined(separator: " ") + " " + environment.description }
    }

    static let rows: [Row] = [
        // The screen's own command, on stdin/stdout that are no terminal (it lists the texts).
        Row(arguments: ["--lang", "fr", "--texts", "nowhere"], status: 74,
            says: "nowhere: le dossier des textes n'existe pas (indiquez-le avec --texts DOSSIER)"),
        Row(arguments: ["--texts", "nowhere"], environment: ["LANG": "bg_BG.UTF-8"], status: 74,
            says: "nowhere: папката с текстове не съществува (посочете я с --texts ПАПКА)"),
        Row(arguments: ["--lang", "nl", "--texts", "Texts/demo-travail-du-sexe.fr.txt"], status: 74,
            says: "Texts/demo-travail-du-sexe.fr.txt: dit is een bestand, geen map met teksten"),
        Row(arguments: ["render", "--lang", "ro", "--text", "nope"], status: 65,
            says: "Texts: nu există textul „nope” (vezi `taskforce texts`)"),
        Row(arguments: ["render", "--lang", "es", "--texts", "nowhere"], status: 74,
            says: "nowhere: la carpeta de textos no existe"),
        Row(arguments: ["digest", "--lang", "pt", "--text", "nope"], status: 65,
            says: "Texts: não existe o texto “nope” (veja `taskforce texts`)"),
        // No interface language: English, as before.
        Row(arguments: ["annotate", "--text", "nope", "--article", "1", "--stance", "support"],
            environment: ["LANG": "fr_BE.UTF-8"], status: 65, says: "Texts: there is no text \"nope\""),
        Row(arguments: ["texts", "--texts", "nowhere"], environment: ["LANG": "nl_BE.UTF-8"], status: 74,
            says: "nowhere: the texts folder does not exist (use --texts DIR)"),
    ]

    @Test(arguments: rows) func saidInTheInterfaceLanguage(_ row: Row) throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyDemoTexts(into: work.url)
        let run = try runTaskforce(row.arguments, in: work.url, input: Data("un avis\n".utf8), environment: row.environment)
        #expect(run.status == row.status, "\(run.stderr)")
        #expect(run.stderr.contains(row.says), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "one sentence: \(run.stderr)")
    }
}
