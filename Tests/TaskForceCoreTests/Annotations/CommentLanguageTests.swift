import Testing
@testable import TaskForceCore

@Suite struct CommentLanguageTests {
    @Test(arguments: [
        ("Dit artikel beschermt ons niet.", ["fr", "nl", "en"], "nl"),
        ("Le bouton doit marcher à domicile aussi.", ["fr", "nl", "en"], "fr"),
        ("The button must work at home.", ["fr", "nl", "en"], "en"),
        // Only the text's languages count: German words on a French-Dutch text tell nothing.
        ("Der Knopf muss funktionieren.", ["fr", "nl"], nil),
        ("Akkoord!", ["fr", "nl"], nil),
        // As many French as Dutch function words: a mix, not a language.
        ("la loi, het recht", ["fr", "nl"], nil),
    ] as [(String, [String], String?)])
    func guessesAmongTheTextsLanguages(_ body: String, _ languages: [String], _ expected: String?) {
        #expect(CommentLanguage.guess(body, among: languages) == expected)
    }
}
