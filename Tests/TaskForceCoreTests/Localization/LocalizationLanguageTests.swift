import Testing
@testable import TaskForceCore

@Suite("Localization: language from the locale")
struct LocalizationLanguageTests {
    @Test(arguments: [
        (["LANG": "fr_BE.UTF-8"], UILanguage.fr),
        (["LANG": "ro_RO.UTF-8"], .ro),
        (["LANG": "ro_RO"], .ro),
        (["LANG": "pt_BR.UTF-8"], .pt),
        (["LANG": "pt_BR"], .pt),
        (["LANG": "es_ES.UTF-8"], .es),
        (["LANG": "es_CO.utf8"], .es),
        (["LANG": "bg_BG.UTF-8"], .bg),
        (["LC_ALL": "bg_BG.CP1251"], .bg),
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

    /// `--lang` takes the raw values (README: Commands): two-letter codes, each language
    /// with a name of its own, its help lists them (ArgumentParser, from `allCases`).
    @Test func langArgumentNamesTheSameLanguages() {
        let codes = UILanguage.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        for code in codes {
            #expect(code.count == 2 && code.allSatisfy { ("a"..."z").contains($0) }, "\(code)")
        }
        let names = UILanguage.allCases.map(\.name)
        #expect(Set(names).count == names.count && names.allSatisfy { !$0.isEmpty })
        #expect(UILanguage(rawValue: "de") == nil)
    }
}
