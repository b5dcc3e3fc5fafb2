import Testing
@testable import TaskForceCore

@Suite("Localization: UTF-8 from the locale's name")
struct TerminalCharsetTests {
    @Test(arguments: [
        (["LANG": "nl_BE.UTF-8"], true),
        (["LANG": "fr_BE.utf8"], true),
        (["LANG": "C.UTF-8"], true),
        (["LANG": "de_BE.UTF8@euro"], true),
        // No codeset: nl_BE alone is ISO-8859-1 where it is installed.
        (["LANG": "nl_BE"], false),
        (["LANG": "fr_BE@euro"], false),
        (["LANG": "fr_BE.ISO-8859-1"], false),
        (["LANG": "C"], false),
        (["LANG": "POSIX"], false),
        ([:], false),
        // Precedence for characters: LC_ALL, then LC_CTYPE, then LANG; empty counts as unset.
        (["LC_ALL": "C", "LANG": "nl_BE.UTF-8"], false),
        (["LC_ALL": "", "LANG": "nl_BE.UTF-8"], true),
        (["LC_CTYPE": "C.UTF-8", "LANG": "nl_BE"], true),
        (["LC_CTYPE": "fr_BE.ISO-8859-15", "LANG": "nl_BE.UTF-8"], false),
        // Messages say nothing about characters.
        (["LC_MESSAGES": "nl_BE.UTF-8"], false),
    ] as [([String: String], Bool)])
    func namesUTF8(environment: [String: String], expected: Bool) {
        #expect(TerminalCharset.namesUTF8(environment) == expected)
    }

    /// The two questions read different variables: a locale that is not installed still gives
    /// its language to the interface and its codeset to the screen.
    @Test func languageAndCharsetComeFromTheSameName() {
        let environment = ["LANG": "nl_BE.UTF-8"]
        #expect(UILanguage.fromLocale(environment) == .nl)
        #expect(TerminalCharset.namesUTF8(environment))
    }
}
