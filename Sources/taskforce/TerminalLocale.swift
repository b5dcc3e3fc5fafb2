import Foundation
import TaskForceCore

/// Puts the process in a UTF-8 locale before curses starts (issue 14, item 8).
///
/// The interface language does not depend on this: it comes from the locale's name
/// (`UILanguage.fromLocale`), installed or not. Only the C library's character handling does,
/// and curses reads it when it opens the terminal.
enum TerminalLocale {
    /// UTF-8 installed locales to fall back on, most common first: C.UTF-8 ships with glibc
    /// 2.35 and with Debian and Ubuntu whatever their version.
    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

    /// Sets the locale from the environment. When the named locale is not installed but its
    /// name says UTF-8, characters are handled by an installed UTF-8 locale instead.
    /// Returns false when the terminal is not known to show UTF-8 (the caller says so).
    static func useUTF8(_ environment: [String: String]) -> Bool {
        if setlocale(LC_ALL, "") != nil, codesetIsUTF8() { return true }
        guard TerminalCharset.namesUTF8(environment) else { return false }
        for name in fallbacks where setlocale(LC_CTYPE, name) != nil {
            if codesetIsUTF8() { return true }
        }
        return false
    }

    private static func codesetIsUTF8() -> Bool {
        String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
    }
}
