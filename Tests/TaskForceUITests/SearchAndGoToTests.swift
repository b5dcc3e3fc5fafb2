import TaskForceCore
import Testing
@testable import TaskForceUI

struct SearchAndGoToTests {
    static func run(_ script: String) throws -> ReviewModel {
        var model = ReviewUpdateTests.model()
        for key in try KeyScript.parse(script) { ReviewUpdate.update(&model, .key(key)) }
        return model
    }

    @Test(arguments: [
        ("/alarme<Enter>", 2, UIString.searchOneMatch),
        ("/ALARME<Enter>", 2, .searchOneMatch),       // case does not matter
        ("/loi<Enter>", 0, .searchMatches),            // "La loi règle", "Au sens de la loi"
        ("/loi<Enter>n", 1, .searchMatches),
        ("/loi<Enter>nn", 0, .searchMatches),          // wraps around
        ("/regle<Enter>", 0, .searchOneMatch),         // accents do not matter
        ("/introuvable<Enter>", 0, .searchNoMatch),
        (":5bis<Enter>", 2, nil),
        (":5 BIS<Enter>", 2, nil),                     // written as people say it
        (":Art. 2<Enter>", 0, .goToNoSuchArticle),     // the number, not the label
        (":9<Enter>", 0, .goToNoSuchArticle),
    ])
    func findsAndJumps(_ script: String, _ article: Int, _ status: UIString?) throws {
        let m = try Self.run(script)
        #expect(m.articleIndex == article)
        #expect(m.status?.string == status)
        #expect(m.prompt == nil)
    }

    @Test func lettersAreTextInThePromptAndEscCancels() throws {
        let typing = try Self.run("/qj?")
        #expect(typing.prompt?.input == "qj?")
        #expect(!typing.quitRequested)
        #expect(typing.screen.place == .reader)
        let cancelled = try Self.run("/abc<BS><Esc>")
        #expect(cancelled.prompt == nil)
        #expect(cancelled.searchTerm == nil)
    }

    @Test func thePromptIsDrawnOnTheBottomRow() throws {
        let m = try Self.run("/sécu")
        let rows = ReviewView.view(m, columns: 80, rows: 24).rows(trimmingTrailingSpaces: true)
        #expect(rows[23] == " Chercher: sécu")
        let found = try Self.run(":9<Enter>")
        #expect(ReviewView.view(found, columns: 80, rows: 24).rows(trimmingTrailingSpaces: true)[23]
                == " Il n'y a pas d'article 9.")
    }
}
