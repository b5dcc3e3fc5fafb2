import Testing
@testable import TaskForceCore

@Suite("Localization: language from the locale")
struct LocalizationLanguageTests {
    @Test(arguments: [
        (["LANG": "fr_BE.UTF-8"], UILanguage.fr),
        (["LANG": "nl_BE.UTF-8"], .nl),
        (["LANG": "nl_BE@euro"], .nl),
        (["LANG": "en_GB.UTF-8"], .en),
        (["LANG": "fr"], .fr),
        (["LANG": "fr-BE"], .fr),
        (["LANG": "FR_be.utf8"], .fr),
        // German (an official language of Belgium) has no interface table: English.
        (["LANG": "de_BE.UTF-8"], .en),
        (["LANG": "C"], .en),
        (["LANG": "POSIX"], .en),
        (["LANG": "C.UTF-8"], .en),
        (["LANG": ""], .en),
        ([:], .en),
        // Precedence: LC_ALL, then LC_MESSAGES, then LANG; empty counts as unset.
        (["LC_ALL": "nl_BE.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "fr_BE.UTF-8"], .nl),
        (["LC_MESSAGES": "nl_BE.UTF-8", "LANG": "fr_BE.UTF-8"], .nl),
        (["LC_ALL": "", "LANG": "fr_BE.UTF-8"], .fr),
        (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "nl_BE.UTF-8"], .nl),
        // Other categories say nothing about messages.
        (["LC_CTYPE": "fr_BE.UTF-8", "LANG": "nl_BE.UTF-8"], .nl),
        (["LC_CTYPE": "fr_BE.UTF-8"], .en),
    ] as [([String: String], UILanguage)])
    func languageFollowsTheLocale(environment: [String: String], expected: UILanguage) {
        #expect(UILanguage.fromLocale(environment) == expected)
    }

    @Test func lcAllOverridesLangForBoth() {
        let environment = ["LC_ALL": "en_US.ISO-8859-1", "LANG": "fr_BE.UTF-8"]
        #expect(UILanguage.fromLocale(environment) == .en)
    }

    @Test func langArgumentNamesTheSameLanguages() {
        // `--lang en|fr|nl` (README: Commands) is the raw value.
        #expect(UILanguage.allCases.map(\.rawValue) == ["en", "fr", "nl"])
        #expect(UILanguage(rawValue: "de") == nil)
    }
}
